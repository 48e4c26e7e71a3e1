// The practice streak: consecutive days, up to today, with at least one answered question. Pure.
import type { SessionDigest } from '../history/digest.js';
import { addDays, type Day, dayOf } from './days.js';

export function streak(sessions: readonly SessionDigest[], today: Day): number {
  const days = new Set(
    sessions
      .filter((s) => s.questions.some((q) => q.status === 'answered'))
      .map((s) => dayOf(new Date(s.startedAt))),
  );
  let n = 0;
  while (days.has(addDays(today, -n))) n++;
  return n;
}
