// Every attempt at one question across sessions, oldest first: what `history --question` lists
// and `review --question --attempts` compares. Pure.

import { wordsPerMinute } from '../compare/insights.js';
import { countWords } from '../compare/words.js';
import type { SessionRecord } from '../session/record.js';

export interface AttemptLine {
  sessionId: string;
  startedAt: string;
  status: 'answered' | 'skipped';
  mode: 'typed' | 'aloud';
  rating?: number;
  /** Share of key points covered, 0–1. */
  coverage?: number;
  wordsPerMinute?: number;
  answerSeconds?: number;
  limitSeconds?: number;
  overtimeSeconds?: number;
  /** The typed answer, or the note written after a spoken one. */
  text?: string;
}

export function attemptsAt(records: readonly SessionRecord[], id: string): AttemptLine[] {
  const lines: AttemptLine[] = [];
  for (const r of records) {
    for (const q of r.questions) {
      if (q.id !== id || (q.status !== 'answered' && q.status !== 'skipped')) continue;
      const points = q.key_points?.length ?? 0;
      const text = q.mode === 'aloud' ? q.note : q.answer;
      const wpm =
        q.mode === 'typed' && typeof q.answer === 'string'
          ? wordsPerMinute(countWords(q.answer), q.answer_seconds)
          : undefined;
      lines.push({
        sessionId: String(r.id),
        startedAt: String(r.started_at),
        status: q.status,
        mode: q.mode,
        ...(typeof q.self_rating === 'number' ? { rating: q.self_rating } : {}),
        ...(points && Array.isArray(q.coverage?.covered)
          ? { coverage: q.coverage.covered.length / points }
          : {}),
        ...(wpm === undefined ? {} : { wordsPerMinute: wpm }),
        ...(typeof q.answer_seconds === 'number' ? { answerSeconds: q.answer_seconds } : {}),
        ...(typeof q.time_limit_seconds === 'number' ? { limitSeconds: q.time_limit_seconds } : {}),
        ...(q.overtime_seconds ? { overtimeSeconds: q.overtime_seconds } : {}),
        ...(typeof text === 'string' ? { text } : {}),
      });
    }
  }
  return lines.sort(
    (a, b) => a.startedAt.localeCompare(b.startedAt) || a.sessionId.localeCompare(b.sessionId),
  );
}
