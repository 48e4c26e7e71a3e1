// From one attempt at a question to an FSRS grade. Pure. docs/practice.md explains the table.
import { type Grade, Rating } from 'ts-fsrs';

/** One attempt at a question, as the session files record it. */
export interface Attempt {
  sessionId: string;
  /** When the session started (ISO); every question of a session counts from then. */
  at: string;
  status: 'answered' | 'skipped';
  /** Self-rating 1–5, when given. */
  rating?: number;
  /** Share of key points covered, 0–1, when the question has key points and a typed answer. */
  coverage?: number;
  /** The answer was cut off by a hard time limit. */
  timedOut?: boolean;
  /** Content hash of the question as it was asked (absent in files from older versions). */
  hash?: string;
}

/** Below this share of key points covered, the grade drops one step. */
export const LOW_COVERAGE = 0.5;

const FROM_RATING: Record<number, Grade> = {
  1: Rating.Again,
  2: Rating.Hard,
  3: Rating.Good,
  4: Rating.Good,
  5: Rating.Easy,
};

function lower(grade: Grade): Grade {
  return grade === Rating.Again ? Rating.Again : ((grade - 1) as Grade);
}

/**
 * 1 Again, 2 Hard, 3–4 Good, 5 Easy; unrated answers count as Good. Covering less than half the
 * key points, or being cut off by a hard time limit, each lower the grade one step. A skip is
 * Again: the question was seen and not answered.
 */
export function gradeFor(attempt: Attempt): Grade {
  if (attempt.status === 'skipped') return Rating.Again;
  let grade =
    attempt.rating === undefined ? Rating.Good : (FROM_RATING[attempt.rating] ?? Rating.Good);
  if (attempt.coverage !== undefined && attempt.coverage < LOW_COVERAGE) grade = lower(grade);
  if (attempt.timedOut) grade = lower(grade);
  return grade;
}

export const GRADE_NAMES: Record<Grade, string> = {
  [Rating.Again]: 'Again',
  [Rating.Hard]: 'Hard',
  [Rating.Good]: 'Good',
  [Rating.Easy]: 'Easy',
};
