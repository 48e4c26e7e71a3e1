// Property: a spreadsheet exported as CSV in any of the common dialects (",", ";" or tab; quoted
// where needed or everywhere; CRLF or LF; with or without a BOM and a final line end) gives back
// every row's question, answer and tags, whatever the cells hold: separators, quotes, line breaks.
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { cleanText, detectFormat, importDocument } from '../../src/core/import/index.js';

const cellText = fc
  .array(fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', 'é', '’', '?', '.', 'x', '\t', '1'), {
    minLength: 1,
    maxLength: 30,
  })
  .map((chars) => chars.join(''));
/** A prompt always has a letter in it, so it is never empty once cleaned. */
const prompt = fc
  .tuple(fc.constantFrom('Why', 'How', 'What'), cellText)
  .map(([w, t]) => `${w}${t}`);
const tag = fc.constantFrom('api', 'on-call', 'system design', 'Databases');

const dialect = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t'),
  quoteAll: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  header: fc.constantFrom(
    ['question', 'answer', 'tags'],
    ['Prompt', 'Example answer', 'Tags'],
    ['Question', 'Sample Answer', 'Topics'],
  ),
});

function csv(
  rows: readonly (readonly string[])[],
  d: { delimiter: string; quoteAll: boolean; crlf: boolean },
): string {
  const eol = d.crlf ? '\r\n' : '\n';
  const quote = (cell: string) =>
    // Like the exporters: quoted only when the cell holds the separator, a quote or a line break.
    d.quoteAll || /["\r\n]/.test(cell) || cell.includes(d.delimiter)
      ? `"${cell.replace(/"/g, '""')}"`
      : cell;
  return rows.map((row) => row.map(quote).join(d.delimiter)).join(eol);
}

let reached = 0;
const RUNS = 500;

it('property: every CSV dialect gives back its rows', () => {
  fc.assert(
    fc.property(
      dialect,
      fc.array(fc.record({ q: prompt, a: cellText, tags: fc.uniqueArray(tag, { maxLength: 3 }) }), {
        minLength: 1,
        maxLength: 6,
      }),
      (d, items) => {
        const rows = [d.header, ...items.map((i) => [i.q, i.a, i.tags.join('; ')])];
        let text = csv(rows, d);
        if (d.finalNewline) text += d.crlf ? '\r\n' : '\n';
        if (d.bom) text = `\uFEFF${text}`;
        expect(detectFormat('export.csv', text).format).toBe('csv');
        const doc = importDocument(text, 'csv');
        expect(doc.questions.map((q) => q.prompt)).toEqual(items.map((i) => cleanText(i.q)));
        expect(doc.questions.map((q) => q.example_answer ?? '')).toEqual(
          items.map((i) => cleanText(i.a)),
        );
        expect(doc.questions.map((q) => q.tags ?? [])).toEqual(
          items.map((i) => [...new Set(i.tags.map((t) => t.toLowerCase().replace(' ', '-')))]),
        );
        reached++;
      },
    ),
    { seed: 20261130, numRuns: RUNS },
  );
});

afterAll(() => {
  console.log(`csv import property: ${reached} generated files reached the final assertion`);
  expect(reached).toBe(RUNS);
});
