import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBinary, runInProcess } from '../helpers/run-cli.js';
import { HOSTILE, MIXED, MIXED_ID } from './fixtures.js';

/** A REHEARSE_HOME holding the mixed fixture as its only session, and a cwd for output files. */
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
const temp = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-report-'));
  temps.push(dir);
  return dir;
};

function home(): { env: Record<string, string>; cwd: string } {
  const root = temp();
  mkdirSync(path.join(root, 'home', 'sessions'), { recursive: true });
  copyFileSync(MIXED, path.join(root, 'home', 'sessions', `${MIXED_ID}.yaml`));
  mkdirSync(path.join(root, 'work'));
  return { env: { REHEARSE_HOME: path.join(root, 'home') }, cwd: path.join(root, 'work') };
}

describe('rehearse report', () => {
  it('--html - prints the newest session as one HTML document on stdout, nothing on stderr', async () => {
    const r = await runInProcess(['report', '--html', '-'], home());
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^<!doctype html>[\s\S]*20261126-182441-3fxf[\s\S]*<\/html>\n$/);
    expect(r.stdout.match(/<article /g)).toHaveLength(3);
  });

  it('the built binary does the same', () => {
    const r = runBinary(['report', MIXED_ID, '--html', '-'], home());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
  });

  it('--md FILE writes the file (0600), says so on stderr, keeps stdout clean', async () => {
    const h = home();
    const r = await runInProcess(['report', MIXED_ID, '--md', 'out.md'], h);
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'Wrote out.md\n' });
    const file = path.join(h.cwd, 'out.md');
    expect(readFileSync(file, 'utf8')).toMatch(/^# Rehearsal report\n/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it('writes both reports, one of them to stdout', async () => {
    const h = home();
    const r = await runInProcess(['report', '--html', 'r.html', '--md', '-'], h);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Rehearsal report/);
    expect(r.stderr).toBe('Wrote r.html\n');
    expect(readFileSync(path.join(h.cwd, 'r.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('--question limits the report to one question', async () => {
    const r = await runInProcess(
      ['report', '--md', '-', '--question', 'secure-boot-chain'],
      home(),
    );
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^## /gm)).toEqual(['## ']);
    expect(r.stdout).toContain('## 1. Walk me through a secure boot chain');
  });

  it('reads a session file given by path, hostile text and all', async () => {
    const r = await runInProcess(['report', HOSTILE, '--html', '-'], home());
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/<script|<img|<svg/i);
  });

  const usage: [string, string[], RegExp][] = [
    ['no --html or --md', ['report'], /--html FILE, --md FILE or both/],
    ['both to stdout', ['report', '--html', '-', '--md', '-'], /only one of --html and --md/],
    ['the same file twice', ['report', '--html', 'x', '--md', 'x'], /both name x/],
    [
      'an unknown session',
      ['report', 'no-such-session', '--html', '-'],
      /no session "no-such-session"/,
    ],
    [
      'an unknown question, named',
      ['report', '--html', '-', '--question', 'nope'],
      /no question "nope" in session 20261126-182441-3fxf \(its questions: input-validation, disagreement-resolved, secure-boot-chain\)/,
    ],
    ['a missing --html value', ['report', '--html'], /argument missing/],
  ];
  it.each(usage)('exits 2 for %s', async (_name, args, message) => {
    const r = await runInProcess(args, home());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 when there is no session at all, or the file is not a session', async () => {
    const empty = await runInProcess(['report', '--html', '-'], {
      env: { REHEARSE_HOME: temp() },
    });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no session in .*start one with "rehearse practice"/);

    const h = home();
    writeFileSync(path.join(h.cwd, 'junk.yaml'), 'just: a map\n');
    const junk = await runInProcess(['report', 'junk.yaml', '--html', '-'], h);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toMatch(/junk.yaml:1:1: error .* \[missing-field\]/);
    expect(junk.stderr).toMatch(/junk.yaml is not a valid session file; nothing was changed/);
  });

  it('exits 2, naming the file, when the report cannot be written', async () => {
    const r = await runInProcess(['report', '--html', 'no/such/dir/r.html'], home());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /cannot write to no\/such\/dir\/r.html: the directory no\/such\/dir does not exist/,
    );
  });
});
