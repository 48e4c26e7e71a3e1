import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFsError, writeFileSafeSync } from '../../src/store/safe-write.js';

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'rehearse-safe-write-'));

describe('writeFileSafeSync', () => {
  it('makes a new file with exactly the mode asked for, whatever the umask', () => {
    const file = path.join(temp(), 'new.yaml');
    const old = process.umask(0o077);
    try {
      writeFileSafeSync(file, 'x', { mode: 0o644 });
    } finally {
      process.umask(old);
    }
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it.each([
    ['a regular file', (f: string) => writeFileSync(f, 'mine')],
    ['a symbolic link', (f: string) => symlinkSync('elsewhere', f)],
    ['a directory', (f: string) => mkdirSync(f)],
  ])('noReplace: never replaces %s, and leaves no temporary file', (_, make) => {
    const dir = temp();
    const file = path.join(dir, 'a.yaml');
    make(file);
    const before = lstatSync(file);
    expect(() => writeFileSafeSync(file, 'new', { noReplace: true })).toThrow(
      expect.objectContaining({ code: 'EEXIST' }),
    );
    expect(lstatSync(file).ino).toBe(before.ino);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('noReplace: a new path gets the file, linked into place with its mode', () => {
    const dir = temp();
    const file = path.join(dir, 'new.yaml');
    writeFileSafeSync(file, 'fresh', { noReplace: true, mode: 0o644 });
    expect(readFileSync(file, 'utf8')).toBe('fresh');
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(statSync(file).nlink).toBe(1);
    expect(readdirSync(dir)).toEqual(['new.yaml']);
  });

  it('replaces a regular file whole, leaving no temporary file beside it', () => {
    const dir = temp();
    const file = path.join(dir, 'a.yaml');
    writeFileSync(file, 'old and longer');
    writeFileSafeSync(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it.each([
    [
      'a symbolic link to a file',
      (dir: string, file: string) => {
        writeFileSync(path.join(dir, 'target'), 'keep');
        symlinkSync(path.join(dir, 'target'), file);
      },
      /symbolic link/,
    ],
    ['a directory', (_: string, file: string) => mkdirSync(file), /it is a directory/],
    [
      'a dangling symbolic link',
      (dir: string, file: string) => {
        symlinkSync(path.join(dir, 'nowhere'), file);
      },
      /symbolic link/,
    ],
  ])('refuses %s', (_, make, message) => {
    const dir = temp();
    const file = path.join(dir, 'out');
    make(dir, file);
    expect(() => writeFileSafeSync(file, 'x')).toThrow(message);
    expect(() => writeFileSafeSync(file, 'x', { allowLinkToStream: true })).toThrow(message);
    if (lstatSync(file).isSymbolicLink()) expect(readdirSync(dir)).not.toContain('nowhere');
  });

  it('writes a device in place and reports its errors', () => {
    writeFileSafeSync('/dev/null', 'gone');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    let error: unknown;
    try {
      writeFileSafeSync('/dev/full', 'x');
    } catch (e) {
      error = e;
    }
    expect(describeFsError(error, '/dev/full')).toBe('cannot write to /dev/full: the disk is full');
  });

  it('says why a directory cannot take the file', () => {
    const dir = temp();
    chmodSync(dir, 0o700);
    let error: unknown;
    try {
      writeFileSafeSync(path.join(dir, 'missing', 'x.yaml'), 'x');
    } catch (e) {
      error = e;
    }
    expect(describeFsError(error, 'x.yaml')).toBe(
      'cannot write to x.yaml: its directory does not exist',
    );
  });
});

describe('writeFileSafeSync as root', () => {
  it.skipIf(process.getuid?.() !== 0)('keeps the owner of a file it replaces', () => {
    const file = path.join(temp(), 'theirs.yaml');
    writeFileSync(file, 'old');
    chownSync(file, 65534, 65534);
    writeFileSafeSync(file, 'new', { mode: 0o644 });
    expect(statSync(file)).toMatchObject({ uid: 65534, gid: 65534 });
  });
});
