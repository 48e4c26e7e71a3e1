// The little that history and stats need from a session file, small enough to cache. Pure.
import { contentHash } from '../questions/content-hash.js';
import type { SessionRecord } from '../session/record.js';

export interface QuestionDigest {
  id: string;
  tags: string[];
  status: string;
  rating?: number;
  /** Share of key points covered, 0–1, when the question has key points and a typed answer. */
  coverage?: number;
  answerSeconds?: number;
  limitSeconds?: number;
  overtimeSeconds?: number;
  /** Cut off by a hard time limit. */
  timedOut?: boolean;
  /** contentHash of the prompt and key points as asked (absent in older digests). */
  hash?: string;
}

export interface SessionDigest {
  id: string;
  kind: 'practice';
  startedAt: string;
  status: string;
  packs: string[];
  elapsedSeconds: number;
  questions: QuestionDigest[];
}

export function digestSession(record: SessionRecord): SessionDigest {
  return {
    id: record.id,
    kind: 'practice',
    startedAt: record.started_at,
    status: record.status,
    packs: (record.sources ?? []).map((s) => s.path),
    elapsedSeconds: record.elapsed_seconds ?? 0,
    questions: record.questions.map((q) => {
      const points = q.key_points?.length ?? 0;
      const covered = q.coverage?.covered.length;
      return {
        id: q.id,
        tags: q.tags ?? [],
        status: q.status,
        ...(typeof q.self_rating === 'number' ? { rating: q.self_rating } : {}),
        ...(points && covered !== undefined ? { coverage: covered / points } : {}),
        ...(q.answer_seconds === undefined ? {} : { answerSeconds: q.answer_seconds }),
        ...(typeof q.time_limit_seconds === 'number' ? { limitSeconds: q.time_limit_seconds } : {}),
        ...(q.overtime_seconds ? { overtimeSeconds: q.overtime_seconds } : {}),
        ...(q.timed_out ? { timedOut: true } : {}),
        hash: contentHash(q.prompt ?? '', q.key_points),
      };
    }),
  };
}
