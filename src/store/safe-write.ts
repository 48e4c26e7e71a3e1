// The one way rehearse writes a file. A regular file or a new path is replaced atomically (a
// temporary file beside it, fsync, rename), so a crash or a full disk never leaves half a file. A
// device, FIFO or socket (`-o /dev/null`, `/dev/full`, a named pipe) is opened and written in
// place: renaming over it would replace the device itself, which as root is what CI runs as. A
// symbolic link is never written through, except a link to such a stream (`/dev/stdout`) when the
// caller allows it. Every write error (ENOSPC, EIO, EPIPE, …) is thrown as an Error with its code.
// write-file-atomic is not used because it resolves symlinks and renames over whatever it finds.
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { fsReason, WRITING } from './fs-errors.js';

export interface SafeWriteOptions {
  /** Mode of the file (kept exactly, whatever the umask); default 0600. */
  mode?: number;
  /** A symlink to a device or pipe (/dev/stdout) may be written through; never one to a file. */
  allowLinkToStream?: boolean;
  /**
   * Never replace anything: the new file is linked into place, which fails with EEXIST if any
   * path exists there by then, so no race can overwrite a file (rehearse import -o, rehearse new).
   */
  noReplace?: boolean;
}

/** An error the user can fix, with a code like fs errors have; the message is the reason. */
export class UnsafePathError extends Error {
  constructor(
    message: string,
    readonly code: 'ESYMLINK' | 'EISDIR' | 'ENOTREGULAR' | 'ENOTEMP',
  ) {
    super(message);
  }
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const isStream = (info: Stats) =>
  info.isCharacterDevice() || info.isBlockDevice() || info.isFIFO() || info.isSocket();

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

function writeInPlace(file: string, bytes: Uint8Array, follow: boolean): void {
  const flags = constants.O_WRONLY | (follow ? 0 : constants.O_NOFOLLOW);
  const fd = openSync(file, flags);
  try {
    writeAll(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

let counter = 0;

function writeAtomically(
  file: string,
  bytes: Uint8Array,
  mode: number,
  replaced: Stats | undefined,
  noReplace = false,
): void {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${counter++}.tmp`,
  );
  // O_EXCL with O_NOFOLLOW: the temporary file is new and ours, never a planted link.
  let fd: number;
  try {
    fd = openSync(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      mode,
    );
  } catch (error) {
    // ENOENT in a directory that exists (/proc): say that, not "no such directory".
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && lstatOrUndefined(path.dirname(file)))
      throw new UnsafePathError('no new file can be made in its directory', 'ENOTEMP');
    throw error;
  }
  try {
    try {
      fchmodSync(fd, mode);
      // As root (CI), a replaced file keeps its owner, as an edit in place would.
      if (replaced && process.getuid?.() === 0) fchownSync(fd, replaced.uid, replaced.gid);
      writeAll(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (noReplace) {
      linkSync(temp, file);
      unlinkSync(temp);
    } else renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}

export function writeFileSafeSync(
  file: string,
  data: string | Uint8Array,
  options: SafeWriteOptions = {},
): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const info = lstatOrUndefined(file);
  if (options.noReplace) {
    if (info) throw Object.assign(new Error('it already exists'), { code: 'EEXIST' });
    writeAtomically(file, bytes, options.mode ?? 0o600, undefined, true);
    return;
  }
  if (info?.isSymbolicLink()) {
    const target = options.allowLinkToStream
      ? statSync(file, { throwIfNoEntry: false })
      : undefined;
    if (target && isStream(target)) {
      writeInPlace(file, bytes, true);
      return;
    }
    throw new UnsafePathError(
      'it is a symbolic link, and rehearse does not write through links (name the real file, or remove the link)',
      'ESYMLINK',
    );
  }
  if (info?.isDirectory()) throw new UnsafePathError('it is a directory', 'EISDIR');
  if (info && isStream(info)) {
    writeInPlace(file, bytes, false);
    return;
  }
  if (info && !info.isFile()) throw new UnsafePathError('it is not a regular file', 'ENOTREGULAR');
  writeAtomically(file, bytes, options.mode ?? 0o600, info);
}

/** "cannot write to X: the disk is full", for any error a write can throw. */
export function describeFsError(error: unknown, where: string): string {
  if (error instanceof UnsafePathError) return `cannot write to ${where}: ${error.message}`;
  return `cannot write to ${where}: ${fsReason(error, WRITING)}`;
}
