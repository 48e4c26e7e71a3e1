// End-to-end: the built binary in a real pseudo-terminal, typing keys, reading the screen and
// the saved session files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SessionRecord } from '../../src/core/session/record.js';
import { KEYS, PtySession } from '../helpers/pty.js';

const PACK = 'tests/fixtures/e2e/pack.yaml';
const sessions: PtySession[] = [];
const start = (args: string[], options: ConstructorParameters<typeof PtySession>[1] = {}) => {
  const s = new PtySession(args, options);
  sessions.push(s);
  return s;
};
afterEach(() => {
  for (const s of sessions.splice(0)) s.proc.kill('SIGKILL');
});

function savedSessions(home: string): { file: string; record: SessionRecord }[] {
  const dir = path.join(home, 'sessions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      file: path.join(dir, f),
      record: parse(readFileSync(path.join(dir, f), 'utf8')) as SessionRecord,
    }));
}

async function untilSaved(
  home: string,
  check: (r: SessionRecord) => boolean,
  timeoutMs = 5000,
): Promise<SessionRecord> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const found = savedSessions(home).find((s) => check(s.record));
      if (found) return found.record;
    } catch {
      // not written yet
    }
    if (Date.now() > deadline) throw new Error('the expected session file never appeared');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function toAnswer(s: PtySession): Promise<void> {
  await s.waitFor('Ready to start?');
  s.type(KEYS.enter);
  await s.waitFor('Prep');
  s.type(KEYS.enter);
  await s.waitFor('Ctrl+D');
}

describe('practice in a terminal', () => {
  it('types an answer with newlines, submits with Ctrl+D, rates it, and saves it beside the example', async () => {
    const s = start(['practice', PACK, '--ids', 'input-validation']);
    await toAnswer(s);
    s.type('We validate inputs');
    s.type(KEYS.enter);
    s.type('and fuzz the parser.');
    await s.waitFor('fuzz the parser.');
    s.type(KEYS.ctrlD);
    const screen = await s.waitFor('Rate yourself');
    expect(screen).toContain('Example answer');
    expect(screen).toMatch(/✓ input validation at the boundary|✓ fuzz the parser/);
    s.type('4');
    await s.waitFor('Session complete');
    expect((await s.exited).exitCode).toBe(0);
    const [saved] = savedSessions(s.home);
    expect(saved?.record.questions[0]).toMatchObject({
      id: 'input-validation',
      status: 'answered',
      answer: 'We validate inputs\nand fuzz the parser.',
      example_answer: 'Validate every input at the boundary and fuzz the parser.\n',
      self_rating: 4,
      timed_out: false,
    });
    const text = readFileSync(saved?.file as string, 'utf8');
    expect(text.indexOf('answer: |')).toBeLessThan(text.indexOf('example_answer:'));
    expect(statSync(saved?.file as string).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(saved?.file as string)).mode & 0o777).toBe(0o700);
  });

  it.each(['SIGHUP', 'SIGTERM'] as const)(
    '%s mid-answer leaves the draft on disk, and resume continues it',
    async (signal) => {
      const s = start(['practice', PACK]);
      await toAnswer(s);
      s.type('Half an answer typed just now');
      await s.waitFor('Half an answer typed just now');
      s.kill(signal);
      await s.exited;
      const record = await untilSaved(
        s.home,
        (r) => r.questions[0]?.draft === 'Half an answer typed just now',
      );
      expect(record.status).toBe('in-progress');

      const r = start(['resume'], { home: s.home });
      await r.waitFor('Half an answer typed just now');
      r.type(' and finished.');
      await r.waitFor('and finished.');
      r.type(KEYS.ctrlD);
      await r.waitFor('Rate yourself');
      r.type(KEYS.ctrlC);
      await r.exited;
      const resumed = await untilSaved(s.home, (x) => x.questions[0]?.status === 'answered');
      expect(resumed.questions[0]?.answer).toBe('Half an answer typed just now and finished.');
    },
  );

  it('shows a pasted escape sequence harmlessly but saves it exactly as typed', async () => {
    const s = start(['practice', PACK, '--ids', 'input-validation']);
    await toAnswer(s);
    s.type('title \u001b]0;pwned\u0007 red \u001b[31mX');
    await s.waitFor('␛');
    expect(s.titles).not.toContain('pwned');
    s.type(KEYS.ctrlD);
    await s.waitFor('Rate yourself');
    s.type(KEYS.enter);
    await s.waitFor('Session complete');
    const [saved] = savedSessions(s.home);
    expect(saved?.record.questions[0]?.answer).toBe('title \u001b]0;pwned\u0007 red \u001b[31mX');
  });

  it.each([
    [60, 20],
    [120, 30],
  ])('lays out the comparison at %ix%i', async (cols, rows) => {
    const s = start(['practice', PACK, '--ids', 'second-question'], { cols, rows });
    await toAnswer(s);
    s.type('We agreed on shared data.');
    s.type(KEYS.ctrlD);
    const screen = await s.waitFor('Rate yourself');
    const sideBySide = /Your answer.*│.*Example answer/.test(screen);
    expect(sideBySide).toBe(cols >= 100);
    for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(cols);
  });
});

describe('practice in plain mode through a pipe', () => {
  it('reads the answer until a "." line and the rating as a digit line', async () => {
    const { runBinary } = await import('../helpers/run-cli.js');
    const { mkdtempSync } = await import('node:fs');
    const os = await import('node:os');
    const home = mkdtempSync(path.join(os.tmpdir(), 'rehearse-plain-'));
    const result = runBinary(['practice', PACK, '--ids', 'input-validation', '--plain'], {
      input: 'my answer\nsecond line\n.\n4\n',
      env: { REHEARSE_HOME: home },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('How do you stop malformed input reaching a device?');
    expect(result.stdout).toContain('Saved to');
    const [saved] = savedSessions(home);
    expect(saved?.record.questions[0]).toMatchObject({
      answer: 'my answer\nsecond line',
      self_rating: 4,
      status: 'answered',
    });
    expect(saved?.record.status).toBe('finished');
  });

  it('end of input mid-answer saves a resumable draft', async () => {
    const { runBinary } = await import('../helpers/run-cli.js');
    const { mkdtempSync } = await import('node:fs');
    const os = await import('node:os');
    const home = mkdtempSync(path.join(os.tmpdir(), 'rehearse-plain-'));
    const result = runBinary(['practice', PACK, '--plain'], {
      input: 'unfinished thought\n',
      env: { REHEARSE_HOME: home },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('rehearse resume');
    const [saved] = savedSessions(home);
    expect(saved?.record).toMatchObject({ status: 'in-progress' });
    expect(saved?.record.questions[0]).toMatchObject({
      draft: 'unfinished thought',
      status: 'in-progress',
    });
  });
});
