// Property: a Markdown guide in any of the usual shapes (a title or none, grouping headings or
// none, questions at any level below the title, answers after a bold label, under an "Example
// answer" heading or straight under the question, emphasis and links in the text) gives back its
// questions and answers.
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { importDocument } from '../../src/core/import/index.js';

const word = fc.constantFrom(
  'design',
  'latency',
  'team',
  'rollback',
  'café',
  'SLO',
  'on-call',
  'K8s',
);
const sentence = fc
  .array(word, { minLength: 2, maxLength: 7 })
  .map((w) => w.join(' ').replace(/^./, (c) => c.toUpperCase()));
/** A paragraph as written (with emphasis or a link) and as the importer should give it back. */
const paragraph = fc
  .tuple(sentence, fc.constantFrom('plain', 'emphasis', 'strong', 'link'), word)
  .map(([s, style, w]) => {
    if (style === 'emphasis') return { md: `${s} *${w}*.`, text: `${s} ${w}.` };
    if (style === 'strong') return { md: `${s} **${w}**.`, text: `${s} ${w}.` };
    if (style === 'link')
      return {
        md: `${s} [${w}](https://example.com/${w.length}).`,
        text: `${s} ${w} (https://example.com/${w.length}).`,
      };
    return { md: `${s}.`, text: `${s}.` };
  });

const guide = fc.record({
  title: fc.option(sentence, { nil: undefined }),
  group: fc.option(sentence, { nil: undefined }),
  label: fc.constantFrom('bold', 'heading', 'none'),
  items: fc.array(
    fc.record({
      q: sentence.map((s) => `${s}?`),
      a: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  ),
});

let reached = 0;
const RUNS = 300;

it('property: every guide shape gives back its questions and answers', () => {
  fc.assert(
    fc.property(guide, (g) => {
      const parts: string[] = [];
      if (g.title) parts.push(`# ${g.title}`, 'An introduction.');
      const depth = g.title ? (g.group ? 3 : 2) : g.group ? 2 : 1;
      if (g.group) parts.push(`${'#'.repeat(depth - 1)} ${g.group}`);
      for (const { q, a } of g.items) {
        parts.push(`${'#'.repeat(depth)} ${q}`);
        const paragraphs = a.map((p) => p.md);
        if (g.label === 'bold')
          parts.push(`**Example answer:** ${paragraphs[0]}`, ...paragraphs.slice(1));
        else if (g.label === 'heading')
          parts.push(`${'#'.repeat(Math.min(depth + 1, 6))} Sample answer`, ...paragraphs);
        else parts.push(...paragraphs);
      }
      const doc = importDocument(`${parts.join('\n\n')}\n`, 'markdown');
      // Without a title, a lone grouping heading above the questions is the title.
      expect(doc.title).toBe(g.title ?? g.group);
      expect(doc.questions.map((q) => q.prompt)).toEqual(g.items.map((i) => i.q));
      expect(doc.questions.map((q) => q.example_answer)).toEqual(
        g.items.map((i) => i.a.map((p) => p.text).join('\n\n')),
      );
      reached++;
    }),
    { seed: 20261130, numRuns: RUNS },
  );
});

afterAll(() => {
  console.log(
    `markdown import property: ${reached} of ${RUNS} generated guides reached the final assertion`,
  );
  expect(reached).toBe(RUNS);
});
