// The fast path (src/core/lint/quick.ts) may only skip the full parse when the full parse would
// find nothing: otherwise `rehearse lint` passes a file that `rehearse practice` refuses. js-yaml
// and yaml disagree on some scalars (flow mappings, numbers), so this checks the two against each
// other on generated question files in every style a person might write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickClean } from '../../src/core/lint/quick.js';
import { parseQuestionFile } from '../../src/core/load/parse-file.js';
import { validatorFor } from '../../src/core/load/validate.js';
import { questionFileJsonSchema, SCHEMA_ID } from '../../src/core/questions/schema.js';

const validate = validatorFor(SCHEMA_ID, questionFileJsonSchema);
type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** The invariant: passed by the fast path ⇒ no problem in full, and the same ids and prompts. */
function agrees(text: string): void {
  const quick = quickClean(text, validate);
  if (!quick) return;
  const full = parseQuestionFile('f.yaml', Buffer.from(text));
  expect(full.problems.map((p) => `${p.line}:${p.column} ${p.rule} ${p.message}`)).toEqual([]);
  expect(quick).toEqual(
    full.questions.map((q) => ({ id: q.question.id, prompt: q.question.prompt })),
  );
}

const pack = (...questions: string[]) => `title: t\nquestions:\n${questions.join('')}`;
const flow = (prompt: string, points = '[k]') =>
  `  - {id: a, prompt: ${prompt}, example_answer: e, key_points: ${points}}\n`;
const block = (prompt: string) =>
  `  - id: b\n    prompt: ${prompt}\n    example_answer: e\n    key_points: [k]\n`;

describe('the fast path never passes a file the full parse faults', () => {
  it.each([
    ['a YAML 1.1 boolean in a flow mapping', pack(flow('yes'))],
    ['YAML 1.1 digit separators in a flow mapping', pack(flow('1_0'))],
    ['a YAML 1.1 base-60 number in a flow mapping', pack(flow('d', '[1:3]'))],
    ['a number too large for a double (yaml: Infinity)', pack(block('p'), flow('d', '[a, 1e400]'))],
    ['an exponent without a fraction', pack(block('1e5'))],
    ['a signed fraction', pack(block('+.5'))],
    ['a plain null', pack(block('Null'))],
    [
      'more lines than the loader accepts',
      pack(
        ...Array.from({ length: 1300 }, (_, i) => block(`p ${i}`).replace('id: b', `id: q-${i}`)),
      ),
    ],
  ])('%s', (_, text) => {
    expect(parseQuestionFile('f.yaml', Buffer.from(text)).problems).not.toEqual([]);
    agrees(text);
  });

  // Mostly ordinary words, sometimes a scalar that some YAML reader takes for something else.
  const atoms = [
    'yes',
    'No',
    'ON',
    'y',
    '1e400',
    '1e5',
    '+.5',
    '.5',
    '1_.0',
    '1_0',
    '0b1',
    '0o7',
    '07',
    '0x1F',
    '1:30',
    '~',
    'null',
    'True',
    '.inf',
    '.nan',
    '12',
    '+12',
    '1.',
    '2001-12-14',
    'a:b',
    'a #b',
    'C#',
    'é',
    '\u00a0',
    '\u2028',
    '\ufeff',
    '<<',
    '=',
    '-a',
    ':a',
    'a,',
    'a]',
    '...',
    '"q"',
    "'q'",
    '"\\x41"',
    '"\\e"',
    "'it''s'",
    '"\\N"',
    '"\\L"',
    '""',
    '[]',
    '{}',
    '[a]',
    '{a: b}',
  ];
  const word = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom('a', 'b c', 'd-e', 'Why?') },
    { weight: 2, arbitrary: fc.constantFrom(...atoms) },
  );
  const list = fc.array(word, { minLength: 1, maxLength: 3 });
  const question = fc.record({
    prompt: word,
    example_answer: word,
    key_points: list,
    follow_ups: fc.option(list, { nil: undefined }),
    flowMap: fc.boolean(),
    flowSeq: fc.boolean(),
    literal: fc.boolean(),
    comment: fc.boolean(),
  });
  const render = (q: Generated<typeof question>, id: string): string => {
    const fields: [string, string | string[]][] = [
      ['id', id],
      ['prompt', q.prompt],
      ['example_answer', q.example_answer],
      ['key_points', q.key_points],
      ...(q.follow_ups ? [['follow_ups', q.follow_ups] as [string, string[]]] : []),
    ];
    const seq = (items: string[]) => `[${items.join(', ')}]`;
    if (q.flowMap)
      return `  - {${fields.map(([k, v]) => `${k}: ${Array.isArray(v) ? seq(v) : v}`).join(', ')}}\n`;
    return fields
      .map(([k, v], i) => {
        const lead = i === 0 ? '  - ' : '    ';
        if (Array.isArray(v))
          return q.flowSeq
            ? `${lead}${k}: ${seq(v)}\n`
            : `${lead}${k}:\n${v.map((x) => `      - ${x}\n`).join('')}`;
        if (q.literal && k === 'prompt') return `${lead}${k}: |\n      ${v}\n`;
        return `${lead}${k}: ${v}${q.comment ? ' # note' : ''}\n`;
      })
      .join('');
  };

  // Layouts that span lines: flows and quoted text continued with too little indentation,
  // comments glued to a closing quote, block scalars with odd blank lines.
  const gap = fc.constantFrom('', ' ', '\n', '\n ', '\n    ', '\n      ', ' #c\n', '\n\n');
  const item = fc.constantFrom('a', 'b c', '"q"', "'q'", 'a:b');
  const flowList = fc
    .tuple(gap, item, gap, item, gap)
    .map(([a, x, b, y, c]) => `[${a}${x}${b},${a}${y}${c}]`);
  const scalar = fc.oneof(
    item,
    fc
      .tuple(fc.constantFrom('|', '|-', '>', '>-', '|2'), fc.constantFrom('', '\n', '        \n'))
      .map(([h, blank]) => `${h}\n${blank}      text\n      more`),
    fc
      .tuple(fc.constantFrom('"', "'"), fc.constantFrom('\n      b', '\n  b', '\n b'), gap)
      .map(([q, rest, end]) => `${q}a${rest}${q}${end.trim() ? '#c' : ''}`),
    fc.constantFrom('a\n      b', 'a\n     b', 'a\n  b', 'a\n\n      b'),
  );
  const laidOut = fc
    .tuple(scalar, scalar, flowList, fc.constantFrom('', '#c', ' #c'))
    .map(
      ([prompt, answer, points, after]) =>
        `title: t\nquestions:\n  - id: a\n    prompt: ${prompt}\n    example_answer: ${answer}\n    key_points: ${points}${after}\n`,
    );

  it('property: layouts that span lines', () => {
    fc.assert(fc.property(laidOut, agrees), { seed: 20261127, numRuns: 800 });
  });

  it('property: generated files in every style', () => {
    fc.assert(
      fc.property(fc.array(question, { minLength: 1, maxLength: 3 }), word, (questions, title) => {
        agrees(
          `title: ${title}\nquestions:\n${questions.map((q, i) => render(q, `q-${i}`)).join('')}`,
        );
      }),
      { seed: 20261127, numRuns: 800 },
    );
  });
});
