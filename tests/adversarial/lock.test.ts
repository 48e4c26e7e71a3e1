// The session lock's rules, table by table: who holds it, when it is stale, what is said.
import { lstatSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  acquireSessionLock,
  lockPathFor,
  SessionLockedError,
} from '../../src/store/session-lock.js';
import { temp } from './harness.js';

const DAY = 24 * 60 * 60 * 1000;
const deadPid = () => {
  // A pid above the kernel's maximum is never alive.
  return 4_194_304 + 1;
};

function planted(owner: { pid: number; host: string; started_at: string } | string) {
  const file = path.join(temp(), 'session.yaml');
  writeFileSync(file, 'id: x\n');
  writeFileSync(lockPathFor(file), typeof owner === 'string' ? owner : JSON.stringify(owner));
  return file;
}

describe('acquireSessionLock', () => {
  it('is exclusive, and released locks can be taken again', () => {
    const file = path.join(temp(), 'session.yaml');
    const lock = acquireSessionLock(file);
    expect(JSON.parse(readFileSync(lockPathFor(file), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: os.hostname(),
    });
    lock.release();
    acquireSessionLock(file).release();
  });

  it.each([
    [
      'a live process on this host',
      () => ({ pid: process.ppid, host: os.hostname(), started_at: new Date().toISOString() }),
      'refused',
    ],
    [
      'a process that is gone',
      () => ({ pid: deadPid(), host: os.hostname(), started_at: new Date().toISOString() }),
      /process \d+ is gone/,
    ],
    [
      'another host, an hour before the last save',
      () => ({
        pid: 1,
        host: 'elsewhere',
        started_at: new Date(Date.now() - 3600_000).toISOString(),
      }),
      'refused',
    ],
    [
      'another host, more than a day before the last save',
      () => ({
        pid: 1,
        host: 'elsewhere',
        started_at: new Date(Date.now() - 2 * DAY).toISOString(),
      }),
      /more than a day older than the last save/,
    ],
  ])('a lock held by %s', (_, owner, expected) => {
    const file = planted(owner());
    if (expected === 'refused') {
      expect(() => acquireSessionLock(file)).toThrow(SessionLockedError);
      expect(() => acquireSessionLock(file)).toThrow(
        /is open (in another terminal|on elsewhere) \(process \d+/,
      );
      return;
    }
    const lock = acquireSessionLock(file);
    expect(lock.note).toMatch(expected);
    lock.release();
  });

  it('an unreadable lock is waited for while fresh, taken over once old', () => {
    const file = planted('{half a lock');
    expect(() => acquireSessionLock(file)).toThrow(SessionLockedError);
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(lockPathFor(file), old, old);
    const lock = acquireSessionLock(file);
    expect(lock.note).toMatch(/unreadable lock file/);
    lock.release();
  });

  it('a lock file that is a symbolic link is never followed, written or removed', () => {
    const file = path.join(temp(), 'session.yaml');
    writeFileSync(file, 'id: x\n');
    const target = path.join(temp(), 'precious');
    writeFileSync(target, 'precious\n');
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(target, old, old);
    symlinkSync(target, lockPathFor(file));
    expect(() => acquireSessionLock(file)).toThrow(/not a regular file; remove it/);
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
    expect(lstatSync(lockPathFor(file)).isSymbolicLink()).toBe(true);
  });
});
