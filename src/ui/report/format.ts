// Wording and arithmetic shared by the HTML and Markdown reports, so both say the same thing.
import { formatClock } from '../../core/duration.js';
import type { QuestionReview, SessionReview } from '../../core/review/review.js';

export const HEURISTICS_NOTE =
  'Key-point coverage, word counts, missing terms and STAR parts come from word matching. ' +
  'They are heuristics to guide your own review, not a grade: they cannot tell whether an ' +
  'answer is accurate, deep or well argued.';

const MAX_RATING = 5;

export function clock(seconds: number): string {
  return formatClock(Math.round(seconds));
}

/** A session timestamp for people (UTC, to the minute) and its canonical ISO form, if it is one. */
export function when(text: string): { text: string; iso?: string } {
  const date = new Date(text);
  if (!/^\d{4}-\d\d-\d\dT/.test(text) || Number.isNaN(date.getTime())) return { text };
  const iso = date.toISOString();
  return { text: `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`, iso };
}

export interface Rating {
  stars: string;
  label: string;
}

export function rating(value: number | undefined): Rating | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const filled = Math.max(0, Math.min(MAX_RATING, Math.round(value)));
  return {
    stars: '★'.repeat(filled) + '☆'.repeat(MAX_RATING - filled),
    label: `${value}/${MAX_RATING}`,
  };
}

/** Widths (percent of the bar) for answer time within the limit, overtime, and the limit mark. */
export interface TimingBar {
  inTimePercent: number;
  overtimePercent: number;
  limitPercent: number;
}

const percent = (part: number, whole: number) => Math.round((part / whole) * 10_000) / 100;

/**
 * The bar spans the limit, or the whole answer time when it ran over, so overtime is drawn to
 * scale beyond the limit mark. No bar without both a limit and a recorded answer time.
 */
export function timingBar(timing: QuestionReview['timing']): TimingBar | undefined {
  const { answerSeconds: used, limitSeconds: limit } = timing;
  if (used === undefined || limit === null || limit <= 0) return undefined;
  const scale = Math.max(limit, used);
  return {
    inTimePercent: percent(Math.min(used, limit), scale),
    overtimePercent: percent(Math.max(0, used - limit), scale),
    limitPercent: percent(limit, scale),
  };
}

/** The answer time in words, with the overtime part separate so the HTML can colour it. */
export function timingParts(timing: QuestionReview['timing']): { main: string; over?: string } {
  const { answerSeconds: used, limitSeconds: limit, overtimeSeconds } = timing;
  if (used === undefined) return { main: 'not timed' };
  if (limit === null) return { main: `${clock(used)} (no time limit)` };
  const main = `${clock(used)} of ${clock(limit)}`;
  return overtimeSeconds > 0 ? { main, over: `${clock(overtimeSeconds)} over time` } : { main };
}

export function timingSummary(timing: QuestionReview['timing']): string {
  const { main, over } = timingParts(timing);
  return over ? `${main}, ${over}` : main;
}

/** What stands in for an empty answer, saying why it is empty. */
export function emptyAnswerText(q: QuestionReview): string {
  if (q.status === 'skipped') return 'Skipped: no answer.';
  if (q.mode === 'aloud') return 'Answered aloud: nothing typed.';
  return 'No answer recorded.';
}

export { plural } from '../../core/text/plural.js';

/** Summary facts in display order: [label, value]. */
export function summaryFacts(review: SessionReview): [string, string][] {
  const s = review.summary;
  const average = rating(s.averageRating);
  return [
    ['Answered', `${s.answered} of ${s.total}`],
    ['Skipped', String(s.skipped)],
    ['Over time', String(s.overTime)],
    ...(s.unanswered ? ([['Not reached', String(s.unanswered)]] as [string, string][]) : []),
    ['Average self-rating', average ? average.label : 'not rated'],
    ['Time used', clock(review.session.elapsedSeconds)],
  ];
}

export const STAR_LABELS = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
} as const;
