// Property: whatever text an importer hands over (YAML indicators, quotes, "yes", "1:30", "#",
// leading spaces, several lines), the question file written from it loads with no errors and holds
// exactly that text.
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { cleanText } from '../../src/core/import/index.js';
import { buildQuestionFile } from '../../src/core/import/question-file.js';
import { parseQuestionFile } from '../../src/core/load/parse-file.js';
import { questionFileText } from '../../src/store/question-file-out.js';

const piece = fc.constantFrom(
  'yes',
  'no',
  '1:30',
  '0o17',
  '- ',
  '? ',
  ': ',
  '#',
  ' # ',
  '"',
  "'",
  '|',
  '>',
  '{',
  '}',
  '[',
  ']',
  '&a',
  '*a',
  '!tag',
  '%',
  '@',
  '`',
  '\n',
  '\n\n',
  '  ',
  'word',
  'é',
  '“x”',
  '---',
  '...',
  'null',
  '~',
  'true',
  '3.5',
);
const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => cleanText(p.join('')));

let reached = 0;
const RUNS = 400;

it('property: written question files load with no errors and keep every text', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ prompt: text, answer: text }), { minLength: 1, maxLength: 4 }),
      text,
      (items, title) => {
        const questions = items
          .filter((i) => i.prompt)
          .map((i, n) => ({
            prompt: i.prompt,
            example_answer: i.answer || undefined,
            line: n + 1,
          }));
        if (questions.length === 0) return;
        const doc = { title: title || undefined, questions, unplaced: [], lookedFor: '' };
        const built = buildQuestionFile([doc], { fallbackTitle: 'Fallback' });
        const yaml = questionFileText(built.data, 'schema.json', built.withoutKeyPoints);
        const parsed = parseQuestionFile('out.yaml', new TextEncoder().encode(yaml));
        expect(
          parsed.problems.filter((p) => p.severity === 'error'),
          yaml,
        ).toEqual([]);
        expect(parsed.data?.title).toBe(title || 'Fallback');
        expect(parsed.questions.map((q) => q.question.prompt)).toEqual(
          questions.map((q) => q.prompt),
        );
        expect(parsed.questions.map((q) => q.question.example_answer)).toEqual(
          questions.map((q) => q.example_answer),
        );
        reached++;
      },
    ),
    { seed: 20261130, numRuns: RUNS },
  );
});

afterAll(() => {
  console.log(`writer property: ${reached} of ${RUNS} generated cases reached the final assertion`);
  expect(reached).toBeGreaterThan(RUNS * 0.9);
});
