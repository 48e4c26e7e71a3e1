// A cache of session digests keyed by file name, size and modification time, so that history and
// stats read only the session files that changed since the last run. A missing, stale or corrupt
// cache is rebuilt; it never holds anything that is not also in the session files.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { digestSession, type SessionDigest } from '../core/history/digest.js';
import { SessionFileError } from './session-file.js';
import type { SessionStore } from './session-store.js';

const INDEX_VERSION = 2;

interface IndexEntry {
  size: number;
  mtimeMs: number;
  digest: SessionDigest | null;
}

interface IndexFile {
  version: number;
  entries: Record<string, IndexEntry>;
}

function readIndex(file: string): IndexFile {
  try {
    const index = JSON.parse(readFileSync(file, 'utf8')) as IndexFile;
    if (index.version === INDEX_VERSION && index.entries && typeof index.entries === 'object')
      return index;
  } catch {
    // Missing or corrupt: rebuild.
  }
  return { version: INDEX_VERSION, entries: {} };
}

export interface DigestResult {
  digests: SessionDigest[];
  /** Files that could not be read as sessions (shown as warnings, never fatal). */
  unreadable: { file: string; reason: string }[];
  parsed: number;
}

export function loadDigests(store: SessionStore, indexFile: string): DigestResult {
  const index = readIndex(indexFile);
  const next: IndexFile = { version: INDEX_VERSION, entries: {} };
  const digests: SessionDigest[] = [];
  const unreadable: DigestResult['unreadable'] = [];
  let parsed = 0;
  for (const file of store.filesSync()) {
    const name = path.basename(file);
    const info = statSync(file, { throwIfNoEntry: false });
    if (!info) continue;
    const cached = index.entries[name];
    let entry: IndexEntry;
    if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) {
      entry = cached;
    } else {
      parsed++;
      try {
        entry = {
          size: info.size,
          mtimeMs: info.mtimeMs,
          digest: digestSession(store.loadSync(file)),
        };
      } catch (error) {
        if (!(error instanceof SessionFileError)) throw error;
        entry = { size: info.size, mtimeMs: info.mtimeMs, digest: null };
      }
    }
    next.entries[name] = entry;
    if (entry.digest) digests.push(entry.digest);
    else unreadable.push({ file, reason: 'not a readable session file' });
  }
  if (parsed > 0 || Object.keys(index.entries).length !== Object.keys(next.entries).length) {
    try {
      mkdirSync(path.dirname(indexFile), { recursive: true, mode: 0o700 });
      writeFileAtomic.sync(indexFile, JSON.stringify(next), { mode: 0o600 });
    } catch {
      // A cache that cannot be written only costs speed next time.
    }
  }
  return { digests, unreadable, parsed };
}
