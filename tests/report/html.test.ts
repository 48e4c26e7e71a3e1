import { describe, expect, it } from 'vitest';
import { reviewSession } from '../../src/core/review/review.js';
import { REPORT_CSP, renderHtmlReport } from '../../src/ui/report/html.js';
import {
  GENERATED_AT,
  HOSTILE,
  HOSTILE_STRINGS,
  MIXED,
  review,
  sessionWith,
  TEXT_FIELDS,
} from './fixtures.js';
import { tagsOf } from './markup-check.js';

// The escaped form of each hostile string, written out by hand rather than computed.
const ESCAPED: Record<(typeof HOSTILE_STRINGS)[number], string> = {
  '<script>alert(1)</script>': '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<img src=x onerror=alert(1)>': '&lt;img src=x onerror=alert(1)&gt;',
  '[click](javascript:alert(1))': '[click](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>':
    '&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;',
  '"><svg onload=alert(1)>': '&quot;&gt;&lt;svg onload=alert(1)&gt;',
  "' onmouseover='alert(1)": '&#39; onmouseover=&#39;alert(1)',
  '&amp; &lt;script&gt; &#60;': '&amp;amp; &amp;lt;script&amp;gt; &amp;#60;',
  '</textarea></style></title><!--': '&lt;/textarea&gt;&lt;/style&gt;&lt;/title&gt;&lt;!--',
  '<style>*{display:none}</style>': '&lt;style&gt;*{display:none}&lt;/style&gt;',
  '``` fence\n```` longer\n# heading\n| a | b |\n> quote':
    '``` fence\n```` longer\n# heading\n| a | b |\n&gt; quote',
  '![x](https://evil.example/x.png)': '![x](https://evil.example/x.png)',
  'esc \u001b[31m bel \u0007 nul \u0000 del \u007f csi \u009b rlo \u202e':
    'esc \u241b[31m bel \u2407 nul \u2400 del \u2421 csi \\u009b rlo \\u202e',
};

// Everything the report may contain; anything else means text escaped into markup.
const ALLOWED_TAGS = new Set(
  'html head meta title style body div header h1 h2 h3 p code dl dt dd ul ol li span nav a main article section mark strong time br footer'.split(
    ' ',
  ),
);
const ALLOWED_ATTRIBUTES = new Set(
  'lang charset http-equiv content name class id href role aria-label aria-labelledby aria-hidden style datetime'.split(
    ' ',
  ),
);

function expectOnlyOwnMarkup(document: string): void {
  for (const tag of tagsOf(document)) {
    expect(ALLOWED_TAGS, `tag <${tag.name}>`).toContain(tag.name);
    for (const [name, value] of Object.entries(tag.attributes)) {
      expect(ALLOWED_ATTRIBUTES, `attribute ${name} on <${tag.name}>`).toContain(name);
      if (name === 'href') expect(value).toMatch(/^#q-\d+$/);
      if (name === 'style') expect(value).toMatch(/^(width|left):\d+(\.\d+)?%$/);
    }
  }
  expect(document).not.toMatch(/<(script|img|svg|iframe|object|embed|link|base|form)\b/i);
  expect(document).not.toMatch(/<[^>]*javascript:/i);
}

describe('HTML report escaping', () => {
  for (const field of TEXT_FIELDS) {
    describe(`in the ${field}`, () => {
      it.each(HOSTILE_STRINGS.map((s) => [JSON.stringify(s).slice(0, 40), s]))(
        '%s is shown as text, never as markup',
        (_name, text) => {
          const document = renderHtmlReport(reviewSession(sessionWith(field, text)));
          expect(document).toContain(ESCAPED[text as keyof typeof ESCAPED]);
          expectOnlyOwnMarkup(document);
        },
      );
    });
  }

  it('escapes the hostile fixture everywhere, also where highlights cut through the text', () => {
    const document = renderHtmlReport(review(HOSTILE), { generatedAt: GENERATED_AT });
    expectOnlyOwnMarkup(document);
    // The key point "validate <script> input" marks the word "script" inside "<script>".
    expect(document).toContain('&lt;<mark>script</mark>&gt;window.__pwned=');
    expect(document).toContain(
      '<title>Rehearsal report · hostile-&lt;script&gt;alert(&#39;id&#39;)',
    );
    // (The session status is validated when the file is read, so only known words reach here.)
    expect(document).toContain('rehearse &lt;img src=x onerror=alert(1)&gt;');
    expect(document).toContain('ESC\u241b[31m BEL\u2407 NUL\u2400');
  });
});

describe('HTML report structure', () => {
  const document = renderHtmlReport(review(MIXED), { generatedAt: GENERATED_AT });
  const articles = document.split('<article ').slice(1);
  const [first = '', second = '', third = ''] = articles;
  const section = (article: string, cls: string) =>
    new RegExp(`<section class="${cls}">([\\s\\S]*?)</section>`).exec(article)?.[1] ?? '';

  it('is one self-contained document with a strict CSP and no JavaScript or network', () => {
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(document).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP.replaceAll("'", '&#39;')}">`,
    );
    expect(document.startsWith('<!doctype html>')).toBe(true);
    expect(document).not.toMatch(/<script|<link|@import|url\(|https?:/i);
    expect(articles).toHaveLength(3);
  });

  it('says plainly that the insights are heuristics, not a grade', () => {
    expect(document).toMatch(/Heuristics, not a grade\.[^<]*<\/strong>[^<]*heuristics to guide/);
  });

  it('marks covered key-point words in both the answer and the example answer', () => {
    const yours = section(first, 'answer yours');
    const example = section(first, 'answer example');
    for (const word of ['validate', 'input', 'boundary', 'fuzz', 'parser']) {
      expect(yours).toContain(`<mark>${word}</mark>`);
    }
    for (const word of ['Validate', 'input', 'boundary', 'fuzz', 'parser']) {
      expect(example).toContain(`<mark>${word}</mark>`);
    }
    expect(yours).toContain(
      '<div class="text">I would <mark>validate</mark> every <mark>input</mark>',
    );
    // Words of the missed key point ("allow-list rather than deny-list") stay unmarked.
    expect(example).toContain('with an allow-list\nrather than a deny-list.');
  });

  it('lists each key point as covered ✓ or missed ✗', () => {
    const points = [
      ...section(first, 'key-points').matchAll(
        /<li class="(covered|missed)"><span class="sym"[^>]*>(.)<\/span>/g,
      ),
    ];
    expect(points.map((p) => [p[1], p[2]])).toEqual([
      ['covered', '✓'],
      ['missed', '✗'],
      ['covered', '✓'],
      ['covered', '✓'],
    ]);
    expect(section(first, 'key-points')).toContain('3 of 4 key points seem covered');
    expect(section(first, 'key-points')).toContain(
      'Missed: </span>allow-list rather than deny-list',
    );
  });

  it('shows the self-rating as stars and n/5, or "not rated"', () => {
    expect(section(first, 'rating')).toContain('★★★★☆</span> <span class="rating-label">4/5');
    expect(section(second, 'rating')).toContain('★★☆☆☆</span> <span class="rating-label">2/5');
    expect(section(third, 'rating')).toContain('not rated');
    expect(document).toContain(
      '<span class="label">Average self-rating</span><span class="value">3/5</span>',
    );
  });

  it('draws an in-time answer as used / limit', () => {
    // 74 s of 120 s.
    expect(section(first, 'timing')).toContain(
      '<span class="in-time" style="width:61.67%"></span><span class="limit" style="left:100%"></span>',
    );
    expect(section(first, 'timing')).toContain('1:14 of 2:00');
    expect(section(first, 'timing')).not.toContain('overtime');
  });

  it('draws overtime beyond the limit mark in its own colour', () => {
    // 117 s against a 90 s limit: the bar spans 117 s, the limit sits at 90/117.
    expect(section(second, 'timing')).toContain(
      '<span class="in-time" style="width:76.92%"></span><span class="overtime" style="width:23.08%"></span><span class="limit" style="left:76.92%"></span>',
    );
    expect(section(second, 'timing')).toContain(
      '1:57 of 1:30, <span class="over-text">0:27 over time</span>',
    );
  });

  it('shows word insights and STAR parts for behavioral questions only', () => {
    expect(section(first, 'words')).toContain('<dd>29 vs 38</dd>');
    expect(section(first, 'words')).toContain('<dt>Words per minute</dt><dd>24</dd>');
    expect(section(first, 'words')).toMatch(
      /did not use<\/dt><dd><ul class="chips"><li>allow-list<\/li>/,
    );
    expect(first).not.toContain('STAR parts');
    expect(section(second, 'star-parts')).toMatch(/class="absent">.*Task/);
    expect(section(second, 'star-parts')).toContain('“the result”');
  });

  it('says why an answer is empty', () => {
    expect(section(third, 'answer yours')).toContain('<p class="empty">Skipped: no answer.</p>');
  });

  it('is pure: the same review renders the same document; generatedAt only adds a footer', () => {
    expect(renderHtmlReport(review(MIXED), { generatedAt: GENERATED_AT })).toBe(document);
    const plain = renderHtmlReport(review(MIXED));
    expect(plain).not.toContain('Report generated');
    expect(document).toContain(
      'Report generated <time datetime="2026-11-27T09:00:00.000Z">2026-11-27 09:00 UTC</time>',
    );
  });

  it('renders one question when the review is limited to it', () => {
    const one = renderHtmlReport(review(MIXED, 'secure-boot-chain'));
    expect(one.split('<article ')).toHaveLength(2);
    expect(one).toContain('Walk me through a secure boot chain');
    expect(one).not.toContain('<nav');
  });
});
