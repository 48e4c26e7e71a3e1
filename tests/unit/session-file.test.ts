import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/core/session/create.js';
import type { SessionRecord } from '../../src/core/session/record.js';
import {
  parseSession,
  readDigest,
  SessionFileError,
  serializeSession,
} from '../../src/store/session-file.js';
import { reachCounter } from '../helpers/reached.js';
import { baseSettings, FakeClock, question } from '../session/fake-session.js';

const record = (): SessionRecord =>
  createSession({
    id: 's1',
    tool: 'rehearse test',
    startedAt: new FakeClock().wall(),
    settings: baseSettings,
    questions: [question('q1')],
    sources: [],
  });

describe('session files', () => {
  it('write each answer directly above its example answer', () => {
    const r = record();
    Object.assign(r.questions[0] as object, { answer: 'mine\nsecond line', self_rating: 3 });
    const text = serializeSession(r);
    const answerAt = text.indexOf('answer: |');
    expect(answerAt).toBeGreaterThan(-1);
    expect(text.indexOf('example_answer:')).toBeGreaterThan(answerAt);
    expect(text.slice(answerAt, text.indexOf('example_answer:'))).not.toMatch(/key_points|status/);
  });

  it('round-trip any answer exactly, control characters and odd whitespace included', () => {
    const count = reachCounter('answer round trip');
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
        fc.string({ maxLength: 200 }),
        (a, b) => {
          count.run();
          const r = record();
          const q = r.questions[0] as SessionRecord['questions'][number];
          q.answer = a;
          q.draft = `${b}\n  ${a} \t\r\n`;
          const back = parseSession(serializeSession(r), 'x.yaml');
          count.reached();
          expect(back.questions[0]?.answer).toBe(a);
          expect(back.questions[0]?.draft).toBe(q.draft);
        },
      ),
      { numRuns: 300, seed: 20261126 },
    );
    count.check();
  });

  it.each([
    ['not YAML', '{ unclosed', /^x.yaml:1:11: not a valid session file: /],
    ['not a session', 'title: a question file\n', /^x.yaml:1:1: not a valid session file: /],
    ['from the future', 'version: 99\nid: x\nquestions: []\n', /newer rehearse/],
  ])('refuse %s with a clear message', (_, text, message) => {
    expect(() => parseSession(text, 'x.yaml')).toThrow(SessionFileError);
    expect(() => parseSession(text, 'x.yaml')).toThrow(message);
  });
});

describe('session files are validated when read, with positions', () => {
  const good = () => serializeSession(record());
  const lineOf = (text: string, needle: string) =>
    text.slice(0, text.indexOf(needle)).split('\n').length;
  it.each([
    [
      'a null question entry',
      (t: string) => t.replace(/questions:\n/, 'questions:\n  - null\n'),
      'questions:\n',
      1,
      /should be a mapping/,
    ],
    [
      'sources: none',
      (t: string) => t.replace(/sources:.*\n(?: {2}.*\n)*/, 'sources: none\n'),
      'sources: none',
      0,
      /sources should be a list, found text/,
    ],
    [
      'a numeric started_at',
      (t: string) => t.replace(/started_at: .*/, 'started_at: 12'),
      'started_at: 12',
      0,
      /started_at should be text, found the number 12/,
    ],
    [
      'coverage: lots',
      (t: string) => t.replace('    mode:', '    coverage: lots\n    mode:'),
      'coverage: lots',
      0,
      /coverage of question .* should be a mapping/,
    ],
  ])('%s is refused at its line', (_, corrupt, needle, offset, message) => {
    const text = corrupt(good());
    expect(text).not.toBe(good());
    const line = lineOf(text, needle) + offset;
    let thrown: SessionFileError | undefined;
    try {
      parseSession(text, 'x.yaml');
    } catch (error) {
      thrown = error as SessionFileError;
    }
    expect(thrown).toBeInstanceOf(SessionFileError);
    expect(thrown?.problems[0]?.line).toBe(line);
    expect(thrown?.message).toMatch(new RegExp(`^x.yaml:${line}:\\d+: not a valid session file`));
    expect(thrown?.message).toMatch(message);
  });

  it('refuses an alias bomb appended to a session file', () => {
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`;
    expect(() => parseSession(good() + bomb, 'x.yaml')).toThrow(/alias/);
  });
});

describe('session digests (the first line history and stats read)', () => {
  const written = () => {
    const r = record();
    Object.assign(r.questions[0] as object, { status: 'answered', answer: 'mine', self_rating: 4 });
    return serializeSession(r);
  };

  it('are read from the first line while it matches the file', () => {
    expect(readDigest(written(), 'x.yaml')).toMatchObject({
      id: 's1',
      questions: [{ id: 'q1', rating: 4, status: 'answered' }],
    });
  });

  it('are recomputed from the YAML when the file was edited by hand', () => {
    const edited = written().replace('self_rating: 4', 'self_rating: 2');
    expect(readDigest(edited, 'x.yaml').questions[0]?.rating).toBe(2);
  });

  it('are recomputed for files written before digests existed', () => {
    const older = readFileSync(
      new URL('../fixtures/sessions/practice-mixed.yaml', import.meta.url),
      'utf8',
    );
    expect(older.startsWith('# rehearse-digest')).toBe(false);
    expect(readDigest(older, 'old.yaml').questions.length).toBeGreaterThan(0);
  });
});

describe('YAML as rehearse writes it', () => {
  it.each(['no', 'yes', 'on', '1:30', '017'])(
    'quotes the answer %j so YAML 1.1 tools read text too',
    (answer) => {
      const r = record();
      (r.questions[0] as SessionRecord['questions'][number]).answer = answer;
      expect(serializeSession(r)).toContain(`answer: "${answer}"`);
    },
  );
});
