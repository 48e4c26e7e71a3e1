// The remembered interview date: atomic 0600 file, never written through a symlink or over a
// non-file, clear messages for a broken file.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearSavedPlan, readSavedPlan, saveSavedPlan } from '../../src/store/interview-date.js';

const home = () => mkdtempSync(path.join(os.tmpdir(), 'rehearse-plan-date-'));

describe('the saved interview date', () => {
  it('round-trips, 0600 in a 0700 directory, and clears', () => {
    const h = path.join(home(), 'data');
    const env = { REHEARSE_HOME: h };
    expect(readSavedPlan(env)).toBeUndefined();
    saveSavedPlan(env, { interview: '2026-12-04', perDay: 4 });
    expect(readSavedPlan(env)).toEqual({ interview: '2026-12-04', perDay: 4 });
    expect(statSync(path.join(h, 'plan.json')).mode & 0o777).toBe(0o600);
    expect(statSync(h).mode & 0o777).toBe(0o700);
    expect(clearSavedPlan(env)).toBe(true);
    expect(clearSavedPlan(env)).toBe(false);
    expect(readSavedPlan(env)).toBeUndefined();
  });

  it('refuses to write through a symlink, and leaves its target alone', () => {
    const h = home();
    const target = path.join(h, 'elsewhere.txt');
    writeFileSync(target, 'keep me');
    symlinkSync(target, path.join(h, 'plan.json'));
    const env = { REHEARSE_HOME: h };
    expect(() => saveSavedPlan(env, { interview: '2026-12-04' })).toThrow(/not a regular file/);
    expect(() => readSavedPlan(env)).toThrow(/not a regular file/);
    expect(() => clearSavedPlan(env)).toThrow(/not a regular file/);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(lstatSync(path.join(h, 'plan.json')).isSymbolicLink()).toBe(true);
  });

  it('refuses a directory where the file should be', () => {
    const h = home();
    mkdirSync(path.join(h, 'plan.json'));
    expect(() => saveSavedPlan({ REHEARSE_HOME: h }, { interview: '2026-12-04' })).toThrow(
      /not a regular file/,
    );
    expect(existsSync(path.join(h, 'plan.json'))).toBe(true);
  });

  it.each([
    ['not JSON', '{oops', /is not readable .*plan --clear/],
    ['no date', '{"per_day": 3}', /no valid interview date/],
    ['an impossible date', '{"interview": "2026-02-30"}', /no valid interview date/],
  ])('names the file when it holds %s', (_name, text, message) => {
    const h = home();
    writeFileSync(path.join(h, 'plan.json'), text);
    expect(() => readSavedPlan({ REHEARSE_HOME: h })).toThrow(message);
  });
});
