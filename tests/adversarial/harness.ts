// Shared by the adversarial suite: temporary homes, the built binary with a private TMPDIR (where
// fallback directories go), and honest skips that say why a case could not run here.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import type { SessionRecord } from '../../src/core/session/record.js';
import { BIN, type CliResult, ROOT } from '../helpers/run-cli.js';

export const PACK = path.join(ROOT, 'tests/fixtures/e2e/pack.yaml');
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
export const hasCommand = (name: string) =>
  spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;

/** Says in the test output why a case is skipped, then lets vitest skip it. */
export function unless(condition: boolean, reason: string): boolean {
  if (!condition) console.log(`skipped: ${reason}`);
  return !condition;
}

export const temp = (prefix = 'rehearse-adv-') => mkdtempSync(path.join(os.tmpdir(), prefix));

export interface Env {
  home: string;
  tmp: string;
  extra?: Record<string, string>;
}

export function newEnv(): Env {
  const base = temp();
  return { home: path.join(base, 'home'), tmp: mkdtempSync(path.join(base, 'tmp-')) };
}

const envFor = (e: Env) => ({
  PATH: process.env.PATH ?? '',
  NO_COLOR: '1',
  HOME: e.home,
  REHEARSE_HOME: e.home,
  TMPDIR: e.tmp,
  ...e.extra,
});

export function rehearse(e: Env, args: string[], input = '', cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: envFor(e),
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the binary asynchronously (for FIFOs, whose writer blocks until a reader comes). */
export function rehearseAsync(e: Env, args: string[], input = ''): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: envFor(e) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** A finished one-question session made the way a user would, through a pipe. */
export function answerOnce(e: Env, answer = 'my answer', rating = '3'): CliResult {
  return rehearse(
    e,
    ['practice', PACK, '--ids', 'input-validation', '--plain'],
    `${answer}\n.\n${rating}\n`,
  );
}

export function sessionFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

export const readSession = (file: string) => load(readFileSync(file, 'utf8')) as SessionRecord;

/** The path after "Saved to" in a session summary. */
export const savedTo = (stdout: string) => /Saved to (.+)/.exec(stdout)?.[1]?.trim();
