// One line about an earlier attempt ("try again"): rating, time and coverage, the same in the
// terminal review and the HTML and Markdown reports (each view only styles and escapes it).
import { describeTally } from '../compare/coverage.js';
import { formatClock } from '../duration.js';
import type { AttemptReview } from './review.js';

export function attemptSummary(a: AttemptReview): string {
  return [
    a.selfRating === undefined ? 'not rated' : `${a.selfRating}/5`,
    ...(a.answerSeconds === undefined ? [] : [formatClock(Math.round(a.answerSeconds))]),
    ...(a.timedOut ? ['timed out'] : []),
    ...(a.coverage.total ? [describeTally(a.coverage)] : []),
  ].join(' · ');
}
