// What is due on a day, weakest first (lowest chance of recall), and what has never been
// practised. Pure: the day and the instant come from the caller.
import { type CardState, type QuestionRef, retrievability } from './cards.js';
import { type Day, dayOf, endOfDay, startOfDay } from './days.js';

export interface DueItem {
  question: QuestionRef;
  due: Date;
  retrievability: number;
  lastRating?: number;
  attempts: number;
  changed: boolean;
}

export interface DueReport {
  on: Day;
  /** Weakest first. */
  due: DueItem[];
  /** Never practised, in bank order. */
  fresh: QuestionRef[];
  /** The earliest due date of the questions not due on `on`. */
  nextDue?: Date;
  /** Practised questions whose prompt or key points changed since their last attempt. */
  changed: QuestionRef[];
}

/** The instant a day is judged at: now for today, midday for any other day. */
export function instantFor(on: Day, now: Date): Date {
  if (on === dayOf(now)) return now;
  return new Date(startOfDay(on).getTime() + 12 * 3_600_000);
}

export function weakestFirst(a: DueItem, b: DueItem): number {
  return (
    a.retrievability - b.retrievability ||
    a.due.getTime() - b.due.getTime() ||
    a.question.id.localeCompare(b.question.id)
  );
}

export function dueReport(states: readonly CardState[], on: Day, now: Date): DueReport {
  const at = instantFor(on, now);
  const cutoff = endOfDay(on).getTime();
  const due: DueItem[] = [];
  const fresh: QuestionRef[] = [];
  let nextDue: Date | undefined;
  for (const s of states) {
    if (!s.card) {
      fresh.push(s.question);
      continue;
    }
    if (s.card.due.getTime() > cutoff) {
      if (!nextDue || s.card.due < nextDue) nextDue = s.card.due;
      continue;
    }
    due.push({
      question: s.question,
      due: s.card.due,
      retrievability: retrievability(s.card, at),
      ...(s.lastRating === undefined ? {} : { lastRating: s.lastRating }),
      attempts: s.attempts.length,
      changed: s.changed,
    });
  }
  return {
    on,
    due: due.sort(weakestFirst),
    fresh,
    ...(nextDue ? { nextDue } : {}),
    changed: states.filter((s) => s.changed).map((s) => s.question),
  };
}

/** Count per key (pack or tag), largest first then by name. */
export function countBy(
  items: readonly QuestionRef[],
  keys: (q: QuestionRef) => readonly string[],
): [string, number][] {
  const counts = new Map<string, number>();
  for (const q of items) for (const k of keys(q)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}
