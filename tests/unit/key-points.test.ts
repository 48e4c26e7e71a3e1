import { describe, expect, it } from 'vitest';
import { coverKeyPoints } from '../../src/core/compare/coverage.js';
import { parseQuestionFile } from '../../src/core/load/parse-file.js';
import { keyPointPhrasings, keyPointText } from '../../src/core/questions/key-points.js';
import { reviewQuestion } from '../../src/core/review/review.js';
import type { QuestionRecord } from '../../src/core/session/record.js';

const file = (keyPoints: string) =>
  `title: t\nquestions:\n  - id: a\n    prompt: p\n    example_answer: e\n    key_points:\n${keyPoints}`;
const problems = (keyPoints: string) =>
  parseQuestionFile('x.yaml', Buffer.from(file(keyPoints))).problems.map(
    (p) => `${p.line}:${p.column} ${p.rule}: ${p.message}`,
  );

describe('key points as text or { point, also }', () => {
  it.each([
    ['text', '      - data flows\n'],
    ['point alone', '      - point: data flows\n'],
    ['point with also', '      - point: SBOM\n        also: [software bill of materials]\n'],
    ['both forms mixed', '      - data flows\n      - { point: MFA, also: [second factor] }\n'],
  ])('%s is valid', (_, keyPoints) => expect(problems(keyPoints)).toEqual([]));

  it.each([
    [
      'a typo in also',
      '      - point: SBOM\n        alos: [bill of materials]\n',
      ['8:9 unknown-field: unknown field "alos"; known fields: point, also'],
    ],
    [
      'no point',
      '      - also: [bill of materials]\n',
      ['7:9 missing-field: key_points[1] of question "a" is missing the required field "point"'],
    ],
    [
      'an empty also',
      '      - point: SBOM\n        also: []\n',
      ['8:15 invalid-value: key_points[1].also of question "a" needs at least 1 item'],
    ],
    [
      'a number',
      '      - 42\n',
      [
        '7:9 wrong-type: key_points[1] of question "a" should be text or a mapping of fields, found the number 42',
      ],
    ],
    [
      'empty text',
      "      - ''\n",
      ['7:9 invalid-value: key_points[1] of question "a" must not be empty'],
    ],
  ])('%s gives one clear problem', (_, keyPoints, expected) =>
    expect(problems(keyPoints)).toEqual(expected),
  );

  it('reads both forms alike', () => {
    expect(keyPointText('data flows')).toBe('data flows');
    expect(keyPointText({ point: 'SBOM', also: ['bill of materials'] })).toBe('SBOM');
    expect(keyPointPhrasings({ point: 'SBOM', also: ['bill of materials'] })).toEqual([
      'SBOM',
      'bill of materials',
    ]);
  });

  it('counts a point as covered when the answer says one of its other phrasings', () => {
    const point = { point: 'SBOM', also: ['software bill of materials'] };
    const [c] = coverKeyPoints('We publish a software bill of materials per release.', [point]);
    expect(c).toMatchObject({ point: 'SBOM', covered: true });
    expect(coverKeyPoints('We publish release notes.', [point])[0]?.covered).toBe(false);
  });

  it.each([
    [
      'talked one to one before escalating',
      'asked for a private chat before escalating',
      'I asked for a private chat with him before escalating it.',
    ],
    [
      'rotate signing keys',
      'keys are rotated on a schedule',
      'Our keys are rotated on a schedule.',
    ],
  ])(
    'highlights whole words of the point shown, when another phrasing matched (%s)',
    (main, also, answer) => {
      const [c] = coverKeyPoints(answer, [{ point: main, also: [also] }]);
      expect(c?.phrasing).toBe(also);
      const words = main.split(' ');
      const marked = (c?.pointSpans ?? []).map(([s, e]) => main.slice(s, e));
      expect(marked.length).toBeGreaterThan(0);
      for (const m of marked) expect(words).toContain(m);
    },
  );

  it('reviews a session holding both forms (older sessions hold text only) by the point text', () => {
    const record: QuestionRecord = {
      id: 'a',
      status: 'answered',
      prompt: 'p',
      answer: 'We keep a software bill of materials and rotate keys.',
      example_answer: 'An SBOM per release; keys are rotated.',
      key_points: [{ point: 'SBOM', also: ['software bill of materials'] }, 'key rotation'],
      mode: 'typed',
      prep_limit_seconds: null,
      time_limit_seconds: null,
      source: { file: 'x.yaml', line: 1 },
    };
    const review = reviewQuestion(record);
    expect(review.keyPoints).toEqual(['SBOM', 'key rotation']);
    expect(review.insights.coverage.map((c) => [c.point, c.covered])).toEqual([
      ['SBOM', true],
      ['key rotation', true],
    ]);
  });
});
