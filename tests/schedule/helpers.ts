// Session digests for schedule tests: written by hand, with fixed local dates.
import type { QuestionDigest, SessionDigest } from '../../src/core/history/digest.js';
import type { QuestionRef } from '../../src/core/schedule/cards.js';

export const at = (day: string, hour = 9) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`);

export function session(
  day: string,
  questions: (Partial<QuestionDigest> & { id: string })[],
  hour = 9,
): SessionDigest {
  return {
    id: `${day.replaceAll('-', '')}-${hour}`,
    kind: 'practice',
    startedAt: at(day, hour).toISOString(),
    status: 'finished',
    packs: ['pack.yaml'],
    elapsedSeconds: 600,
    questions: questions.map((q) => ({ tags: [], status: 'answered', hash: 'h1', ...q })),
  };
}

export const ref = (id: string, hash = 'h1', tags: string[] = []): QuestionRef => ({
  id,
  hash,
  pack: 'pack.yaml',
  tags,
});
