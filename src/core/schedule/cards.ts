// Each question's FSRS card, derived afresh from its attempts in the session files (the only
// truth: nothing here is stored). Pure: the scheduler is deterministic (no fuzz).
import { type Card, createEmptyCard, fsrs, type Grade } from 'ts-fsrs';
import type { SessionDigest } from '../history/digest.js';
import { type Attempt, gradeFor } from './grade.js';

/**
 * Day-sized steps (no minute-long learning steps: an interview answer is practised at most a
 * few times a day) and no random fuzz, so the same files always give the same dates.
 */
export const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** A question of the bank as the scheduler needs it. */
export interface QuestionRef {
  id: string;
  hash: string;
  pack: string;
  tags: readonly string[];
}

export interface CardState {
  question: QuestionRef;
  /** Oldest first. */
  attempts: Attempt[];
  /** Undefined when the question was never practised. */
  card?: Card;
  lastGrade?: Grade;
  lastRating?: number;
  /** The question's prompt or key points changed since the last attempt. */
  changed: boolean;
}

/** Every answered or skipped question in the sessions, grouped by question id, oldest first. */
export function attemptsById(sessions: readonly SessionDigest[]): Map<string, Attempt[]> {
  const byId = new Map<string, Attempt[]>();
  for (const s of sessions) {
    for (const q of s.questions) {
      if (q.status !== 'answered' && q.status !== 'skipped') continue;
      const attempt: Attempt = {
        sessionId: s.id,
        at: s.startedAt,
        status: q.status,
        ...(q.rating === undefined ? {} : { rating: q.rating }),
        ...(q.coverage === undefined ? {} : { coverage: q.coverage }),
        ...(q.timedOut ? { timedOut: true } : {}),
        ...(q.hash === undefined ? {} : { hash: q.hash }),
      };
      const list = byId.get(q.id);
      if (list) list.push(attempt);
      else byId.set(q.id, [attempt]);
    }
  }
  for (const list of byId.values())
    list.sort((a, b) => a.at.localeCompare(b.at) || a.sessionId.localeCompare(b.sessionId));
  return byId;
}

/** Replays the attempts through FSRS, oldest first. */
export function replay(attempts: readonly Attempt[]): Card | undefined {
  const first = attempts[0];
  if (!first) return undefined;
  let card = createEmptyCard(new Date(first.at));
  for (const a of attempts) {
    const at = new Date(a.at);
    // A review dated before the previous one (a clock that went back) counts as simultaneous.
    const when = card.last_review && at < card.last_review ? card.last_review : at;
    card = scheduler.next(card, when, gradeFor(a)).card;
  }
  return card;
}

export function deriveStates(
  questions: readonly QuestionRef[],
  sessions: readonly SessionDigest[],
): CardState[] {
  const byId = attemptsById(sessions);
  return questions.map((question) => {
    const attempts = byId.get(question.id) ?? [];
    const last = attempts.at(-1);
    const card = replay(attempts);
    return {
      question,
      attempts,
      ...(card ? { card } : {}),
      ...(last ? { lastGrade: gradeFor(last) } : {}),
      ...(last?.rating === undefined ? {} : { lastRating: last.rating }),
      changed: last?.hash !== undefined && last.hash !== question.hash,
    };
  });
}

/** Chance of recalling the answer at `at`, 0–1 (1 right after a review, falling since). */
export function retrievability(card: Card, at: Date): number {
  if (card.last_review && at <= card.last_review) return 1;
  const r = scheduler.get_retrievability(card, at, false);
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}
