// Which time applies: a CLI flag, then the question's own, then its file's defaults, then ours.
import { parseDuration } from '../duration.js';
import type { LoadedQuestion } from '../load/parse-file.js';

export const BUILT_IN_TIMES = { prep: 30, answer: 180 } as const;

export interface TimeOverrides {
  prepSeconds?: number;
  answerSeconds?: number;
}

export interface ResolvedTimes {
  prepSeconds: number;
  answerSeconds: number;
}

function first(...candidates: (string | number | undefined)[]): number | undefined {
  for (const c of candidates) {
    const seconds = typeof c === 'string' ? parseDuration(c) : c;
    if (seconds !== undefined) return seconds;
  }
  return undefined;
}

export function resolveTimes(loaded: LoadedQuestion, overrides: TimeOverrides = {}): ResolvedTimes {
  const q = loaded.question;
  const d = loaded.pack.defaults ?? {};
  return {
    prepSeconds: first(overrides.prepSeconds, q.prep_time, d.prep_time) ?? BUILT_IN_TIMES.prep,
    answerSeconds:
      first(overrides.answerSeconds, q.answer_time, d.answer_time) ?? BUILT_IN_TIMES.answer,
  };
}
