// Full and read-only homes (a small tmpfs, when running as root) and nowhere to save at all. What
// is printed is where the session is; resume and review find it there; nothing is dumped twice.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  answerOnce,
  type Env,
  isRoot,
  newEnv,
  PACK,
  readSession,
  rehearse,
  savedTo,
  sessionFiles,
  temp,
  unless,
} from './harness.js';

const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts.splice(0)) spawnSync('umount', ['-l', m]);
});

const canMount = isRoot && spawnSync('sh', ['-c', 'command -v mount']).status === 0;

function smallHome(sizeKb: number): Env {
  const e = newEnv();
  mkdirSync(e.home, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=700`, 'tmpfs', e.home]);
  mounts.push(e.home);
  return e;
}

const pausedSession = (e: Env) =>
  rehearse(e, ['practice', PACK, '--ids', 'input-validation', '--plain'], 'half an answer\n');

describe('a read-only home', () => {
  it.skipIf(unless(canMount, 'mounting a tmpfs needs root'))(
    'review --rate says where the rating went, and review and resume find it there',
    () => {
      const e = smallHome(512);
      expect(answerOnce(e, 'first answer', '2').code).toBe(0);
      const paused = pausedSession(e);
      const pausedId = /rehearse resume (\S+)/.exec(paused.stdout)?.[1] as string;
      const [finished] = sessionFiles(path.join(e.home, 'sessions')).filter(
        (f) => !f.includes(pausedId),
      );
      const before = readFileSync(finished as string, 'utf8');
      execFileSync('mount', ['-o', 'remount,ro', e.home]);

      const id = path.basename(finished as string, '.yaml');
      const rate = rehearse(e, ['review', id, '--rate', '5']);
      expect(rate.code).toBe(0);
      const where = /Rated input-validation 5\/5 in (.+)/.exec(rate.stderr)?.[1] as string;
      expect(where.startsWith(e.tmp)).toBe(true);
      expect(rate.stderr).toContain('read-only');
      expect(readFileSync(finished as string, 'utf8')).toBe(before);
      expect(readSession(where).questions[0]?.self_rating).toBe(5);
      expect(rehearse(e, ['review', id, '--json']).stdout).toContain('"selfRating": 5');

      const resumed = rehearse(e, ['resume', pausedId, '--plain'], 'and the rest\n.\n4\n');
      expect(resumed.code).toBe(0);
      const resumedAt = savedTo(resumed.stdout) as string;
      expect(resumedAt.startsWith(e.tmp)).toBe(true);
      expect(readSession(resumedAt).questions[0]?.answer).toBe('half an answer\nand the rest');
    },
  );
});

describe('a full home', () => {
  it.skipIf(unless(canMount, 'mounting a tmpfs needs root'))(
    'the session goes to the fallback, the printed resume command works, no empty copy is left',
    () => {
      const e = smallHome(64);
      mkdirSync(path.join(e.home, 'sessions'), { mode: 0o700 });
      spawnSync('dd', ['if=/dev/zero', `of=${path.join(e.home, 'filler')}`, 'bs=4k']);
      const r = pausedSession(e);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('the disk is full');
      const where = savedTo(r.stdout) as string;
      expect(where.startsWith(e.tmp)).toBe(true);
      expect(sessionFiles(path.join(e.home, 'sessions'))).toEqual([]);
      // No temporary file is left behind either, however far the failed write got.
      expect(readdirSync(path.join(e.home, 'sessions')).filter((n) => n.endsWith('.tmp'))).toEqual(
        [],
      );
      const id = /Continue with: rehearse resume (\S+)/.exec(r.stdout)?.[1] as string;
      const resumed = rehearse(e, ['resume', id, '--plain'], 'done\n.\n3\n');
      expect(resumed.code).toBe(0);
      expect(readSession(savedTo(resumed.stdout) as string).status).toBe('finished');
    },
  );
});

describe('nowhere to save', () => {
  it('the answers are printed once and the exit code is not 0', () => {
    const e = newEnv();
    const blocker = path.join(temp(), 'file');
    writeFileSync(blocker, '');
    e.home = path.join(blocker, 'home');
    e.tmp = blocker;
    const r = rehearse(
      e,
      ['practice', PACK, '--plain'],
      'unsavable first\n.\n3\nunsavable second\n.\n4\n',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot save the session anywhere');
    expect(r.stderr.split('unsavable first').length - 1).toBe(1);
    expect(r.stderr.split('unsavable second').length - 1).toBe(1);
    expect(r.stderr).not.toContain('internal error');
  });
});
