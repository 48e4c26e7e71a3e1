import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../src/core/session/create.js';
import { SessionStore } from '../../src/store/session-store.js';
import { baseSettings, FakeClock, question } from '../session/fake-session.js';

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'rehearse-store-'));
const record = () =>
  createSession({
    id: 'sess-1',
    tool: 'rehearse test',
    startedAt: new FakeClock().wall(),
    settings: baseSettings,
    questions: [question('q1')],
    sources: [],
  });

describe('SessionStore', () => {
  // Fallback directories are made under the system temporary directory: a private one per test.
  const savedTmp = process.env.TMPDIR;
  let tmp = '';
  beforeEach(() => {
    tmp = temp();
    process.env.TMPDIR = tmp;
  });
  afterEach(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  });

  it('writes 0600 files in a 0700 directory it creates', () => {
    const dir = path.join(temp(), 'deep', 'sessions');
    const store = new SessionStore(dir);
    expect(store.saveSync(record())).toEqual({ path: path.join(dir, 'sess-1.yaml') });
    store.release();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(store.pathFor('sess-1')).mode & 0o777).toBe(0o600);
  });

  it('falls back to another directory, and says where, when the data directory cannot be written', () => {
    const blocker = path.join(temp(), 'not-a-dir');
    writeFileSync(blocker, 'a file where the data directory should be');
    const store = new SessionStore(path.join(blocker, 'sessions'));
    const report = store.saveSync(record());
    // A new directory with a unique name under the temporary directory, private to this user.
    const fallback = path.dirname(report.fallback?.path ?? '');
    expect(path.dirname(path.dirname(fallback))).toBe(tmp);
    expect(path.basename(path.dirname(fallback))).toMatch(/^rehearse-\d+-\w{6}$/);
    expect(statSync(path.dirname(fallback)).mode & 0o777).toBe(0o700);
    expect(report.path).toBe(report.fallback?.path);
    expect(report.fallback?.reason).toMatch(
      /cannot write to .*not-a-dir\/sessions: a file stands where a directory is needed/,
    );
    expect(readFileSync(path.join(fallback, 'sess-1.yaml'), 'utf8')).toContain('id: sess-1');
    // Later saves go straight to the fallback without complaint.
    expect(store.saveSync(record())).toEqual({ path: path.join(fallback, 'sess-1.yaml') });
    // And the fallback is found again when looking for sessions.
    expect(new SessionStore(path.join(blocker, 'sessions')).filesSync()).toEqual([
      path.join(fallback, 'sess-1.yaml'),
    ]);
    store.release();
  });

  it("keeps each data directory's fallback to itself, and reuses it", () => {
    const blocker = path.join(temp(), 'file');
    writeFileSync(blocker, '');
    const a = new SessionStore(path.join(blocker, 'a'));
    const b = new SessionStore(path.join(blocker, 'b'));
    const savedA = a.saveSync(record()).path;
    expect(new SessionStore(path.join(blocker, 'a')).filesSync()).toEqual([savedA]);
    expect(b.filesSync()).toEqual([]);
    const again = new SessionStore(path.join(blocker, 'a'));
    expect(again.saveSync({ ...record(), id: 'sess-2' }).path).toBe(
      path.join(path.dirname(savedA), 'sess-2.yaml'),
    );
    for (const s of [a, b, again]) s.release();
  });

  it('throws when the fallback fails too (the caller then prints the answers)', () => {
    const blocker = path.join(temp(), 'file');
    writeFileSync(blocker, '');
    process.env.TMPDIR = blocker;
    const store = new SessionStore(path.join(blocker, 'a'));
    expect(() => store.saveSync(record())).toThrow();
  });

  it('lists session files newest first and reads them back', async () => {
    const dir = temp();
    const store = new SessionStore(dir);
    const a = { ...record(), id: '20260101-000000-aaaa' };
    const b = { ...record(), id: '20260102-000000-bbbb' };
    store.saveSync(a);
    store.saveSync(b);
    const files = await store.files();
    expect(files.map((f) => path.basename(f))).toEqual([
      '20260102-000000-bbbb.yaml',
      '20260101-000000-aaaa.yaml',
    ]);
    expect((await store.load(files[0] as string)).id).toBe('20260102-000000-bbbb');
    store.release();
  });
});
