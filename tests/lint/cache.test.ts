// `rehearse lint --cache` (ESLint's conventions): unchanged files are not linted again, changed
// and new files always are, and the checks across files still see every file.
import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-cli.js';

const pack = (id: string, kind = 'technical') =>
  `title: T\nquestions:\n  - id: ${id}\n    kind: ${kind}\n    prompt: what about ${id}?\n    example_answer: an answer\n    key_points: [a point]\n`;

function bank() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-cache-'));
  writeFileSync(path.join(dir, 'a.yaml'), pack('alpha'));
  writeFileSync(path.join(dir, 'b.yaml'), pack('beta'));
  const cache = path.join(dir, 'cache.json');
  const lint = (...extra: string[]) =>
    runInProcess(['lint', dir, '-f', 'compact', '--cache', '--cache-location', cache, ...extra], {
      cwd: dir,
    });
  return { dir, cache, lint };
}

/** Same size, same modification time, different content: only a content hash can tell. */
function sneakyEdit(file: string, from: string, to: string) {
  const { atime, mtime } = statSync(file);
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  utimesSync(file, atime, mtime);
}

describe('lint --cache', () => {
  it('keeps results between runs and re-lints a changed file', async () => {
    const b = bank();
    expect((await b.lint()).code).toBe(0);
    expect(JSON.parse(readFileSync(b.cache, 'utf8')).files).toBeTypeOf('object');
    writeFileSync(path.join(b.dir, 'b.yaml'), pack('beta', 'oops'));
    const second = await b.lint();
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('b.yaml:4:11: error');
    writeFileSync(path.join(b.dir, 'b.yaml'), pack('beta'));
    expect((await b.lint()).code).toBe(0);
  });

  it('does not parse an unchanged file again: its kept result is what is reported', async () => {
    const b = bank();
    await b.lint();
    const data = JSON.parse(readFileSync(b.cache, 'utf8'));
    const entry = data.files[path.join(b.dir, 'a.yaml')];
    entry.result.p = [
      {
        file: entry.shown,
        rule: 'invalid-value',
        severity: 'warning',
        message: 'kept from the last run',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
      },
    ];
    writeFileSync(b.cache, JSON.stringify(data));
    const r = await b.lint();
    expect(r.stdout).toContain('a.yaml:1:1: warning kept from the last run');
    // Another strategy is another stamp: the kept results are discarded.
    expect((await b.lint('--cache-strategy', 'content')).stdout).toContain('✔ no problems');
  });

  it('lints a new file and still checks ids across every file', async () => {
    const b = bank();
    await b.lint();
    writeFileSync(path.join(b.dir, 'c.yaml'), pack('alpha'));
    const r = await b.lint();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/c\.yaml:3:5: error question id "alpha" is already used at a\.yaml/);
  });

  it('metadata (the default) trusts size and times; content notices the edit', async () => {
    const b = bank();
    await b.lint();
    sneakyEdit(path.join(b.dir, 'b.yaml'), 'technical', 'technicax');
    // The change is invisible to size and modification time, but not to the change time (ctime),
    // which a file's owner cannot set back: metadata notices it too.
    expect((await b.lint()).code).toBe(1);
    const c = bank();
    await c.lint('--cache-strategy', 'content');
    sneakyEdit(path.join(c.dir, 'a.yaml'), 'technical', 'technicax');
    expect((await c.lint('--cache-strategy', 'content')).code).toBe(1);
  });

  it('a damaged cache only costs time', async () => {
    const b = bank();
    writeFileSync(b.cache, '{ not json');
    const r = await b.lint();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(() => JSON.parse(readFileSync(b.cache, 'utf8'))).not.toThrow();
  });

  it('a cache of another version or schema is discarded', async () => {
    const b = bank();
    await b.lint();
    const data = JSON.parse(readFileSync(b.cache, 'utf8'));
    // A kept result that says "no problems" for a file that has one: a stale stamp must not use it.
    writeFileSync(path.join(b.dir, 'b.yaml'), pack('beta', 'oops'));
    for (const entry of Object.values(data.files) as { key: string }[])
      entry.key = `${statSync(path.join(b.dir, 'b.yaml')).size}:stale`;
    writeFileSync(b.cache, JSON.stringify({ ...data, stamp: 'rehearse 0.0.0' }));
    expect((await b.lint()).code).toBe(1);
  });

  it('rejects an unknown strategy as a usage error', async () => {
    const b = bank();
    const r = await b.lint('--cache-strategy', 'mtime');
    expect(r.code).toBe(2);
  });

  it('goes to node_modules/.cache/rehearse/ when the project has node_modules', async () => {
    const b = bank();
    const { mkdirSync, existsSync } = await import('node:fs');
    mkdirSync(path.join(b.dir, 'node_modules'));
    const r = await runInProcess(['lint', b.dir, '--cache'], { cwd: b.dir });
    expect(r.code).toBe(0);
    expect(existsSync(path.join(b.dir, 'node_modules/.cache/rehearse/lint-cache.json'))).toBe(true);
  });
});
