// Digests of every session in a store, for history and stats: one fast read per file, never
// fatal for a file that is not a session.
import type { SessionDigest } from '../core/history/digest.js';
import { readDigest, SessionFileError } from './session-file.js';
import { readRecordBytes, type SessionStore } from './session-store.js';

export interface DigestResult {
  digests: SessionDigest[];
  unreadable: { file: string; reason: string }[];
}

export function loadDigests(store: SessionStore): DigestResult {
  const digests: SessionDigest[] = [];
  const unreadable: DigestResult['unreadable'] = [];
  for (const file of store.filesSync()) {
    try {
      digests.push(readDigest(readRecordBytes(file), file));
    } catch (error) {
      if (!(error instanceof SessionFileError)) throw error;
      unreadable.push({ file, reason: error.message });
    }
  }
  return { digests, unreadable };
}
