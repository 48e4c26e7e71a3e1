// The session file's content model (format version 1). Field order is the order written to disk:
// each answer sits directly above its example answer so the file reads as a comparison.
import type { KeyPoint } from '../questions/key-points.js';
import type { Pause } from './timer.js';

export const SESSION_FORMAT = 1;

export type QuestionStatus = 'pending' | 'in-progress' | 'answered' | 'skipped';
export type SessionStatus = 'in-progress' | 'finished' | 'out-of-time' | 'quit';

export interface QuestionRecord {
  id: string;
  status: QuestionStatus;
  prompt: string;
  /** Exactly as typed: never trimmed or sanitised. Absent until something is typed. */
  answer?: string;
  /** The answer being typed, saved every few seconds and on every exit path. */
  draft?: string;
  /** Spoken answers: an optional note written afterwards. */
  note?: string;
  example_answer?: string;
  /** As written in the question file: text, or `{ point, also }` (older files hold text only). */
  key_points?: KeyPoint[];
  /** `missed` holds every point not covered; `partly` those of them partly covered. */
  coverage?: { covered: string[]; missed: string[]; partly?: string[] };
  /** --hints: how many key points were shown before the reveal, and what was added after them. */
  hints?: HintRecord;
  self_rating?: number;
  /** The reveal (and rating prompt) was shown to its end; absent while one is still owed. */
  revealed?: boolean;
  /** Earlier attempts at this question ("try again" after a reveal), oldest first. */
  attempts?: Attempt[];
  mode: 'typed' | 'aloud';
  prep_seconds?: number;
  answer_seconds?: number;
  /** Null when the session ran with --no-timer. */
  prep_limit_seconds: number | null;
  time_limit_seconds: number | null;
  overtime_seconds?: number;
  timed_out?: boolean;
  skipped?: boolean;
  pauses?: { started_at: string; seconds: number; kind: Pause['kind'] }[];
  source: { file: string; line: number };
  tags?: string[];
  kind?: string;
  difficulty?: string;
}

/** One earlier answer to a question that was then answered again. */
export interface Attempt {
  answer?: string;
  note?: string;
  coverage?: { covered: string[]; missed: string[]; partly?: string[] };
  hints?: HintRecord;
  self_rating?: number;
  answer_seconds?: number;
  overtime_seconds?: number;
  timed_out?: boolean;
}

export interface HintRecord {
  shown: number;
  /** Added after seeing hints, kept apart from the answer so coverage can be compared. */
  addition?: string;
  /** Coverage of the answer with the addition (`coverage` above is the answer alone). */
  coverage_after?: { covered: string[]; missed: string[]; partly?: string[] };
}

export interface SessionSettings {
  filters: { tags?: string[]; difficulties?: string[]; kinds?: string[]; ids?: string[] };
  order: 'file' | 'shuffle';
  seed?: number;
  count?: number;
  prep_seconds?: number;
  answer_seconds?: number;
  total_seconds?: number;
  timer: boolean;
  on_timeout: 'soft' | 'hard';
  reveal: 'each' | 'end' | 'never';
  aloud: boolean;
  bell: boolean;
  /** Key points revealed one at a time before the example answer (absent in older files). */
  hints?: boolean;
}

export interface SessionRecord {
  version: typeof SESSION_FORMAT;
  id: string;
  tool: string;
  status: SessionStatus;
  started_at: string;
  ended_at?: string;
  /** Seconds of session time used so far (excluding pauses); lets resume honour --total. */
  elapsed_seconds: number;
  settings: SessionSettings;
  sources: { path: string; sha256: string }[];
  questions: QuestionRecord[];
}

export interface SessionSummary {
  total: number;
  answered: number;
  skipped: number;
  overTime: number;
  unanswered: number;
  averageRating?: number;
}

export function summarize(record: SessionRecord): SessionSummary {
  const qs = record.questions;
  const ratings = qs.map((q) => q.self_rating).filter((r): r is number => typeof r === 'number');
  return {
    total: qs.length,
    answered: qs.filter((q) => q.status === 'answered').length,
    skipped: qs.filter((q) => q.status === 'skipped').length,
    overTime: qs.filter((q) => (q.overtime_seconds ?? 0) > 0).length,
    unanswered: qs.filter((q) => q.status === 'pending' || q.status === 'in-progress').length,
    ...(ratings.length
      ? {
          averageRating:
            Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10,
        }
      : {}),
  };
}

/** Answered questions whose reveal and rating were interrupted (asked again on resume). */
export function owedReveals(record: SessionRecord): QuestionRecord[] {
  if (record.settings.reveal === 'never') return [];
  return record.questions.filter(
    (q) => q.status === 'answered' && !q.revealed && q.self_rating === undefined,
  );
}

/** The answer as it stands after hints: the answer, then what was added after them. */
export function withHintAddition(q: QuestionRecord): string {
  const addition = q.hints?.addition;
  return addition ? `${q.answer ?? ''}\n${addition}` : (q.answer ?? '');
}

/** The first question still to do (resume continues there), or -1. */
export function nextQuestionIndex(record: SessionRecord): number {
  return record.questions.findIndex((q) => q.status === 'pending' || q.status === 'in-progress');
}
