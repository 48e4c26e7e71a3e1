import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
  it('writes 0600 files in a 0700 directory it creates', () => {
    const dir = path.join(temp(), 'deep', 'sessions');
    const store = new SessionStore(dir, path.join(temp(), 'fallback'));
    expect(store.saveSync(record())).toEqual({});
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(store.pathFor('sess-1')).mode & 0o777).toBe(0o600);
  });

  it('falls back to another directory, and says where, when the data directory cannot be written', () => {
    const blocker = path.join(temp(), 'not-a-dir');
    writeFileSync(blocker, 'a file where the data directory should be');
    const fallback = path.join(temp(), 'fallback');
    const store = new SessionStore(path.join(blocker, 'sessions'), fallback);
    const report = store.saveSync(record());
    expect(report.fallback?.path).toBe(path.join(fallback, 'sess-1.yaml'));
    expect(report.fallback?.reason).toMatch(
      /cannot write to .*not-a-dir\/sessions: a file stands where a directory is needed/,
    );
    expect(readFileSync(path.join(fallback, 'sess-1.yaml'), 'utf8')).toContain('id: sess-1');
    // Later saves go straight to the fallback without complaint.
    expect(store.saveSync(record())).toEqual({});
  });

  it('throws when the fallback fails too (the caller then prints the answers)', () => {
    const blocker = path.join(temp(), 'file');
    writeFileSync(blocker, '');
    const store = new SessionStore(path.join(blocker, 'a'), path.join(blocker, 'b'));
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
  });
});
