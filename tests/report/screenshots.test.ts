// Screenshots of the report at desktop and phone width, compared with committed baselines in
// __screenshots__/ by a tolerant pixel diff. Refresh the baselines after an intended change with
// UPDATE_SCREENSHOTS=1; a missing baseline is written locally and is a failure in CI.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../src/ui/report/html.js';
import {
  type Browser,
  DESKTOP,
  HAVE_CHROMIUM,
  launch,
  PHONE,
  requireChromiumInCi,
  SKIP_REASON,
} from './browser.js';
import { GENERATED_AT, MIXED, review } from './fixtures.js';
import { comparePngs } from './pixels.js';

requireChromiumInCi();

const DIR = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
/** Up to 0.5 % of pixels may differ (anti-aliasing); narrowing a column by 50 px changes 1.3 %. */
const MAX_MISMATCH = 0.005;

// Fixed-size clips so a baseline and a new shot always have the same dimensions: the desktop
// shot from the top (header, summary, first question), the phone shot from the first question.
const SHOTS = [
  { name: 'report-desktop', viewport: DESKTOP, from: undefined, height: 1300 },
  { name: 'report-phone', viewport: PHONE, from: '#q-1', height: 1400 },
] as const;

describe.skipIf(!HAVE_CHROMIUM)(
  `report screenshots${HAVE_CHROMIUM ? '' : ` (skipped: ${SKIP_REASON})`}`,
  () => {
    let browser: Browser;
    beforeAll(async () => {
      mkdirSync(DIR, { recursive: true });
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    const document = renderHtmlReport(review(MIXED), { generatedAt: GENERATED_AT });

    for (const shot of SHOTS) {
      it(`${shot.name} matches its baseline`, async () => {
        const page = await browser.open(document, shot.viewport);
        const top = shot.from
          ? Math.floor((await page.locator(shot.from).boundingBox())?.y ?? 0) - 12
          : 0;
        const clip = { x: 0, y: Math.max(0, top), width: shot.viewport.width, height: shot.height };
        const actual = await page.screenshot({ fullPage: true, clip, animations: 'disabled' });
        // For people: the whole page, and the shot that was compared (both git-ignored).
        await page.screenshot({ fullPage: true, path: `${DIR}${shot.name}.full.png` });
        writeFileSync(`${DIR}${shot.name}.actual.png`, actual);

        const baselineFile = `${DIR}${shot.name}.png`;
        if (process.env.UPDATE_SCREENSHOTS || (!existsSync(baselineFile) && !process.env.CI)) {
          writeFileSync(baselineFile, actual);
          console.warn(`wrote the baseline ${baselineFile}; look at it, then commit it`);
        }
        expect(existsSync(baselineFile), `${baselineFile} is missing`).toBe(true);

        const diff = await comparePngs(page, actual, await readFile(baselineFile));
        expect(diff.inked, 'the screenshot is blank').toBeGreaterThan(0.02);
        const diffFile = `${DIR}${shot.name}.diff.png`;
        rmSync(diffFile, { force: true });
        if (diff.diffPng) writeFileSync(diffFile, Buffer.from(diff.diffPng, 'base64'));
        expect(diff.sameSize, `size ${diff.width}×${diff.height} differs from the baseline`).toBe(
          true,
        );
        expect(
          diff.mismatch,
          `${(diff.mismatch * 100).toFixed(2)} % of pixels differ; see ${diffFile}`,
        ).toBeLessThanOrEqual(MAX_MISMATCH);
        await page.close();
      });
    }
  },
);
