// The one way rehearse reads a file it was pointed at (question files, interview scripts and their
// sources, session files, scorecards). Only regular files are read; the open does not block (a
// FIFO would otherwise wait for a writer forever) and the size is checked before any byte is
// read, so `/dev/zero`, a FIFO or a huge file is refused in milliseconds with a reason.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../core/load/preflight.js';
import { FILE_START, type Problem } from '../core/problem.js';
import { fsReason } from './fs-errors.js';

/** Session files and scorecards hold typed answers and may be larger; still a bound. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

export type ReadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; rule: 'unreadable' | 'too-large'; reason: string };

function formatSize(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Reads a regular file of at most `limit` bytes, or says why it cannot. Never throws. */
export function readRegularFile(absolute: string, limit = MAX_FILE_BYTES): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, rule: 'unreadable', reason: 'it is a directory' };
    if (!info.isFile())
      return {
        ok: false,
        rule: 'unreadable',
        reason: 'it is not a regular file',
      };
    if (info.size > limit) return tooLarge(info.size, limit);
    // Read at most limit + 1 bytes: a file that grows while it is read (or a /proc file that
    // claims size 0) is still bounded.
    let buffer = Buffer.allocUnsafe(Math.min(info.size, limit) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2 + 65536));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > limit) return tooLarge(length, limit);
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, rule: 'unreadable', reason: fsReason(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tooLarge(size: number, limit: number): ReadResult {
  const shown = size > limit + 1 ? formatSize(size) : `over ${formatSize(limit)}`;
  return {
    ok: false,
    rule: 'too-large',
    reason: `file is ${shown}, over the ${formatSize(limit).replace('.0 ', ' ')} limit`,
  };
}

/** The file's bytes, or the positioned problem that stops it being read (lint reports it like
 * any other problem). `kind` names what the file should be, for the size message. */
export function readOrProblem(
  absolute: string,
  shown: string,
  kind = 'question file',
): Uint8Array | Problem {
  const read = readRegularFile(absolute);
  if (read.ok) return read.bytes;
  const message =
    read.rule === 'too-large'
      ? `${read.reason} for a ${kind}; split it into several files`
      : `cannot read file: ${read.reason}`;
  return { file: shown, rule: read.rule, severity: 'error', message, ...FILE_START };
}
