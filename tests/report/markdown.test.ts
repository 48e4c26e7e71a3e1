import { describe, expect, it } from 'vitest';
import { reviewSession } from '../../src/core/review/review.js';
import { visibleText } from '../../src/ui/report/escape.js';
import { renderMarkdownReport } from '../../src/ui/report/markdown.js';
import { mdFenced, mdInline } from '../../src/ui/report/markdown-escape.js';
import { HOSTILE, HOSTILE_STRINGS, MIXED, review, sessionWith, TEXT_FIELDS } from './fixtures.js';
import { splitFences, unescapedMarkup, unescapeMarkdown } from './markup-check.js';

const FENCED_FIELDS = new Set(['answer', 'example_answer', 'note', 'attempt_answer']);
/** Task-list markers are the report's own; strip them before looking for stray brackets. */
const withoutTaskMarkers = (line: string) => line.replace(/^- \[[ x]\] /, '');

function expectNoInjection(markdown: string): void {
  const { outside } = splitFences(markdown);
  for (const line of outside) {
    expect(unescapedMarkup(withoutTaskMarkers(line)), line).toEqual([]);
  }
  expect(outside.join('\n')).not.toMatch(/(?<!\\)\]\(javascript:/);
}

describe('Markdown report escaping', () => {
  // Lines that come and go with what the answer says (repeated words, delivery call-outs) are
  // left out of the comparison; their escaping is still checked by expectNoInjection.
  const skeleton = (markdown: string) =>
    splitFences(markdown)
      .outside.filter((l) => !l.startsWith('- Most used') && !l.startsWith('  - '))
      .map((l) => l.slice(0, 2));

  for (const field of TEXT_FIELDS) {
    describe(`in the ${field}`, () => {
      it.each(HOSTILE_STRINGS.map((s) => [JSON.stringify(s).slice(0, 40), s]))(
        '%s cannot produce HTML, links or structure',
        (_name, text) => {
          const markdown = renderMarkdownReport(reviewSession(sessionWith(field, text)));
          const plain = renderMarkdownReport(reviewSession(sessionWith(field, 'plain words')));
          expectNoInjection(markdown);
          // Same lines, starting the same way, as with harmless text: no new headings, lists,
          // quotes, tables or fences.
          expect(skeleton(markdown)).toEqual(skeleton(plain));
          const { outside, blocks } = splitFences(markdown);
          if (FENCED_FIELDS.has(field)) {
            expect(blocks).toContain(visibleText(text));
          } else {
            const inline = visibleText(text).replace(/\s+/g, ' ');
            expect(unescapeMarkdown(outside.join('\n'))).toContain(inline);
          }
        },
      );
    });
  }

  it('keeps every hostile answer of the fixture inside its own fence', () => {
    const r = review(HOSTILE);
    const markdown = renderMarkdownReport(r);
    expectNoInjection(markdown);
    const { blocks } = splitFences(markdown);
    expect(blocks).toEqual([
      visibleText(r.questions[0]?.answer ?? ''),
      visibleText(r.questions[0]?.exampleAnswer ?? '').replace(/\n$/, ''),
      visibleText(r.questions[1]?.note ?? ''),
    ]);
  });

  it('fences are longer than any backtick run inside', () => {
    expect(mdFenced('a ```` b')).toBe('`````text\na ```` b\n`````');
    expect(mdFenced('plain')).toBe('```text\nplain\n```');
  });

  it('inline text: entities for <>&, backslashes for markup, one line', () => {
    expect(mdInline('<b>x</b> & [a](javascript:b) `c` *d* _e_ | # ~f~ \\ \n next')).toBe(
      '&lt;b&gt;x&lt;/b&gt; &amp; \\[a\\](javascript:b) \\`c\\` \\*d\\* \\_e\\_ \\| \\# \\~f\\~ \\\\ next',
    );
  });
});

describe('Markdown report content', () => {
  const markdown = renderMarkdownReport(review(MIXED));

  it('has the session header, summary and the heuristics statement', () => {
    expect(markdown).toMatch(/^# Rehearsal report\n\nSession 20261126-182441-3fxf\n/);
    expect(markdown).toContain('| Started | 2026-11-26 18:24 UTC |');
    expect(markdown).toContain(
      '**Summary:** answered 2 of 3 · skipped 1 · over time 1 · average self-rating 3/5 · time used 4:20',
    );
    expect(markdown).toContain('> **Heuristics, not a grade.**');
  });

  it('lists key points as task items', () => {
    expect(markdown).toContain(
      [
        '- [x] input validation at the boundary — you said: validate, input, boundary, checks',
        '- [ ] allow-list rather than deny-list',
        '- [x] fuzz the parser — you said: fuzz, parser',
        '- [x] log rejected input — you said: input, reject',
      ].join('\n'),
    );
  });

  it('keeps answers exact in fenced blocks and names the highlighted words', () => {
    expect(markdown).toContain(
      '```text\nI would validate every input at the boundary:\n  - length, type and range checks\n',
    );
    expect(markdown).toContain(
      'Key-point words found: validate, input, boundary, checks, reject, fuzz, parser',
    );
  });

  it('puts timing in a table, with overtime', () => {
    expect(markdown).toContain('| 0:12 | 1:14 | 2:00 | 0:00 | no |');
    expect(markdown).toContain('| 0:18 | 1:57 | 1:30 | 0:27 | yes |');
    expect(markdown).toContain('Answer time: 1:57 of 1:30, 0:27 over time.');
  });

  it('shows ratings, words and STAR parts', () => {
    expect(markdown).toContain('### Self-rating\n\n★★★★☆ 4/5');
    expect(markdown).toContain('### Self-rating\n\n_not rated_');
    expect(markdown).toContain('- Your words vs example words: 29 vs 38\n- Words per minute: 24');
    expect(markdown).toContain('- [ ] Task: not found');
    expect(markdown).toContain('_Skipped: no answer._');
  });
});
