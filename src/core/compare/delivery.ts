// How an answer is delivered, as opposed to what it covers: hedges and fillers, and its length
// against the example and the time used (how a behavioral answer is built, STAR and "I" or "we",
// is star.ts). Pure heuristics for self-review, not a grade.

import { phrasesRe } from '../text/phrases.js';
import { countWords, sentences } from './words.js';

const phraseRe = (phrases: readonly string[]) => phrasesRe(phrases, 'gi');

// Words that soften or pad a claim. Matched on word edges, case-insensitively.
export const HEDGES = [
  'i think',
  'i guess',
  'i suppose',
  'i believe',
  'i feel like',
  'maybe',
  'perhaps',
  'probably',
  'kind of',
  'sort of',
  'basically',
  'actually',
  'literally',
  'you know',
  'i mean',
  'more or less',
  'somewhat',
  'um',
  'uh',
  'erm',
];

export interface HedgeFeedback {
  count: number;
  /** Hedges per 100 words, one decimal. */
  per100Words: number;
  /** Each sentence holding a hedge, with the hedges found in it (as written, lowercased). */
  sentences: { text: string; hedges: string[] }[];
}

export function hedges(answer: string): HedgeFeedback {
  const words = countWords(answer);
  const found = sentences(answer)
    .map((s) => ({
      text: s.text,
      hedges: [...s.text.matchAll(phraseRe(HEDGES))].map((m) => m[0].toLowerCase()),
    }))
    .filter((s) => s.hedges.length > 0);
  const count = found.reduce((n, s) => n + s.hedges.length, 0);
  return {
    count,
    per100Words: words === 0 ? 0 : Math.round((count / words) * 1000) / 10,
    sentences: found,
  };
}

export interface LengthFeedback {
  words: number;
  exampleWords: number;
  /** Answer words per example word, two decimals; undefined without an example. */
  ofExample?: number;
  /** Share of the answer time limit used, in per cent. */
  timeUsedPercent?: number;
  wordsPerMinute?: number;
  notes: string[];
}

export function lengthFeedback(input: {
  words: number;
  exampleWords: number;
  answerSeconds?: number;
  limitSeconds?: number | null;
  typed: boolean;
}): LengthFeedback {
  const notes: string[] = [];
  const ofExample =
    input.exampleWords > 0 ? Math.round((input.words / input.exampleWords) * 100) / 100 : undefined;
  if (ofExample !== undefined && input.words > 0) {
    if (ofExample < 0.5)
      notes.push(`Less than half the length of the example (${Math.round(ofExample * 100)}%).`);
    else if (ofExample > 1.75)
      notes.push(
        `Much longer than the example (${Math.round(ofExample * 100)}%): could it be tighter?`,
      );
  }
  const used =
    input.answerSeconds !== undefined && input.limitSeconds
      ? Math.round((input.answerSeconds / input.limitSeconds) * 100)
      : undefined;
  if (used !== undefined && used < 40 && input.words > 0)
    notes.push(`You used ${used}% of the answer time: there was room to say more.`);
  const wpm =
    input.typed && input.answerSeconds && input.answerSeconds >= 1 && input.words > 0
      ? Math.round((input.words / input.answerSeconds) * 60)
      : undefined;
  return {
    words: input.words,
    exampleWords: input.exampleWords,
    ...(ofExample === undefined ? {} : { ofExample }),
    ...(used === undefined ? {} : { timeUsedPercent: used }),
    ...(wpm === undefined ? {} : { wordsPerMinute: wpm }),
    notes,
  };
}
