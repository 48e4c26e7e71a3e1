// Flags and arguments a user can type: each is a clear usage error (exit 2), never "internal
// error", never silently ignored.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-cli.js';
import { answerOnce, newEnv, PACK, rehearse, temp } from './harness.js';

describe('refused with exit 2 and a message naming the problem', () => {
  it.each([
    [['--time', '0s'], /--time "0s" must be more than 0/],
    [['--total', '0s'], /--total "0s" must be more than 0/],
    [['--seed', '1', '--order', 'file'], /--seed shuffles, and --order file keeps the file order/],
    [
      ['--ids', 'input-validation,input-validation'],
      /--ids names "input-validation" more than once/,
    ],
    [['--ids', ''], /--ids.*An empty value is not allowed/],
    [['--tag', ''], /--tag.*An empty value is not allowed/],
    [['--kind', ''], /--kind.*An empty value is not allowed/],
    [['--ids', 'a,,b'], /has an empty item/],
  ])('practice %j', async (flags, message) => {
    const r = await runInProcess(['practice', PACK, ...flags, '--plain'], { input: 'x\n.\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('internal error');
  });

  it('practice "" does not search the current directory', async () => {
    const r = await runInProcess(['practice', '', '--plain'], { input: 'x\n.\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('an empty path was given');
  });

  it.each([
    ['an empty name', ''],
    ['the current directory', '.'],
    ['a directory', 'DIR'],
  ])('review with %s', (_, which) => {
    const e = newEnv();
    answerOnce(e);
    const dir = path.join(temp(), 'sessions-dir');
    mkdirSync(dir);
    for (const command of ['review', 'report']) {
      const args = [command, which === 'DIR' ? dir : which];
      if (command === 'report') args.push('--md', '-');
      const r = rehearse(e, args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/an empty session was named|is a directory; give a session id/);
      expect(r.stderr).not.toContain('internal error');
    }
  });
});

describe('accepted', () => {
  it('--prep 0s means no prep time', () => {
    const r = rehearse(
      newEnv(),
      ['practice', PACK, '--ids', 'input-validation', '--prep', '0s', '--plain'],
      'answer\n.\n3\n',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Session complete');
  });
});

describe('lint flags', () => {
  it.each([
    [['-o', ''], /--output needs a file name/],
    [['--max-warnings', ''], /--max-warnings "" must be a whole number/],
  ])('lint %j', async (flags, message) => {
    const r = await runInProcess(['lint', 'tests/fixtures/lint/clean.yaml', ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
