// A day-by-day plan from today to the day before the interview. Pure.
//
// The plan is a simulation of the scheduler: each planned practice is replayed through FSRS with
// an assumed grade (the last real grade, improving one step per practice up to Good; Good for a
// question never practised), so weak questions come back after a day or two and strong ones
// later. Every question appears at least once: each day takes its share of the questions not yet
// planned (never practised first), then what is due (weakest first), then fills up to the cap.
import { type Card, createEmptyCard, type Grade, Rating } from 'ts-fsrs';
import { type CardState, type QuestionRef, retrievability, scheduler } from './cards.js';
import { addDays, type Day, daysBetween, endOfDay } from './days.js';
import { instantFor } from './due.js';

export interface PlanDay {
  date: Day;
  questions: string[];
}

export interface Plan {
  interview: Day;
  perDay: number;
  days: PlanDay[];
  /** Questions that did not fit under the daily cap. */
  uncovered: string[];
}

export interface PlanInput {
  states: readonly CardState[];
  now: Date;
  today: Day;
  interview: Day;
  /** Daily cap; default: see defaultPerDay. */
  perDay?: number;
  /** Questions already practised today: they count as planned and against today's cap. */
  doneToday?: ReadonlySet<string>;
}

/** Enough to reach every question once, plus two a day for repeats; at least 5. */
export function defaultPerDay(questions: number, days: number): number {
  return Math.max(5, Math.ceil(questions / Math.max(1, days)) + 2);
}

interface Sim {
  question: QuestionRef;
  card?: Card;
  grade: Grade;
  /** Order among the questions still to cover: never practised first, then weakest. */
  rank: number;
}

const improve = (g: Grade): Grade => (g < Rating.Good ? ((g + 1) as Grade) : g);

export function buildPlan(input: PlanInput): Plan {
  const { today, interview, now } = input;
  const length = daysBetween(today, interview);
  const perDay = input.perDay ?? defaultPerDay(input.states.length, length);
  const done = input.doneToday ?? new Set<string>();
  const atInterview = instantFor(interview, now);
  const sims: Sim[] = input.states.map((s, index) => ({
    question: s.question,
    ...(s.card ? { card: s.card } : {}),
    grade: s.lastGrade === undefined ? Rating.Good : improve(s.lastGrade),
    rank: s.card ? input.states.length + retrievability(s.card, atInterview) : index / 1e6,
  }));
  let toCover = sims
    .filter((s) => !done.has(s.question.id))
    .sort((a, b) => a.rank - b.rank || a.question.id.localeCompare(b.question.id));
  const days: PlanDay[] = [];
  for (let i = 0; i < length; i++) {
    const date = addDays(today, i);
    const at = instantFor(date, now);
    const cap = perDay - (i === 0 ? done.size : 0);
    const picked = new Set<Sim>();
    const take = (s: Sim) => {
      if (picked.size < cap && !picked.has(s)) picked.add(s);
    };
    // Today's share of what is not yet planned, so the last day is not left with everything.
    const share = Math.ceil(toCover.length / (length - i));
    for (const s of toCover.slice(0, share)) take(s);
    // What falls due (on the last day: due by the interview), weakest first.
    const cutoff = endOfDay(i === length - 1 ? interview : date).getTime();
    const due = sims
      .filter(
        (s) => s.card && s.card.due.getTime() <= cutoff && !(i === 0 && done.has(s.question.id)),
      )
      .map((s) => ({ s, r: retrievability(s.card as Card, at) }))
      .sort((a, b) => a.r - b.r || a.s.question.id.localeCompare(b.s.question.id));
    for (const { s } of due) take(s);
    for (const s of toCover) take(s);
    for (const s of picked) {
      s.card = scheduler.next(s.card ?? createEmptyCard(at), at, s.grade).card;
      s.grade = improve(s.grade);
    }
    toCover = toCover.filter((s) => !picked.has(s));
    days.push({ date, questions: [...picked].map((s) => s.question.id) });
  }
  return { interview, perDay, days, uncovered: toCover.map((s) => s.question.id) };
}
