// The sessions that asked one question: the digest line says which files to parse in full, so
// the rest are never parsed.
import { readFileSync } from 'node:fs';
import type { SessionRecord } from '../core/session/record.js';
import { parseSession, readDigest, SessionFileError } from './session-file.js';
import type { SessionStore } from './session-store.js';

export interface QuestionSessions {
  records: SessionRecord[];
  unreadable: { file: string; reason: string }[];
}

export function sessionsWithQuestion(store: SessionStore, id: string): QuestionSessions {
  const records: SessionRecord[] = [];
  const unreadable: QuestionSessions['unreadable'] = [];
  for (const file of store.filesSync()) {
    try {
      const text = readFileSync(file, 'utf8');
      if (readDigest(text, file).questions.some((q) => q.id === id))
        records.push(parseSession(text, file));
    } catch (error) {
      if (!(error instanceof SessionFileError)) throw error;
      unreadable.push({ file, reason: error.message });
    }
  }
  return { records, unreadable };
}
