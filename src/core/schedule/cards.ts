// Each question's FSRS card, derived afresh from its attempts in the session files (the only
// truth: nothing here is stored). Pure: the scheduler is deterministic (no fuzz).
import { type Card, createEmptyCard, FSRSVersion, fsrs, type Grade } from 'ts-fsrs';
import type { SessionDigest } from '../history/digest.js';
import { type Attempt, gradeFor } from './grade.js';

/**
 * Day-sized steps (no minute-long learning steps: an interview answer is practised at most a
 * few times a day) and no random fuzz, so the same files always give the same dates.
 */
export const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** Names the scheduler and its settings: a cached card from any other is not reused. */
export const SCHEDULER_ID = `ts-fsrs ${FSRSVersion} no-short-term no-fuzz`;

/**
 * A card after the first `n` attempts, and a fingerprint of those attempts (session, time,
 * grade). Replaying resumes from it only when the fingerprint still matches, so a cache of
 * checkpoints can be deleted, or go stale, without changing any result.
 */
export interface Checkpoint {
  n: number;
  key: string;
  card: Card;
}

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

/**
 * Every answered or skipped question in the sessions, grouped by question id, oldest first.
 * Files can be edited by hand: a session without a readable start time is left out, and a rating
 * or coverage of the wrong type counts as absent.
 */
export function attemptsById(sessions: readonly SessionDigest[]): Map<string, Attempt[]> {
  const byId = new Map<string, Attempt[]>();
  for (const s of sessions) {
    const started = typeof s.startedAt === 'string' ? Date.parse(s.startedAt) : Number.NaN;
    if (Number.isNaN(started) || !Array.isArray(s.questions)) continue;
    const at = new Date(started).toISOString();
    for (const q of s.questions) {
      if (typeof q?.id !== 'string' || (q.status !== 'answered' && q.status !== 'skipped'))
        continue;
      const rating =
        typeof q.rating === 'number' && Number.isInteger(q.rating) && q.rating >= 1 && q.rating <= 5
          ? q.rating
          : undefined;
      const coverage =
        typeof q.coverage === 'number' && Number.isFinite(q.coverage) ? q.coverage : undefined;
      const attempt: Attempt = {
        sessionId: String(s.id),
        at,
        status: q.status,
        ...(rating === undefined ? {} : { rating }),
        ...(coverage === undefined ? {} : { coverage }),
        ...(q.timedOut === true ? { timedOut: true } : {}),
        ...(typeof q.hash === 'string' ? { hash: q.hash } : {}),
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

/** FNV-1a over what decides the card: each attempt's session, time and grade, in order. */
export function attemptsKey(attempts: readonly Attempt[], n = attempts.length): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < n; i++) {
    const a = attempts[i] as Attempt;
    const text = `${a.sessionId}\u0000${a.at}\u0000${gradeFor(a)}\u0001`;
    for (let j = 0; j < text.length; j++) {
      hash ^= text.charCodeAt(j);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return `${n}:${hash.toString(16)}`;
}

/** Replays the attempts through FSRS, oldest first (from the checkpoint when it still fits). */
export function replay(attempts: readonly Attempt[], from?: Checkpoint): Card | undefined {
  const first = attempts[0];
  if (!first) return undefined;
  const resume = from && from.n <= attempts.length && attemptsKey(attempts, from.n) === from.key;
  let card = resume ? from.card : createEmptyCard(new Date(first.at));
  for (const a of resume ? attempts.slice(from.n) : attempts) {
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
  checkpoints: ReadonlyMap<string, Checkpoint> = new Map(),
): CardState[] {
  const byId = attemptsById(sessions);
  return questions.map((question) => {
    const attempts = byId.get(question.id) ?? [];
    const last = attempts.at(-1);
    const card = replay(attempts, checkpoints.get(question.id));
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

/** Where each practised question's card stands now, to resume from next time. */
export function checkpointsOf(states: readonly CardState[]): Map<string, Checkpoint> {
  const out = new Map<string, Checkpoint>();
  for (const s of states)
    if (s.card)
      out.set(s.question.id, { n: s.attempts.length, key: attemptsKey(s.attempts), card: s.card });
  return out;
}
