// A real headless Chromium for the report tests: Debian's /usr/bin/chromium driven by
// playwright-core, which never downloads a browser. Without it the browser tests are skipped
// locally, but fail in CI (CI installs it), so a missing browser cannot pass silently there.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { it as vitestIt } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_REASON = `${CHROMIUM} is missing (apt-get install chromium); set CI=1 to make this a failure`;

/**
 * The little of the DOM that page functions use. They run in Chromium, but the project compiles
 * without the DOM library (it is a Node CLI), so they cast `globalThis` to this.
 */
export interface PageElement {
  getAttributeNames(): string[];
  getAttribute(name: string): string | null;
}
export interface PageGlobals {
  document: {
    documentElement: { scrollWidth: number };
    body: PageElement;
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  };
  getComputedStyle(element: PageElement): Record<string, string>;
  __pwned?: unknown;
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Call at the top of a browser test file: in CI a missing browser is a failing test. */
export function requireChromiumInCi(): void {
  if (process.env.CI && !HAVE_CHROMIUM) {
    vitestIt(`needs ${CHROMIUM} in CI`, () => {
      throw new Error(`${CHROMIUM} is missing; .ci/run installs Debian's chromium package`);
    });
  }
}

export interface Browser {
  context: BrowserContext;
  /**
   * A page at this viewport showing the HTML from a file:// URL, as a person would open it.
   * `watch` runs before the page loads, to listen for dialogs and requests from the start.
   */
  open(
    document: string,
    viewport?: { width: number; height: number },
    watch?: (page: Page) => void,
  ): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  // A fresh profile each run: no cache, cookies or extensions carried between runs.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-chromium-'));
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    colorScheme: 'light',
    deviceScaleFactor: 1,
    viewport: DESKTOP,
  });
  let count = 0;
  return {
    context,
    async open(document, viewport = DESKTOP, watch) {
      const file = path.join(dir, `report-${++count}.html`);
      writeFileSync(file, document);
      const page = await context.newPage();
      watch?.(page);
      await page.setViewportSize(viewport);
      await page.goto(pathToFileURL(file).href);
      return page;
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Text as rendered (CSS applied, hidden text left out): what a reader of the report sees. */
export function seenText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: a Playwright Locator, not a DOM node; rendered text is the point.
  return locator.innerText();
}
