// End-to-end: practice --hints, in a real pseudo-terminal and through a pipe (plain mode).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SessionRecord } from '../../src/core/session/record.js';
import { KEYS, PtySession } from '../helpers/pty.js';
import { runBinary } from '../helpers/run-cli.js';

const PACK = 'tests/fixtures/e2e/pack.yaml';
const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.proc.kill('SIGKILL');
});

function saved(home: string): SessionRecord | undefined {
  const dir = path.join(home, 'sessions');
  const [file] = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  return file ? (parse(readFileSync(path.join(dir, file), 'utf8')) as SessionRecord) : undefined;
}

/** Practice in a terminal up to a typed answer "We check inputs.", ended with `key`; `onAnswer`
 * sees the answer screen first. */
async function answered(
  extra: string[],
  key: string,
  onAnswer: (screen: string) => void = () => {},
): Promise<PtySession> {
  const s = new PtySession(['practice', PACK, '--ids', 'input-validation', ...extra]);
  sessions.push(s);
  await s.waitFor('Ready to start?');
  s.type(KEYS.enter);
  await s.waitFor('Prep');
  s.type(KEYS.enter);
  onAnswer(await s.waitFor('Ctrl+D'));
  s.type('We check inputs.');
  await s.waitFor('We check inputs.');
  s.type(key);
  return s;
}

describe('practice --hints', () => {
  it('in a terminal: hints one at a time, a line added, then the reveal counts it', async () => {
    const s = await answered(['--hints'], KEYS.ctrlD);
    await s.waitFor('Hint 1 of 2: input validation at the boundary');
    s.type(KEYS.enter);
    await s.waitFor('Hint 2 of 2: fuzz the parser');
    s.type('We also fuzz the parser.');
    s.type(KEYS.enter);
    await s.waitFor(/Add a line[\s\S]*Add a line[\s\S]*Add a line/);
    s.type('.');
    s.type(KEYS.enter);
    const screen = await s.waitFor('Rate yourself');
    expect(screen).toContain('✓ fuzz the parser');
    s.type('3');
    await s.waitFor('Session complete');
    expect((await s.exited).exitCode).toBe(0);
    expect(saved(s.home)?.questions[0]).toMatchObject({
      answer: 'We check inputs.',
      hints: { shown: 2, addition: 'We also fuzz the parser.' },
    });
  });

  it('in a terminal without --hints: Ctrl+T ends the answer with the hints first', async () => {
    const s = await answered([], KEYS.ctrlT, (answering) =>
      // The key is offered on the answer screen, at 80 columns on one line.
      expect(answering).toMatch(/Ctrl\+D submit · Ctrl\+T hints · Ctrl\+E editor · Ctrl\+X skip/),
    );
    await s.waitFor('Hint 1 of 2: input validation at the boundary');
    s.type('.');
    s.type(KEYS.enter);
    await s.waitFor('Rate yourself');
    s.type('4');
    await s.waitFor('Session complete');
    expect((await s.exited).exitCode).toBe(0);
    expect(saved(s.home)?.questions[0]).toMatchObject({
      answer: 'We check inputs.',
      hints: { shown: 1 },
      self_rating: 4,
    });
  });

  it('Ctrl+Z at a hint and fg: the line typed after it still reaches the answer', async () => {
    const s = await answered(['--hints'], KEYS.ctrlD);
    await s.waitFor('Hint 1 of 2');
    s.type('\u001a'); // Ctrl+Z
    await expect.poll(() => s.bufferType()).toBe('normal');
    s.kill('SIGCONT'); // what the shell's fg sends
    await expect.poll(() => s.bufferType()).toBe('alternate');
    // The screen came back with the hint being answered, and takes keys again.
    await s.waitFor(/Hint 1 of 2: input validation at the boundary\n\? Add a line/);
    s.type('We fuzz it.');
    await s.waitFor('We fuzz it.');
    s.type(KEYS.enter);
    await s.waitFor(/We fuzz it\.\n\? Add a line/);
    s.type('.');
    s.type(KEYS.enter);
    await s.waitFor('Rate yourself');
    s.type('3');
    await s.waitFor('Session complete');
    expect((await s.exited).exitCode).toBe(0);
    expect(saved(s.home)?.questions[0]).toMatchObject({
      answer: 'We check inputs.',
      hints: { addition: 'We fuzz it.' },
    });
  });

  it('through a pipe: hint lines, an empty line for the next hint, "." when done', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'rehearse-hints-'));
    const result = runBinary(
      ['practice', PACK, '--ids', 'input-validation', '--plain', '--hints'],
      {
        input: 'We check inputs.\n.\n\nWe fuzz the parser too.\n.\n4\n',
        env: { REHEARSE_HOME: home },
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Hint 1 of 2: input validation at the boundary');
    expect(result.stdout).toContain('Hint 2 of 2: fuzz the parser');
    // The reveal shows the addition apart from the answer.
    expect(result.stdout).toContain(
      'We check inputs.\n\nAdded after hints:\nWe fuzz the parser too.',
    );
    expect(saved(home)?.questions[0]).toMatchObject({
      answer: 'We check inputs.',
      hints: { shown: 2, addition: 'We fuzz the parser too.' },
      self_rating: 4,
    });
  });

  it('through a pipe without --hints: an answer ended with "?" asks for hints first', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'rehearse-hints-'));
    const result = runBinary(['practice', PACK, '--ids', 'input-validation', '--plain'], {
      input: 'We check inputs.\n?\n.\n4\n',
      env: { REHEARSE_HOME: home },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Hint 1 of 2: input validation at the boundary');
    expect(result.stdout).not.toContain('Hint 2 of 2');
    expect(saved(home)?.questions[0]).toMatchObject({
      answer: 'We check inputs.',
      hints: { shown: 1 },
      self_rating: 4,
    });
  });
});
