// Self-review insights for one answer against its example answer. Heuristics to guide a person
// reviewing their own answer, not a grade: word matching cannot judge accuracy or depth.
import type { KeyPoint } from '../questions/key-points.js';
import { coverKeyPoints, type KeyPointCoverage } from './coverage.js';
import { countWords, type Token, tokenize } from './words.js';

export interface WordCount {
  word: string;
  count: number;
}

export interface StarPart {
  part: 'situation' | 'task' | 'action' | 'result';
  found: boolean;
  /** The cue phrases found, as written in the answer. */
  cues: string[];
}

export interface Insights {
  coverage: KeyPointCoverage[];
  /** Content words the example answer uses that the answer does not (most used first). */
  missingTerms: WordCount[];
  topWords: WordCount[];
  words: number;
  exampleWords: number;
  /** Typed answers only: words per minute over the answer time. */
  wordsPerMinute?: number;
  /** Behavioral questions only. */
  star?: StarPart[];
}

const MIN_TERM_LENGTH = 3;

function meaningful(t: Token): boolean {
  return !t.stop && t.word.length >= MIN_TERM_LENGTH && !/^\d+$/.test(t.word);
}

/** Counts by stem, reported under the form used most often. */
function countByStem(
  tokens: readonly Token[],
): Map<string, { count: number; forms: Map<string, number> }> {
  const byStem = new Map<string, { count: number; forms: Map<string, number> }>();
  for (const t of tokens.filter(meaningful)) {
    const entry = byStem.get(t.stem) ?? { count: 0, forms: new Map() };
    entry.count++;
    entry.forms.set(t.word, (entry.forms.get(t.word) ?? 0) + 1);
    byStem.set(t.stem, entry);
  }
  return byStem;
}

function commonest(forms: Map<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

function ranked(counts: ReturnType<typeof countByStem>, limit: number): WordCount[] {
  return [...counts.values()]
    .map((e) => ({ word: commonest(e.forms), count: e.count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, limit);
}

export function topWords(text: string, limit = 8): WordCount[] {
  return ranked(countByStem(tokenize(text)), limit);
}

export function missingTerms(answer: string, example: string, limit = 12): WordCount[] {
  const have = new Set(tokenize(answer).map((t) => t.stem));
  const exampleCounts = countByStem(tokenize(example));
  for (const stem of have) exampleCounts.delete(stem);
  return ranked(exampleCounts, limit);
}

export function wordsPerMinute(words: number, seconds: number | undefined): number | undefined {
  if (!seconds || seconds < 1 || words === 0) return undefined;
  return Math.round((words / seconds) * 60);
}

// Cue phrases people use for each part of a STAR answer; matched case-insensitively on word edges.
const STAR_CUES: Record<StarPart['part'], string[]> = {
  situation: [
    'at my previous',
    'in my previous',
    'in my last',
    'when i was',
    'we were',
    'we had',
    'there was',
    'the situation',
    'the context',
    'background',
    'at the time',
    'a few years ago',
    'last year',
    'once',
  ],
  task: [
    'my task',
    'my role',
    'my job',
    'i was responsible',
    'i was asked',
    'i needed to',
    'i had to',
    'we needed to',
    'we had to',
    'the goal',
    'my goal',
    'the challenge',
    'responsible for',
  ],
  action: [
    'i decided',
    'i led',
    'i built',
    'i wrote',
    'i set up',
    'i started',
    'i proposed',
    'i organised',
    'i organized',
    'i worked with',
    'i met',
    'i asked',
    'i created',
    'i introduced',
    'i implemented',
    'i changed',
    'so i',
    'first i',
    'then i',
    'i took',
  ],
  result: [
    'as a result',
    'the result',
    'the outcome',
    'resulted in',
    'which meant',
    'in the end',
    'ultimately',
    'we reduced',
    'we cut',
    'it reduced',
    'we shipped',
    'we delivered',
    'improved',
    'increased',
    'decreased',
    'i learned',
    'i learnt',
    'since then',
    'percent',
    '%',
  ],
};

export function starCues(answer: string): StarPart[] {
  const text = ` ${answer.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ')} `;
  return (Object.keys(STAR_CUES) as StarPart['part'][]).map((part) => {
    const cues = STAR_CUES[part].filter((cue) =>
      cue === '%' ? text.includes('%') : new RegExp(`\\b${cue.replace(/ /g, '\\s')}\\b`).test(text),
    );
    return { part, found: cues.length > 0, cues };
  });
}

export interface InsightInput {
  answer: string;
  exampleAnswer?: string;
  keyPoints?: readonly KeyPoint[];
  kind?: string;
  answerSeconds?: number;
  typed: boolean;
}

export function insightsFor(input: InsightInput): Insights {
  const words = countWords(input.answer);
  const wpm = input.typed ? wordsPerMinute(words, input.answerSeconds) : undefined;
  return {
    coverage: coverKeyPoints(input.answer, input.keyPoints ?? []),
    missingTerms: input.exampleAnswer ? missingTerms(input.answer, input.exampleAnswer) : [],
    topWords: topWords(input.answer),
    words,
    exampleWords: countWords(input.exampleAnswer ?? ''),
    ...(wpm === undefined ? {} : { wordsPerMinute: wpm }),
    ...(input.kind === 'behavioral' ? { star: starCues(input.answer) } : {}),
  };
}
