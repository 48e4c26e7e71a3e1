// One writer per session file. A lock file beside the session (`<file>.lock`) holds the pid, host
// and start time of the process that has it open; it is created atomically (O_EXCL, no links
// followed), so of two terminals exactly one gets it. A lock is stale, and taken over with a note,
// when its process is gone (same host), or when it is on another host and older than the
// session's last save by a day. It is removed on every exit path: normal end, errors, and signals
// (their handlers end with process.exit, which runs the 'exit' listeners). proper-lockfile was
// considered: its staleness is an mtime kept fresh by a timer, with no pid or host to say where a
// session is open, which is what the user needs to read.
import {
  closeSync,
  constants,
  lstatSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import { InputError } from '../base/errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface LockOwner {
  pid: number;
  host: string;
  started_at: string;
}

function lockedMessage(file: string, owner: LockOwner | undefined): string {
  if (!owner)
    return `${file} is being opened in another terminal right now; try again in a moment (or remove ${file}.lock if nothing else runs)`;
  if (owner.host === os.hostname())
    return `${file} is open in another terminal (process ${owner.pid}, since ${owner.started_at}); finish or quit it there first (if no rehearse runs as process ${owner.pid}, remove ${file}.lock)`;
  return `${file} is open on ${owner.host} (process ${owner.pid}, since ${owner.started_at}); finish or quit it there first, or, if that session is dead, remove ${file}.lock`;
}

/** The session is open in another live process; the message says where. */
export class SessionLockedError extends InputError {
  readonly file: string;
  readonly owner: LockOwner | undefined;

  constructor(file: string, owner: LockOwner | undefined) {
    super(lockedMessage(file, owner));
    this.file = file;
    this.owner = owner;
  }
}

export const lockPathFor = (file: string) => `${file}.lock`;

function readOwner(lockFile: string): LockOwner | undefined {
  try {
    const data = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
    if (typeof data.pid === 'number' && typeof data.host === 'string')
      return { pid: data.pid, host: data.host, started_at: String(data.started_at ?? '') };
  } catch {
    // unreadable or half-written: judged by its age below
  }
  return undefined;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function mtimeMs(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Why the lock is stale, or undefined while its owner may still be writing. */
function staleReason(lockFile: string, sessionFile: string, owner: LockOwner | undefined) {
  if (!owner) {
    // A lock without readable content is being written right now, or was left by a crash.
    const age = Date.now() - (mtimeMs(lockFile) ?? 0);
    return age > 10_000 ? 'an unreadable lock file' : undefined;
  }
  if (owner.host === os.hostname()) {
    // This very process (an earlier command run in-process, as tests do): not another terminal.
    if (owner.pid === process.pid) return 'left by this process';
    return processAlive(owner.pid) ? undefined : `process ${owner.pid} is gone`;
  }
  const started = Date.parse(owner.started_at);
  const saved = mtimeMs(sessionFile);
  if (Number.isFinite(started) && saved !== undefined && saved - started > DAY_MS)
    return `its lock from ${owner.host} is more than a day older than the last save`;
  return undefined;
}

export interface SessionLock {
  readonly file: string;
  /** Set when a stale lock was taken over: say so to the user. */
  readonly note?: string;
  release(): void;
}

function create(lockFile: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(
      lockFile,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o600,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(owner)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Takes the lock of a session file, or throws SessionLockedError naming where it is open. */
export function acquireSessionLock(sessionFile: string): SessionLock {
  const lockFile = lockPathFor(sessionFile);
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    started_at: new Date().toISOString(),
  };
  let note: string | undefined;
  for (let attempt = 0; !create(lockFile, owner); attempt++) {
    const holder = readOwner(lockFile);
    const stale = staleReason(lockFile, sessionFile, holder);
    if (!stale || attempt > 2) {
      throw new SessionLockedError(sessionFile, holder);
    }
    // A link or anything but a file is never removed on someone's behalf.
    if (!lstatSync(lockFile).isFile())
      throw new InputError(`${lockFile} is not a regular file; remove it`);
    // Another process may have taken it over meanwhile: judge it again rather than remove theirs.
    if (JSON.stringify(readOwner(lockFile)) !== JSON.stringify(holder)) continue;
    unlinkSync(lockFile);
    if (holder?.pid !== process.pid) note = `took over a stale lock on ${sessionFile} (${stale})`;
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    // Only our own lock is removed: another process may have taken over a lock we lost.
    if (JSON.stringify(readOwner(lockFile)) === JSON.stringify(owner)) {
      try {
        unlinkSync(lockFile);
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', release);
  return { file: sessionFile, ...(note ? { note } : {}), release };
}
