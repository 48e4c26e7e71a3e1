// Where sessions (and scorecards) live on disk. Every write is atomic (temp file, fsync, rename)
// with mode 0600 in a 0700 directory; when the data directory cannot be written, a fallback
// directory is used and named.
import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { SessionRecord } from '../core/session/record.js';
import { fsReason } from './fs-errors.js';
import { MAX_RECORD_BYTES, readRegularFile } from './read-file.js';
import { parseSession, SessionFileError, serializeSession } from './session-file.js';

/** A record file's bytes through the one reader, or a SessionFileError saying why not. */
export function readRecordBytes(file: string): Uint8Array {
  const read = readRegularFile(file, MAX_RECORD_BYTES);
  if (!read.ok) throw new SessionFileError(`cannot read ${file}: ${read.reason}`);
  return read.bytes;
}

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

export interface SaveReport {
  /** Set when the primary directory failed and the session went elsewhere. */
  fallback?: { path: string; reason: string };
}

export function fallbackSessionsDir(kind = 'sessions'): string {
  const user =
    typeof process.getuid === 'function' ? String(process.getuid()) : os.userInfo().username;
  return path.join(os.tmpdir(), `rehearse-${user}`, kind);
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

function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  chmodSync(dir, DIR_MODE);
}

export class RecordStore<T extends { id: string }> {
  private active: string;

  constructor(
    readonly dir: string,
    private readonly fallbackDir: string,
    private readonly format: RecordFormat<T>,
  ) {
    this.active = dir;
  }

  /** The directory sessions are currently written to (the fallback after a failure). */
  get currentDir(): string {
    return this.active;
  }

  pathFor(id: string): string {
    return path.join(this.active, `${id}.yaml`);
  }

  /** Atomic, synchronous save: safe inside signal handlers. Falls back once, then throws. */
  saveSync(record: T): SaveReport {
    const text = this.format.serialize(record);
    try {
      ensureDir(this.active);
      writeFileAtomic.sync(this.pathFor(record.id), text, { mode: FILE_MODE, fsync: true });
      return {};
    } catch (error) {
      if (this.active === this.fallbackDir) throw error;
      const reason = describeFsError(error, this.active);
      this.active = this.fallbackDir;
      ensureDir(this.active);
      writeFileAtomic.sync(this.pathFor(record.id), text, { mode: FILE_MODE, fsync: true });
      return { fallback: { path: this.pathFor(record.id), reason } };
    }
  }

  async save(record: T): Promise<SaveReport> {
    // The sync path is small and keeps the fallback logic in one place; answers are kilobytes.
    return this.saveSync(record);
  }

  async load(file: string): Promise<T> {
    return this.loadSync(file);
  }

  /** Reads and validates one file; a SessionFileError says where it is wrong. */
  loadSync(file: string): T {
    return this.format.parse(readRecordBytes(file), file);
  }

  /** Session files in this store, newest first by name (names start with the time). */
  async files(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names
      .filter((n) => n.endsWith('.yaml'))
      .sort()
      .reverse()
      .map((n) => path.join(this.dir, n));
  }

  filesSync(): string[] {
    try {
      return readdirSync(this.dir)
        .filter((n) => n.endsWith('.yaml'))
        .sort()
        .reverse()
        .map((n) => path.join(this.dir, n));
    } catch {
      return [];
    }
  }
}

export class SessionStore extends RecordStore<SessionRecord> {
  constructor(dir: string, fallbackDir: string = fallbackSessionsDir()) {
    super(dir, fallbackDir, SESSION_FORMAT);
  }
}

export function describeFsError(error: unknown, where: string): string {
  return `cannot write to ${where}: ${fsReason(error)}`;
}
