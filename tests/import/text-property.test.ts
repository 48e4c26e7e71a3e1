// Property: a plain-text document laid out in any of the styles people publish (dense or with blank
// lines, any label spelling, the answer on the label line or under it, Q:/A: flashcards, CRLF, a
// BOM, with or without a final newline, with or without a preamble) gives back exactly the
// questions and answers it was made from, and the question file built from it loads with no errors.
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { importDocument } from '../../src/core/import/index.js';
import { buildQuestionFile } from '../../src/core/import/question-file.js';
import { decodeUtf8 } from '../../src/core/load/decode.js';
import { parseQuestionFile } from '../../src/core/load/parse-file.js';
import { questionFileText } from '../../src/store/question-file-out.js';

const WORDS = [
  'design',
  'threat',
  'model',
  'the',
  'team’s',
  '“quoted”',
  'https://example.com/a?b=c',
  'café',
  'SLO',
  '99.9%',
  'latency:',
  'rollback',
  'on-call',
  '(see',
  'notes)',
  'naïve',
  'K8s',
  'e.g.',
];
const word = fc.constantFrom(...WORDS);
const sentence = fc
  .array(word, { minLength: 2, maxLength: 9 })
  .map((w) => w.join(' ').replace(/^./, (c) => c.toUpperCase()));
const question = sentence.map((s) => `${s}?`);
const answer = fc.array(
  sentence.map((s) => `${s}.`),
  { minLength: 1, maxLength: 3 },
);

const LABELS = [
  'Example answer:',
  'Sample answer',
  'Answer:',
  'SAMPLE ANSWER:',
  'example answer',
  'A:',
];
const INLINE = ['Answer:', 'Example answer:', 'A:', 'Sample Answer:'];

const layout = fc.record({
  title: sentence,
  preamble: fc.option(
    sentence.map((s) => `${s}.`),
    { nil: undefined },
  ),
  items: fc.array(fc.record({ q: question, a: answer }), { minLength: 1, maxLength: 5 }),
  dense: fc.boolean(),
  style: fc.constantFrom('label', 'inline', 'flashcards'),
  label: fc.constantFrom(...LABELS),
  inline: fc.constantFrom(...INLINE),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
});
type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;

function render(l: Layout): string {
  const gap = l.dense ? [] : [''];
  const lines: string[] = [l.title, ...gap];
  if (l.preamble) lines.push(l.preamble, ...gap);
  for (const { q, a } of l.items) {
    const paragraphs = a.flatMap((p, i) => (i === 0 ? [p] : [...gap, p]));
    if (l.style === 'flashcards')
      lines.push(`Q: ${q}`, `A: ${paragraphs[0]}`, ...paragraphs.slice(1));
    else if (l.style === 'inline')
      lines.push(q, `${l.inline} ${paragraphs[0]}`, ...paragraphs.slice(1));
    else lines.push(q, l.label, ...gap, ...paragraphs);
    lines.push(...gap);
  }
  let text = lines.join('\n').replace(/\n+$/, '');
  if (l.finalNewline) text += '\n';
  if (l.crlf) text = text.replace(/\n/g, '\r\n');
  return l.bom ? `\uFEFF${text}` : text;
}

let reached = 0;

it('property: every layout gives back its questions and answers', () => {
  fc.assert(
    fc.property(layout, (l) => {
      const decoded = decodeUtf8(new TextEncoder().encode(render(l)));
      if (!decoded.ok) throw new Error(decoded.message);
      const doc = importDocument(decoded.text, 'text');
      expect(doc.title).toBe(l.title);
      expect(doc.questions.map((q) => q.prompt)).toEqual(l.items.map((i) => i.q));
      expect(doc.questions.map((q) => q.example_answer)).toEqual(
        l.items.map((i) => i.a.join('\n\n')),
      );
      const built = buildQuestionFile([doc], { fallbackTitle: 'x' });
      const yaml = questionFileText(built.data, 'schema.json', built.withoutKeyPoints);
      const parsed = parseQuestionFile('out.yaml', new TextEncoder().encode(yaml));
      expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
      reached++;
    }),
    { seed: 20261130, numRuns: 600 },
  );
});

afterAll(() => {
  console.log(`text import property: ${reached} generated documents reached the final assertion`);
  expect(reached).toBe(600);
});
