import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_CSP, renderHtmlReport } from '../../src/ui/report/html.js';
import {
  type Browser,
  DESKTOP,
  HAVE_CHROMIUM,
  launch,
  type PageElement,
  type PageGlobals,
  PHONE,
  requireChromiumInCi,
  SKIP_REASON,
  seenText,
} from './browser.js';
import { GENERATED_AT, HOSTILE, MIXED, review } from './fixtures.js';

requireChromiumInCi();

const mixed = renderHtmlReport(review(MIXED), { generatedAt: GENERATED_AT });
const hostile = renderHtmlReport(review(HOSTILE), { generatedAt: GENERATED_AT });

async function answerBoxes(page: Page, question = '#q-1') {
  const yours = await page.locator(`${question} .answer.yours`).boundingBox();
  const example = await page.locator(`${question} .answer.example`).boundingBox();
  if (!yours || !example) throw new Error('answer columns not rendered');
  return { yours, example };
}

describe.skipIf(!HAVE_CHROMIUM)(
  `the HTML report in Chromium${HAVE_CHROMIUM ? '' : ` (skipped: ${SKIP_REASON})`}`,
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('renders: title and every question visible', async () => {
      const page = await browser.open(mixed);
      expect(await page.title()).toBe('Rehearsal report · 20261126-182441-3fxf');
      await expect(page.locator('h1').isVisible()).resolves.toBe(true);
      const titles = page.locator('article.question h2');
      expect(await titles.count()).toBe(3);
      for (const title of await titles.all()) expect(await title.isVisible()).toBe(true);
      expect(await titles.allInnerTexts()).toEqual([
        expect.stringContaining('How do you stop malformed input reaching a device?'),
        expect.stringContaining('Tell me about a time you disagreed'),
        expect.stringContaining('Walk me through a secure boot chain'),
      ]);
      expect(await seenText(page.locator('.note'))).toMatch(
        /heuristics to guide your own review, not a grade/,
      );
      await page.close();
    });

    it('puts the two answers side by side at 1280 px', async () => {
      const page = await browser.open(mixed, DESKTOP);
      const { yours, example } = await answerBoxes(page);
      expect(Math.abs(yours.y - example.y)).toBeLessThan(1);
      expect(yours.x + yours.width).toBeLessThanOrEqual(example.x);
      expect(yours.width).toBeGreaterThan(400);
      await page.close();
    });

    it('stacks them at 390 px, without sideways scrolling', async () => {
      const page = await browser.open(mixed, PHONE);
      const { yours, example } = await answerBoxes(page);
      expect(example.y).toBeGreaterThanOrEqual(yours.y + yours.height);
      expect(Math.abs(yours.x - example.x)).toBeLessThan(1);
      expect(
        await page.evaluate(
          () => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth,
        ),
      ).toBeLessThanOrEqual(PHONE.width);
      await page.close();
    });

    it('marks covered words and lines breaks as typed', async () => {
      const page = await browser.open(mixed);
      expect(await page.locator('#q-1 .yours mark').allInnerTexts()).toEqual([
        'validate',
        'input',
        'boundary',
        'checks',
        'reject',
        'fuzz',
        'parser',
      ]);
      expect(await seenText(page.locator('#q-1 .yours .text'))).toContain(
        'boundary:\n  - length, type and range checks\n',
      );
      await page.close();
    });

    /** Opens a document and reports every sign of script running or anything loading. */
    async function probe(markup: string) {
      const dialogs: string[] = [];
      const requests: string[] = [];
      const page = await browser.open(markup, DESKTOP, (p) => {
        p.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        p.on('request', (request) => requests.push(request.url()));
      });
      await page.waitForLoadState('load');
      const dom = await page.evaluate(() => {
        const { document, __pwned } = globalThis as unknown as PageGlobals;
        return {
          pwned: __pwned,
          dangerous: document.querySelectorAll(
            'script, img, svg, iframe, object, embed, link, meta[http-equiv="refresh"], form',
          ).length,
          handlers: [...document.querySelectorAll('*')].flatMap((el) =>
            el.getAttributeNames().filter((n) => n.startsWith('on')),
          ),
          links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        };
      });
      return { page, dialogs, requests, ...dom };
    }

    it('the probe sees a script that runs, and the report CSP alone would block it', async () => {
      const bare = await probe('<!doctype html><script>window.__pwned = 1; alert("ran")</script>');
      expect([bare.pwned, bare.dialogs]).toEqual([1, ['ran']]);
      await bare.page.close();
      const withCsp = await probe(
        `<!doctype html><meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}"><script>window.__pwned = 1; alert("ran")</script>`,
      );
      expect([withCsp.pwned, withCsp.dialogs]).toEqual([undefined, []]);
      await withCsp.page.close();
    });

    it('runs no script from the hostile fixture, loads nothing, and shows the text as text', async () => {
      const { page, dialogs, requests, ...dom } = await probe(hostile);
      expect(dialogs).toEqual([]);
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatch(/^file:\/\/.*\.html$/);
      expect(dom).toEqual({
        pwned: undefined,
        dangerous: 0,
        handlers: [],
        links: ['#q-1', '#q-2'],
      });

      expect(await seenText(page.locator('#q-1-title'))).toContain(
        'Explain <script>alert(1)</script> and <img src=x onerror=alert(1)>: see [click](javascript:alert(1)) & "quotes" \'too\' &amp; &lt;b&gt; \u241b[31mred',
      );
      const answer = await seenText(page.locator('#q-1 .yours .text'));
      expect(answer).toContain('I validate <script>window.__pwned=1</script> input');
      expect(answer).toContain(
        '<img src=x onerror="window.__pwned=2"> and <svg onload="window.__pwned=3">',
      );
      expect(answer).toContain('</textarea></style></title><!--');
      expect(await seenText(page.locator('#q-1 .example .text'))).toContain(
        '<style>*{display:none}</style>',
      );
      expect(await page.locator('#q-1 .yours .text').isVisible()).toBe(true);
      expect(await seenText(page.locator('#q-2 .yours'))).toContain(
        'My note: <script>window.__pwned=6</script>',
      );
      await page.close();
    });

    it('prints readably: highlights without backgrounds, questions kept on one page where possible', async () => {
      const page = await browser.open(mixed);
      await page.emulateMedia({ media: 'print' });
      const style = await page.evaluate(() => {
        const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
        const mark = getComputedStyle(document.querySelector('mark') as PageElement);
        const question = getComputedStyle(document.querySelector('.question') as PageElement);
        return {
          markBackground: mark.backgroundColor,
          markUnderline: mark.textDecorationLine,
          breakInside: question.breakInside,
          body: getComputedStyle(document.body).backgroundColor,
        };
      });
      expect(style).toEqual({
        markBackground: 'rgba(0, 0, 0, 0)',
        markUnderline: 'underline',
        breakInside: 'avoid-page',
        body: 'rgba(0, 0, 0, 0)',
      });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.close();
    });
  },
);
