// Where sessions (and scorecards) live on disk. Every write goes through safe-write (atomic onto a
// regular file, mode 0600) into a private 0700 directory (data-dir), under the session's lock
// (session-lock). When the data directory cannot be written, a new private fallback directory is
// used, and the path a record landed in is reported, so that what is printed is where it is.
// Reading looks in the data directory and in this user's fallback directories, taking the most
// recently saved copy of each session.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../base/errors.js';
import type { SessionRecord } from '../core/session/record.js';
import {
  assertSafeDirs,
  createFallbackDir,
  ensurePrivateDir,
  existingFallbackDirs,
  UnsafeDirError,
} from './data-dir.js';
import { sessionsDir } from './paths.js';
import { MAX_RECORD_BYTES, readRegularFile } from './read-file.js';
import { describeFsError, UnsafePathError, writeFileSafeSync } from './safe-write.js';
import { parseSession, SessionFileError, serializeSession } from './session-file.js';
import { acquireSessionLock, type SessionLock, SessionLockedError } from './session-lock.js';

export { describeFsError } from './safe-write.js';

/** A record file's bytes through the one reader, or a SessionFileError saying why not. */
export function readRecordBytes(file: string): Uint8Array {
  const read = readRegularFile(file, MAX_RECORD_BYTES);
  if (!read.ok) throw new SessionFileError(`cannot read ${file}: ${read.reason}`);
  return read.bytes;
}

const FILE_MODE = 0o600;

export interface SaveReport {
  /** Where the record now is. */
  path: string;
  /** Set when the primary directory failed and the record went elsewhere. */
  fallback?: { path: string; reason: string };
  /** Set when a stale lock was taken over on the way. */
  note?: string;
}

/** How one kind of record is written to and read from a file. */
export interface RecordFormat<T> {
  serialize(record: T): string;
  parse(content: Uint8Array | string, file: string): T;
}

const SESSION_FORMAT: RecordFormat<SessionRecord> = {
  serialize: serializeSession,
  parse: parseSession,
};

export interface StoreOptions {
  /** rehearse's own directory (made private, with fallbacks); false for a directory the user
   * named by giving a session file's path, which is written to but never created or chmod-ed. */
  owned?: boolean;
  /** Directories above `dir` that must be safe too (the data directory itself). */
  guard?: readonly string[];
}

const yamlNames = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.yaml'));
  } catch {
    return [];
  }
};

const mtime = (file: string): number => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

export class RecordStore<T extends { id: string }> {
  private active: string;
  private fellBack = false;
  private readonly locks = new Map<string, SessionLock>();
  private readonly owned: boolean;

  constructor(
    readonly dir: string,
    private readonly kind: string,
    private readonly format: RecordFormat<T>,
    private readonly options: StoreOptions = {},
  ) {
    this.active = dir;
    this.owned = options.owned ?? true;
  }

  /** The directory records are currently written to (the fallback after a failure). */
  get currentDir(): string {
    return this.active;
  }

  pathFor(id: string): string {
    return path.join(this.active, `${id}.yaml`);
  }

  /** Refuses (UnsafeDirError) a data directory that is a link, someone else's or writable by
   * others; call before starting work that will be saved there. */
  checkSafe(): void {
    if (!this.owned) return;
    for (const dir of [...(this.options.guard ?? []), this.dir]) assertSafeDirs([dir]);
  }

  /** Takes the lock of a record's file (refusing with SessionLockedError when it is open
   * elsewhere); kept until release() or the process ends. Returns a note on a takeover. */
  lock(file: string): string | undefined {
    if (this.locks.has(file)) return undefined;
    try {
      const lock = acquireSessionLock(file);
      this.locks.set(file, lock);
      return lock.note;
    } catch (error) {
      if (error instanceof SessionLockedError) throw error;
      // A directory where no lock can be made (read-only) cannot be written by anyone either.
      return undefined;
    }
  }

  release(): void {
    for (const lock of this.locks.values()) lock.release();
    this.locks.clear();
  }

  private writeTo(file: string, text: string): string | undefined {
    if (this.owned) {
      for (const dir of this.options.guard ?? []) assertSafeDirs([dir]);
      ensurePrivateDir(path.dirname(file));
    }
    const note = this.lock(file);
    writeFileSafeSync(file, text, { mode: FILE_MODE });
    return note;
  }

  /** Atomic, synchronous save: safe inside signal handlers. Falls back once, then throws. */
  saveSync(record: T): SaveReport {
    const text = this.format.serialize(record);
    const file = this.pathFor(record.id);
    try {
      const note = this.writeTo(file, text);
      return { path: file, ...(note ? { note } : {}) };
    } catch (error) {
      if (error instanceof SessionLockedError || this.fellBack) throw error;
      // A link (or a device) where the record should be is refused, not worked around.
      if (error instanceof UnsafePathError) throw new InputError(describeFsError(error, file));
      const reason =
        error instanceof UnsafeDirError ? error.message : describeFsError(error, this.active);
      this.active = createFallbackDir(this.kind, this.dir);
      this.fellBack = true;
      const moved = this.pathFor(record.id);
      this.writeTo(moved, text);
      return { path: moved, fallback: { path: moved, reason } };
    }
  }

  async save(record: T): Promise<SaveReport> {
    // The sync path is small and keeps the fallback logic in one place; answers are kilobytes.
    return this.saveSync(record);
  }

  async load(file: string): Promise<T> {
    return this.loadSync(file);
  }

  /** Reads (through the one reader) and validates one file; a SessionFileError says where it
   * is wrong. */
  loadSync(file: string): T {
    return this.format.parse(readRecordBytes(file), file);
  }

  /** Where records are looked for: the directory, then this user's private fallbacks. */
  searchDirs(): string[] {
    return [this.dir, ...existingFallbackDirs(this.kind, this.dir)];
  }

  /** Copies of the record `id`, the most recently saved first. */
  filesFor(id: string): string[] {
    return this.searchDirs()
      .map((d) => path.join(d, `${id}.yaml`))
      .filter((f) => mtime(f) > 0)
      .sort((a, b) => mtime(b) - mtime(a));
  }

  filesSync(): string[] {
    // One file per record: where a record was saved in several places, the latest copy.
    const newest = new Map<string, string>();
    for (const dir of this.searchDirs()) {
      for (const name of yamlNames(dir)) {
        const file = path.join(dir, name);
        const seen = newest.get(name);
        if (!seen || mtime(file) > mtime(seen)) newest.set(name, file);
      }
    }
    return [...newest.keys()]
      .sort()
      .reverse()
      .map((n) => newest.get(n) as string);
  }

  /** Record files, newest first by name (names start with the time). */
  async files(): Promise<string[]> {
    return this.filesSync();
  }
}

export class SessionStore extends RecordStore<SessionRecord> {
  constructor(dir: string, options: StoreOptions = {}) {
    super(dir, 'sessions', SESSION_FORMAT, options);
  }
}

/** The sessions directory under rehearse's data directory, with the data directory guarded too. */
export function homeSessionStore(env: Readonly<Record<string, string | undefined>>): SessionStore {
  const dir = sessionsDir(env);
  return new SessionStore(dir, { guard: [path.dirname(dir)] });
}
