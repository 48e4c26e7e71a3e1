// How an answer is delivered, as opposed to what it covers: hedges and fillers, who did the work
// ("I" or "we"), how a behavioral answer divides between Situation, Task, Action and Result, and
// its length against the example and the time used. Pure heuristics for self-review, not a grade.

import { plural } from '../text/plural.js';
import { STAR_CUES, type StarPart } from './star-cues.js';
import { countWords } from './words.js';

export interface Sentence {
  text: string;
  start: number;
}

/** Sentences end at . ! ? or a line break; list bullets and blank lines are not sentences. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(/[^.!?\n]+(?:[.!?]+|$)/gm)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/^[-*•]\s+/, '');
    if (countWords(trimmed) > 0)
      out.push({ text: trimmed, start: m.index + lead + (raw.trim().length - trimmed.length) });
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phraseRe = (phrases: readonly string[]) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}'’])(?:${phrases.map(escapeRe).join('|')})(?![\\p{L}\\p{N}'’])`,
    'giu',
  );

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

const ORDER: StarPart['part'][] = ['situation', 'task', 'action', 'result'];

export interface StarBalance {
  /** Share of the answer's words in each part, in per cent (rounded; may not add to 100). */
  parts: { part: StarPart['part']; words: number; percent: number; sentences: number }[];
  /** Plain-language call-outs: a missing or one-line Result, a part that takes over. */
  notes: string[];
}

/**
 * Each sentence belongs to a STAR part: the part of its earliest cue phrase, never going back to an
 * earlier part (answers move forward), and a sentence without a cue stays in the part before it.
 */
export function starSegments(answer: string): { sentence: Sentence; part: StarPart['part'] }[] {
  let current = 0;
  return sentences(answer).map((sentence) => {
    const lower = ` ${sentence.text.toLowerCase().replace(/’/g, "'")} `;
    let earliest: { at: number; part: number } | undefined;
    ORDER.forEach((part, index) => {
      for (const cue of STAR_CUES[part]) {
        const at =
          cue === '%' ? lower.indexOf('%') : lower.search(new RegExp(`\\b${escapeRe(cue)}\\b`));
        if (at >= 0 && (earliest === undefined || at < earliest.at)) earliest = { at, part: index };
      }
    });
    if (earliest !== undefined && earliest.part > current) current = earliest.part;
    return { sentence, part: ORDER[current] as StarPart['part'] };
  });
}

export function starBalance(answer: string): StarBalance {
  const segments = starSegments(answer);
  const total = countWords(answer) || 1;
  const parts = ORDER.map((part) => {
    const mine = segments.filter((s) => s.part === part);
    const words = mine.reduce((n, s) => n + countWords(s.sentence.text), 0);
    return { part, words, percent: Math.round((words / total) * 100), sentences: mine.length };
  });
  const notes: string[] = [];
  const result = parts[3];
  if (!result || result.sentences === 0)
    notes.push(
      'No Result: say how it ended, what changed and how you know (a number if you have one).',
    );
  else if (result.sentences === 1)
    notes.push('The Result is one sentence: say what changed, for whom, and how you know.');
  const situation = parts[0];
  if (situation && situation.percent > 50 && segments.length > 2)
    notes.push(
      `The Situation takes ${situation.percent}% of the answer: set the scene in a sentence or two.`,
    );
  const action = parts[2];
  if (action && action.sentences === 0)
    notes.push('No Action found: say what you yourself did, step by step.');
  return { parts, notes };
}

export interface Ownership {
  i: number;
  we: number;
  /** Where they were counted: the action (and task) part, or the whole answer when none is found. */
  scope: 'action' | 'answer';
  /** Share of "I" among I and we in the action part, in per cent; undefined when neither occurs. */
  iPercent?: number;
  /** Set when the candidate's own actions are hard to find. */
  note?: string;
}

const I_WORDS = ['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'myself'];
const WE_WORDS = ['we', "we're", "we've", "we'd", "we'll", 'us', 'our', 'ourselves'];

/** I against we in the action part of a behavioral answer (the whole answer if none is found). */
export function ownership(answer: string): Ownership {
  const segments = starSegments(answer);
  const action = segments.filter((s) => s.part === 'action' || s.part === 'task');
  const text = (action.length ? action : segments).map((s) => s.sentence.text).join(' ');
  const words =
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}']+/gu) ?? [];
  const i = words.filter((w) => I_WORDS.includes(w)).length;
  const we = words.filter((w) => WE_WORDS.includes(w)).length;
  const scope = action.length ? 'action' : 'answer';
  if (i + we === 0) return { i, we, scope };
  const iPercent = Math.round((i / (i + we)) * 100);
  const note =
    we >= 2 && iPercent < 50
      ? `Your own part is hard to find: "we" ${we} times, "I" ${plural(i, 'time')}${scope === 'action' ? ' where you describe what was done' : ''}. Say what you did.`
      : undefined;
  return { i, we, scope, iPercent, ...(note ? { note } : {}) };
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
