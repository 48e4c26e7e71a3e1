// End-to-end: practice as a full-screen program, at 80×24, 40×20 and 200×50. The shell's screen
// and scrollback survive a session, everything is laid out again after a resize, no word is split,
// and a terminal that cannot draw a screen (TERM=dumb) gets plain mode.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SessionRecord } from '../../src/core/session/record.js';
import { KEYS, PtySession } from '../helpers/pty.js';
import { runBinary } from '../helpers/run-cli.js';

const PACK = 'tests/fixtures/e2e/pack.yaml';
const WIDE = 'tests/fixtures/e2e/wide.yaml';
const PROMPT_WORDS = (
  'Walk me through how you would assess a vulnerability report about an implantable medical ' +
  'device, from triage through coordinated disclosure and the regulatory paperwork afterwards.'
).split(' ');

const sessions: PtySession[] = [];
const start = (args: string[], options: ConstructorParameters<typeof PtySession>[1] = {}) => {
  const s = new PtySession(args, options);
  sessions.push(s);
  return s;
};
afterEach(() => {
  for (const s of sessions.splice(0)) s.proc.kill('SIGKILL');
});

const saved = (home: string): SessionRecord[] =>
  readdirSync(path.join(home, 'sessions'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(path.join(home, 'sessions', f), 'utf8')) as SessionRecord);

/** Every word of the prompt appears whole on some row of the screen: none is split. */
function wordsWhole(screen: string, words: string[]): string[] {
  const rows = screen.split('\n');
  return words.filter((w) => !rows.some((row) => row.split(/\s+/).includes(w)));
}

async function toAnswer(s: PtySession): Promise<void> {
  await s.waitFor('Ready to start?', 15000);
  s.type(KEYS.enter);
  await s.waitFor('Prep');
  s.type(KEYS.enter);
  await s.waitFor('Ctrl+D');
}

describe.each([
  [80, 24],
  [40, 20],
  [200, 50],
])('practice at %i×%i', (cols, rows) => {
  it('leaves the shell screen and scrollback as they were and prints the summary there', async () => {
    const s = start(['practice', PACK, '--ids', 'input-validation'], { cols, rows });
    // What the shell showed before: more lines than the screen holds, so some are scrollback.
    s.term.write(
      `${Array.from({ length: rows + 10 }, (_, i) => `shell line ${i + 1}`).join('\r\n')}\r\n`,
    );
    await toAnswer(s);
    expect(s.bufferType()).toBe('alternate');
    s.type('We validate inputs at the boundary.');
    s.type(KEYS.ctrlD);
    await s.waitFor('Rate yourself');
    s.type('4');
    await s.waitFor('Session complete');
    expect((await s.exited).exitCode).toBe(0);
    expect(s.bufferType()).toBe('normal');
    const shell = s.normalBuffer();
    for (let i = 1; i <= rows + 10; i++) expect(shell).toContain(`shell line ${i}`);
    const text = shell.join('\n');
    expect(text).toContain('Saved to');
    // The question screens were drawn on the alternate screen only.
    expect(text).not.toContain('Example answer');
    expect(text).not.toContain('Type your answer');
  });

  it('lays the question out again when the terminal is resized, in both directions', async () => {
    const s = start(['practice', WIDE], { cols, rows });
    await s.waitFor('Ready to start?', 15000);
    s.type(KEYS.enter);
    let screen = await s.waitFor('Prep');
    expect(wordsWhole(screen, PROMPT_WORDS)).toEqual([]);
    for (const [c, r] of [
      [cols >= 100 ? 60 : 140, rows],
      [cols, rows],
    ] as const) {
      s.resize(c, r);
      // Laid out for the new width: the prompt fills its rows, and no row is too long.
      screen = await s.waitUntil(
        (text) =>
          new RegExp(`^Walk me through.{${Math.min(c - 30, 100)}}`, 'm').test(text) &&
          text.split('\n').every((row) => row.length < c) &&
          text.includes('Prep'),
      );
      expect(wordsWhole(screen, PROMPT_WORDS)).toEqual([]);
    }
    s.type(KEYS.enter);
    screen = await s.waitFor('Ctrl+D');
    expect(wordsWhole(screen, PROMPT_WORDS)).toEqual([]);
    s.type(KEYS.ctrlC);
    await s.waitFor('Session paused');
  });
});

describe('practice screens', () => {
  it('puts the terminal cursor at the caret instead of drawing one', async () => {
    const s = start(['practice', PACK, '--ids', 'input-validation']);
    await toAnswer(s);
    s.type('abc');
    const screen = await s.waitFor('abc');
    const row = screen.split('\n').indexOf('abc');
    await expect
      .poll(() => [s.term.buffer.active.cursorY, s.term.buffer.active.cursorX])
      .toEqual([row, 3]);
    expect(s.output).not.toContain('\u001b[7m');
  });

  it('Ctrl+Z shows the shell screen while stopped; on continue it redraws once and takes keys', async () => {
    const s = start(['practice', PACK, '--ids', 'input-validation']);
    await toAnswer(s);
    s.type('before the stop');
    await s.waitFor('before the stop');
    s.type('\u001a'); // Ctrl+Z
    await expect.poll(() => s.bufferType()).toBe('normal');
    s.kill('SIGCONT'); // what the shell's fg sends
    await expect.poll(() => s.bufferType()).toBe('alternate');
    const screen = await s.waitFor('before the stop');
    expect(screen.match(/Question 1 of 1/g)).toHaveLength(1);
    s.type(' and after');
    await s.waitFor('before the stop and after');
    s.type(KEYS.ctrlC);
    await s.waitFor('Session paused');
  });

  it("Ctrl+Z at Inquirer's own start prompt and fg: the prompt still takes keys", async () => {
    const s = start(['practice', PACK, '--ids', 'input-validation']);
    await s.waitFor('Ready to start?');
    s.type('\u001a'); // Ctrl+Z: readline stops the process itself
    // (Under the test's pseudo-terminal, without job control, the process is not really
    // stopped; readline has already paused its input for the SIGCONT below.) Let the key land.
    await new Promise((resolve) => setTimeout(resolve, 300));
    s.kill('SIGCONT'); // what the shell's fg sends
    s.type(KEYS.enter);
    await s.waitFor('Prep');
    s.type(KEYS.ctrlC);
    await s.waitFor('Session paused');
  });

  it('asks before submitting an empty answer', async () => {
    const s = start(['practice', PACK, '--ids', 'input-validation']);
    await toAnswer(s);
    s.type(KEYS.ctrlD);
    await s.waitFor('Submit an empty answer?');
    s.type('n');
    await s.waitFor('Ctrl+D submit');
    s.type('typed after all');
    s.type(KEYS.ctrlD);
    await s.waitFor('Rate yourself');
    s.type(KEYS.ctrlC);
    await s.exited;
  });

  it('says how big the terminal must be, and carries on when it grows', async () => {
    const s = start(['practice', PACK, '--ids', 'input-validation'], { cols: 80, rows: 24 });
    await s.waitFor('Ready to start?', 15000);
    s.resize(20, 6);
    s.type(KEYS.enter);
    await s.waitFor(/Make the\s+terminal\s+at\s+least/);
    s.resize(80, 24);
    await s.waitFor('How do you stop malformed input reaching a device?');
    s.type(KEYS.ctrlC);
    await s.exited;
  });

  it('names its own question in each reveal with --reveal end, and offers no retry there', async () => {
    const s = start(['practice', PACK, '--reveal', 'end']);
    await toAnswer(s);
    s.type('first answer');
    s.type(KEYS.ctrlD);
    await s.waitFor('Question 2 of 2');
    s.type(KEYS.enter);
    await s.waitFor('Ctrl+D submit');
    s.type('second answer');
    s.type(KEYS.ctrlD);
    let screen = await s.waitFor('Rate yourself');
    expect(screen).toMatch(/Question 1 of 2\s+·\s+input-validation/);
    expect(screen).toContain('How do you stop malformed input');
    expect(screen).toContain('first answer');
    expect(screen).not.toContain('try again');
    s.type('3');
    screen = await s.waitFor(/Question 2 of 2\s+·\s+second-question/);
    expect(screen).toContain('second answer');
    s.type('5');
    await s.waitFor('Session complete');
    const [record] = saved(s.home);
    expect(record?.questions.map((q) => q.self_rating)).toEqual([3, 5]);
  });

  it('keeps the rating prompt on screen at 80×24 however long the reveal', async () => {
    const s = start(['practice', WIDE], { cols: 80, rows: 24 });
    await toAnswer(s);
    s.type(`${Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of my answer.`).join('\r')}`);
    await s.waitFor('Line 30 of my answer.');
    s.type(KEYS.ctrlD);
    let screen = await s.waitFor('Rate yourself');
    expect(screen).toContain('Line 1 of my answer.');
    expect(screen).not.toContain('Key points');
    s.type('\u001b[F'); // End
    screen = await s.waitFor('Key points');
    expect(screen).toContain('Rate yourself');
    expect(screen).toMatch(/Question 1 of 1\s+·\s+reflow-question/);
    s.type(KEYS.ctrlC);
    await s.exited;
  });

  it('after a reveal, "t" answers the question again and keeps both attempts', async () => {
    const s = start(['practice', PACK, '--ids', 'input-validation']);
    await toAnswer(s);
    s.type('first try');
    s.type(KEYS.ctrlD);
    await s.waitFor('t to try again');
    s.type('t');
    await s.waitFor('Type your answer');
    s.type('validate at the boundary and fuzz the parser');
    s.type(KEYS.ctrlD);
    const screen = await s.waitFor('Rate yourself');
    expect(screen).not.toContain('try again');
    s.type('5');
    await s.waitFor('Session complete');
    const q = saved(s.home)[0]?.questions[0];
    expect(q?.attempts?.[0]?.answer).toBe('first try');
    expect(q).toMatchObject({
      answer: 'validate at the boundary and fuzz the parser',
      self_rating: 5,
    });
  });

  it('asks on resume for a rating that Ctrl+C interrupted', async () => {
    const s = start(['practice', PACK, '--ids', 'input-validation']);
    await toAnswer(s);
    s.type('an answer');
    s.type(KEYS.ctrlD);
    await s.waitFor('Rate yourself');
    s.type(KEYS.ctrlC);
    await s.waitFor('Session paused');
    const r = start(['resume'], { home: s.home });
    const screen = await r.waitFor('Rate yourself', 15000);
    expect(screen).toContain('an answer');
    r.type('2');
    await r.waitFor('Session complete');
    expect(saved(s.home)[0]?.questions[0]?.self_rating).toBe(2);
  });

  it('Ctrl+C at "Ready to start?" exits 130 and leaves a clean line', async () => {
    const s = start(['practice', PACK]);
    await s.waitFor('Ready to start?', 15000);
    s.type(KEYS.ctrlC);
    expect((await s.exited).exitCode).toBe(130);
    expect(s.screen()).not.toContain('Ready to start?');
    expect(s.screen()).toContain('nothing was saved');
  });

  it('TERM=dumb gets plain mode: no alternate screen, no cursor codes, Ctrl+D ends input', async () => {
    const s = start(['practice', PACK, '--ids', 'input-validation'], { env: { TERM: 'dumb' } });
    await s.waitFor('type a line holding only', 15000);
    s.type(`plain words${KEYS.enter}.${KEYS.enter}`);
    await s.waitFor('Rate your answer');
    s.type(`4${KEYS.enter}`);
    await s.waitFor('Session complete');
    expect(s.output).not.toContain('\u001b[?1049h');
    expect(s.output).not.toContain('\u001b[?25l');
    expect(saved(s.home)[0]?.questions[0]).toMatchObject({ answer: 'plain words', self_rating: 4 });
  });
});

describe('plain mode', () => {
  it('resume --plain prints the question, the saved draft and the time left', async () => {
    const { mkdtempSync } = await import('node:fs');
    const os = await import('node:os');
    const home = mkdtempSync(path.join(os.tmpdir(), 'rehearse-plain-'));
    const env = { REHEARSE_HOME: home };
    runBinary(['practice', PACK, '--ids', 'input-validation', '--plain'], {
      input: 'a draft line\n',
      env,
    });
    const result = runBinary(['resume', '--plain'], { input: 'more\n.\n\n', env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('How do you stop malformed input reaching a device?');
    expect(result.stdout).toContain('a draft line');
    expect(result.stdout).toMatch(/\d+:\d\d left to answer/);
    // The instruction never wraps into a line holding only ".".
    for (const line of result.stdout.split('\n')) expect(line.trim()).not.toBe('.');
    expect(saved(home)[0]?.questions[0]?.answer).toBe('a draft line\nmore');
  });
});
