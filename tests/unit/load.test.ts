import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/core/load/decode.js';
import { parseQuestionFile } from '../../src/core/load/parse-file.js';
import { crossFileProblems, questionRefs } from '../../src/core/questions/bank.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/load/${name}`, import.meta.url));
const load = (name: string) => parseQuestionFile(name, fixture(name));
/** `line:column-endLine:endColumn rule` — compact enough for one-line table rows. */
const brief = (name: string) =>
  load(name).problems.map((p) => `${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.rule}`);

describe('parseQuestionFile: positions and rules per fixture', () => {
  it.each([
    ['valid.yaml', []],
    ['empty.yaml', ['1:1-1:1 missing-field']],
    ['syntax.yaml', ['2:1-2:2 yaml-syntax']],
    ['alias-bomb.yaml', ['2:8-2:10 alias-limit']],
    ['binary.yaml', ['1:9-1:10 encoding']],
    ['utf16.yaml', ['1:1-1:1 encoding']],
    ['not-utf8.yaml', ['4:13-4:14 encoding']],
    [
      'missing.yaml',
      [
        '3:5-3:18 missing-example-answer',
        '3:5-3:18 missing-field',
        '3:5-3:18 missing-key-points',
        '5:5-5:23 missing-example-answer',
        '5:5-5:23 missing-field',
        '5:5-5:23 missing-key-points',
      ],
    ],
    [
      'yaml11.yaml',
      [
        '4:13-4:16 yaml11-ambiguity',
        '5:21-5:24 wrong-type',
        '5:21-5:24 yaml11-ambiguity',
        '6:18-6:20 yaml11-ambiguity',
        '6:29-6:33 yaml11-ambiguity',
      ],
    ],
    [
      'unknown-and-types.yaml',
      [
        '3:14-3:20 invalid-duration',
        '5:5-5:18 missing-example-answer',
        '5:5-5:18 missing-field',
        '6:5-6:10 unknown-field',
        '7:11-7:21 invalid-value',
        '8:17-8:27 invalid-value',
        '9:15-9:16 invalid-value',
        '11:17-11:25 wrong-type',
        '12:5-12:15 missing-example-answer',
        '12:5-12:15 missing-key-points',
        '13:13-13:28 control-characters',
        '14:5-14:11 duplicate-key',
        '15:5-15:12 unknown-field',
        '15:14-15:17 yaml11-ambiguity',
      ],
    ],
  ])('%s', (name, expected) => expect(brief(name)).toEqual(expected));
});

describe('parseQuestionFile: messages a user can act on', () => {
  const messages = (name: string) => load(name).problems.map((p) => `${p.rule}: ${p.message}`);
  it.each([
    ['unknown-and-types.yaml', 'unknown-field: unknown field "promt" (did you mean "prompt"?)'],
    [
      'unknown-and-types.yaml',
      'invalid-value: kind of question "first-one" is "behavorial"; expected one of behavioral, technical, situational, system-design, role-fit (did you mean "behavioral"?)',
    ],
    [
      'unknown-and-types.yaml',
      'invalid-duration: defaults.prep_time is "90 sec", which is not a duration; write it as 1m30s',
    ],
    [
      'unknown-and-types.yaml',
      'duplicate-key: duplicate key "prompt" (first defined at line 13, column 5)',
    ],
    [
      'unknown-and-types.yaml',
      'wrong-type: key_points of question "first-one" should be a list, found text',
    ],
    [
      'unknown-and-types.yaml',
      'control-characters: prompt of question "second" holds an escape sequence U+001B (ESC)',
    ],
    ['missing.yaml', 'missing-field: question 2 is missing the required field "id"'],
    [
      'yaml11.yaml',
      'yaml11-ambiguity: "1:30" is read as a base-60 number (1:30 is 90) by YAML 1.1 tools',
    ],
    ['not-utf8.yaml', 'encoding: file is not valid UTF-8 (byte 0xFF at offset 42)'],
  ])('%s has %j', (name, start) =>
    expect(messages(name).some((m) => m.startsWith(start))).toBe(true),
  );

  it('gives JSON pointers of the offending node', () => {
    const pointers = load('unknown-and-types.yaml').problems.map((p) => p.pointer);
    expect(pointers).toContain('/questions/0/promt');
    expect(pointers).toContain('/questions/0/tags/1');
    expect(pointers).toContain('/defaults/prep_time');
  });

  it('does not suggest a far-off field name', () => {
    const text = 'title: t\nquestions:\n  - id: a\n    prompt: p\n    ok: 1\n';
    const [problem] = parseQuestionFile('x.yaml', Buffer.from(text)).problems.filter(
      (p) => p.rule === 'unknown-field',
    );
    expect(problem?.message).not.toContain('did you mean');
  });
});

describe('parseQuestionFile: hostile and huge input', () => {
  it.each([
    ['deep flow nesting', `${'['.repeat(20_000)}${']'.repeat(20_000)}`],
    ['deep block nesting', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')],
    ['a tab-indented document', 'title: x\nquestions:\n\t- id: a\n'],
    ['a multi-document stream', 'title: a\n---\ntitle: b\n'],
    ['a scalar document', '42'],
  ])('%s is reported, not thrown', (_, text) => {
    const parsed = parseQuestionFile('x.yaml', Buffer.from(text));
    expect(parsed.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(parsed.questions).toEqual([]);
  });

  it('refuses files over the size cap before parsing them', () => {
    const parsed = parseQuestionFile('big.yaml', Buffer.alloc(1024 * 1024 + 1, 0x61));
    expect(parsed.problems.map((p) => p.rule)).toEqual(['too-large']);
  });

  it.each([
    [[0x61, 0x62], -1],
    [[0xc3, 0xa9], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x61, 0xff], 1],
    [[0xc3], 0],
    [[0xe0, 0x80, 0x80], 0],
    [[0xed, 0xa0, 0x80], 0],
    [[0xc0, 0xaf], 0],
  ])('firstInvalidUtf8(%j) = %i', (bytes, offset) =>
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset),
  );
});

describe('crossFileProblems', () => {
  const files = [load('dup-a.yaml'), load('dup-b.yaml')];
  const problems = crossFileProblems(questionRefs(files));

  it('reports a duplicate id across files and names both places', () => {
    const dup = problems.find((p) => p.rule === 'duplicate-id');
    expect(dup).toMatchObject({
      file: 'dup-b.yaml',
      line: 7,
      severity: 'error',
      pointer: '/questions/1/id',
    });
    expect(dup?.message).toContain('dup-a.yaml:3:5');
    expect(dup?.related?.[0]).toMatchObject({ file: 'dup-a.yaml', line: 3, column: 5 });
  });

  it('warns about the same prompt written with other spacing and case', () => {
    const dup = problems.find((p) => p.rule === 'duplicate-prompt');
    expect(dup).toMatchObject({ file: 'dup-b.yaml', line: 3, severity: 'warning' });
  });
});
