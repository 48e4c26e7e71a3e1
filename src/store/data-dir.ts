// The directories rehearse keeps answers in are private, as ssh treats ~/.ssh: created 0700, and
// one that is a symbolic link, belongs to someone else or can be written by others is refused
// with what to fix, never chmod-ed or followed. When the data directory cannot be written, a
// fallback is made under the system temporary directory with a unique name (mkdtemp), so that
// nobody can plant it beforehand; fallbacks are found again by prefix, owner and mode.
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  type Stats,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../base/errors.js';
import { writeFileSafeSync } from './safe-write.js';

const DIR_MODE = 0o700;

/** A data directory rehearse will not use, with what the user should do about it. */
export class UnsafeDirError extends InputError {
  readonly code = 'EUNSAFEDIR';
}

const uid = () => (typeof process.getuid === 'function' ? process.getuid() : undefined);

/** Why a directory may not hold answers, or undefined when it may. */
export function unsafeReason(dir: string, info: Stats): string | undefined {
  if (info.isSymbolicLink())
    return `${dir} is a symbolic link; rehearse keeps answers only in a real directory (replace the link with a directory, or set REHEARSE_HOME to one)`;
  if (!info.isDirectory())
    return `${dir} is not a directory (move it away, or set REHEARSE_HOME to a directory)`;
  const me = uid();
  if (me !== undefined && info.uid !== me)
    return `${dir} belongs to another user (uid ${info.uid}); use a directory of your own (set REHEARSE_HOME), or chown it`;
  if (info.mode & 0o022)
    return `${dir} can be written by other users (mode ${(info.mode & 0o7777).toString(8)}); rehearse keeps answers only in a private directory: if it is yours alone, run "chmod 700 ${dir}", else set REHEARSE_HOME to a directory of your own`;
  return undefined;
}

function lstatOrUndefined(dir: string): Stats | undefined {
  try {
    return lstatSync(dir);
  } catch (error) {
    // Missing, or under a file: mkdir will fail with the reason, and the fallback takes over.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** Throws UnsafeDirError when an existing directory among `dirs` may not hold answers. */
export function assertSafeDirs(dirs: readonly string[]): void {
  for (const dir of dirs) {
    const info = lstatOrUndefined(dir);
    const reason = info && unsafeReason(dir, info);
    if (reason) throw new UnsafeDirError(reason);
  }
}

/** Makes `dir` (0700) if missing, refuses it if unsafe, and makes an owned one private: the mode
 * is changed through a descriptor opened without following links, never through a path. */
export function ensurePrivateDir(dir: string): void {
  if (!lstatOrUndefined(dir)) mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  const info = lstatSync(dir);
  const reason = unsafeReason(dir, info);
  if (reason) throw new UnsafeDirError(reason);
  if ((info.mode & 0o777) === DIR_MODE) return;
  const fd = openSync(dir, constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW);
  try {
    const opened = fstatSync(fd);
    if (opened.ino !== info.ino || opened.dev !== info.dev)
      throw new UnsafeDirError(`${dir} changed while rehearse was checking it; try again`);
    fchmodSync(fd, DIR_MODE);
  } finally {
    closeSync(fd);
  }
}

const fallbackPrefix = () => `rehearse-${uid() ?? os.userInfo().username}-`;
// Each fallback names the data directory it stands in for, so that sessions saved for one home
// are found again for that home only (tests and other users of REHEARSE_HOME keep theirs apart).
const ORIGIN_FILE = 'origin';

/** This user's private fallback directory for `origin` (the data directory that failed), made
 * with a unique name (mkdtemp) when there is none yet: e.g. /tmp/rehearse-1000-Ab3xYz/sessions. */
export function createFallbackDir(kind: string, origin: string): string {
  const existing = existingFallbackDirs(kind, origin)[0];
  if (existing) {
    ensurePrivateDir(existing);
    return existing;
  }
  const base = mkdtempSync(path.join(os.tmpdir(), fallbackPrefix()));
  const reason = unsafeReason(base, lstatSync(base));
  if (reason) throw new UnsafeDirError(reason);
  writeFileSafeSync(path.join(base, ORIGIN_FILE), `${origin}\n`, { mode: 0o600 });
  const dir = path.join(base, kind);
  ensurePrivateDir(dir);
  return dir;
}

function originOf(base: string): string | undefined {
  try {
    const file = path.join(base, ORIGIN_FILE);
    if (!lstatSync(file).isFile()) return undefined;
    return readFileSync(file, 'utf8').trimEnd();
  } catch {
    return undefined;
  }
}

/** Earlier fallback directories of this user for `origin` and `kind` that are still private. */
export function existingFallbackDirs(kind: string, origin: string): string[] {
  const tmp = os.tmpdir();
  let names: string[];
  try {
    names = readdirSync(tmp);
  } catch {
    return [];
  }
  const prefix = fallbackPrefix();
  return names
    .filter((n) => n.startsWith(prefix))
    .flatMap((n) => {
      const base = path.join(tmp, n);
      const dir = path.join(base, kind);
      const baseInfo = lstatOrUndefined(base);
      if (!baseInfo || unsafeReason(base, baseInfo) || originOf(base) !== origin) return [];
      const info = lstatOrUndefined(dir);
      if (info && unsafeReason(dir, info)) return [];
      return [dir];
    });
}
