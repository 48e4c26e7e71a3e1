// `rehearse lint --concurrency` (ESLint's option): files linted on worker threads give the same
// report, in the same order, as files linted on one thread; the cache works the same; a bad value
// is a usage error.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { threadsFor } from '../../src/commands/lint-pool.js';
import { runBinary, runInProcess } from '../helpers/run-cli.js';

describe('threadsFor', () => {
  it.each([
    // files, --concurrency, cores → threads
    [2000, 'auto', 2, 2],
    [2000, 'auto', 16, 4],
    [300, 'auto', 8, 1],
    [500, 'auto', 8, 2],
    [2000, 'auto', 1, 1],
    [2000, 'off', 8, 1],
    [3, 8, 2, 3],
    [1, 4, 4, 1],
    [50, 2, 1, 2],
  ] as const)('%i files, %s, %i cores → %i threads', (files, concurrency, cores, threads) =>
    expect(threadsFor(files, concurrency, cores)).toBe(threads),
  );
});

const FIXTURES = ['tests/fixtures/lint/corpus', 'tests/fixtures/load', 'tests/fixtures/interview'];

describe('lint on worker threads', () => {
  it.each([
    ['in-process', runInProcess],
    ['spawned binary', async (args: string[]) => runBinary(args)],
  ])('%s: the report is the same as on one thread, file for file', async (_, run) => {
    const one = await run(['lint', ...FIXTURES, '-f', 'json', '--concurrency', 'off']);
    const many = await run(['lint', ...FIXTURES, '-f', 'json', '--concurrency', '4']);
    expect(one.code).toBe(1);
    expect(many.code).toBe(1);
    const report = JSON.parse(many.stdout);
    // The corpus holds syntax errors, an alias bomb, encodings and duplicate ids across files.
    expect(report.summary.errors).toBeGreaterThan(10);
    expect(many.stdout).toBe(one.stdout);
    expect(many.stderr).toBe(one.stderr);
  });

  it('the cache keeps what the workers found, and a changed file is linted again', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-threads-'));
    const pack = (id: string, extra = '') =>
      `title: T\nquestions:\n  - id: ${id}\n    prompt: what about ${id}?\n    example_answer: an answer\n    key_points: [a point]\n${extra}`;
    for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `p${i}.yaml`), pack(`q${i}`));
    writeFileSync(path.join(dir, 'z-dup.yaml'), pack('q3'));
    const cache = path.join(dir, 'cache.json');
    const lint = () =>
      runInProcess(
        ['lint', dir, '-f', 'compact', '--cache', '--cache-location', cache, '--concurrency', '3'],
        { cwd: dir },
      );
    const first = await lint();
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(
      /z-dup\.yaml:3:5: error question id "q3" is already used at p3\.yaml/,
    );
    expect(Object.keys(JSON.parse(readFileSync(cache, 'utf8')).files)).toHaveLength(13);
    // Nothing changed: the same report, from the cache.
    expect((await lint()).stdout).toBe(first.stdout);
    writeFileSync(path.join(dir, 'z-dup.yaml'), pack('q99', '    kind: nonsense\n'));
    const third = await lint();
    expect(third.stdout).not.toContain('already used');
    expect(third.stdout).toContain('z-dup.yaml:7:11: error');
  });

  it.each(['0', '-1', 'many', '1.5', '', '65'])(
    '--concurrency "%s" is a usage error',
    async (value) => {
      const r = await runInProcess([
        'lint',
        'tests/fixtures/lint/clean.yaml',
        '--concurrency',
        value,
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--concurrency');
      expect(r.stdout).toBe('');
    },
  );
});
