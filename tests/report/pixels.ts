// A tolerant pixel diff of two PNGs without an image package: Chromium decodes both in a blank
// page (canvas), counts pixels whose colour differs noticeably, and draws a diff image.
import type { Page } from 'playwright-core';

export interface PixelDiff {
  sameSize: boolean;
  width: number;
  height: number;
  /** Share of pixels whose colour differs by more than the per-channel threshold (0–1). */
  mismatch: number;
  /** Share of pixels unlike the top-left one: near 0 means a blank screenshot. */
  inked: number;
  /** PNG, base64: differing pixels red over a faded copy of the expected image. */
  diffPng?: string;
}

/** Anti-aliasing and font hinting move channels a little; layout changes move them a lot. */
export const CHANNEL_THRESHOLD = 48;

interface Canvas2d {
  drawImage(image: unknown, x: number, y: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  putImageData(image: { data: Uint8ClampedArray }, x: number, y: number): void;
}
interface CanvasGlobals {
  fetch(url: string): Promise<{ blob(): Promise<unknown> }>;
  createImageBitmap(blob: unknown): Promise<{ width: number; height: number }>;
  OffscreenCanvas: new (
    w: number,
    h: number,
  ) => {
    getContext(kind: '2d'): Canvas2d;
    convertToBlob(): Promise<{ arrayBuffer(): Promise<ArrayBuffer> }>;
  };
  btoa(binary: string): string;
}

export async function comparePngs(
  page: Page,
  actual: Buffer,
  expected: Buffer,
): Promise<PixelDiff> {
  await page.goto('about:blank');
  return page.evaluate(
    async ([a, b, threshold]) => {
      const g = globalThis as unknown as CanvasGlobals;
      const decode = async (base64: string) => {
        const bitmap = await g.createImageBitmap(
          await (await g.fetch(`data:image/png;base64,${base64}`)).blob(),
        );
        const canvas = new g.OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        // ImageBitmap's width and height are prototype getters: copy them by name.
        const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        return { width: bitmap.width, height: bitmap.height, at: (i: number) => pixels[i] ?? 0 };
      };
      const [x, y] = await Promise.all([decode(a), decode(b)]);
      const count = x.width * x.height;
      let inked = 0;
      for (let i = 0; i < count * 4; i += 4) {
        if (
          Math.abs(x.at(i) - x.at(0)) +
            Math.abs(x.at(i + 1) - x.at(1)) +
            Math.abs(x.at(i + 2) - x.at(2)) >
          threshold
        )
          inked++;
      }
      const result = { width: x.width, height: x.height, inked: inked / count };
      if (x.width !== y.width || x.height !== y.height)
        return { ...result, sameSize: false, mismatch: 1 };
      const canvas = new g.OffscreenCanvas(x.width, x.height);
      const context = canvas.getContext('2d');
      const diff = context.getImageData(0, 0, x.width, x.height);
      let differing = 0;
      for (let i = 0; i < count * 4; i += 4) {
        const off = [0, 1, 2].some((c) => Math.abs(x.at(i + c) - y.at(i + c)) > threshold);
        if (off) differing++;
        const grey = 255 - (255 - (y.at(i) + y.at(i + 1) + y.at(i + 2)) / 3) / 4;
        diff.data.set(off ? [255, 0, 0, 255] : [grey, grey, grey, 255], i);
      }
      if (differing === 0) return { ...result, sameSize: true, mismatch: 0 };
      context.putImageData(diff, 0, 0);
      const bytes = new Uint8Array(await (await canvas.convertToBlob()).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { ...result, sameSize: true, mismatch: differing / count, diffPng: g.btoa(binary) };
    },
    [actual.toString('base64'), expected.toString('base64'), CHANNEL_THRESHOLD] as const,
  );
}
