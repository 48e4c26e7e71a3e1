// Self-review insights for one answer against its example answer. Heuristics to guide a person
// reviewing their own answer, not a grade: word matching cannot judge accuracy or depth.
import type { KeyPoint } from '../questions/key-points.js';
import { coverKeyPoints, type KeyPointCoverage, type Relatedness } from './coverage.js';
import { type HedgeFeedback, hedges, type LengthFeedback, lengthFeedback } from './delivery.js';
import { type Ownership, ownership, type StarBalance, starBalance, starParts } from './star.js';
import type { StarPart } from './star-cues.js';
import { COVERAGE_FILLERS } from './synonyms.js';
import { countWords, type Token, tokenize } from './words.js';

export interface WordCount {
  word: string;
  count: number;
}

export type { StarPart };

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
  /** How the answer is delivered (typed answers, and the note of an answer given aloud). */
  delivery: {
    hedges: HedgeFeedback;
    length: LengthFeedback;
    /** Behavioral questions only. */
    starBalance?: StarBalance;
    ownership?: Ownership;
  };
}

const MIN_TERM_LENGTH = 3;

// Words that are not stop words but say nothing about a topic ("goes", "not", "thing").
const GENERIC = new Set([
  ...COVERAGE_FILLERS,
  ...'not no yes goes go going gone went get gets getting make makes making lot lots thing things way ways kind sort stuff something anything everything nothing someone really very quite also just still even much many more most less least well good better best bad new old same different able use used using need needs needed want wanted like likes say says said tell told know knew think thought see seen look take took give gave put keep kept let find finds found come comes came do does did done got try tries tried first second last next back yet ever never always often sometimes usually'.split(
    ' ',
  ),
]);

function meaningful(t: Token): boolean {
  return (
    !t.stop && t.word.length >= MIN_TERM_LENGTH && !/^\d+$/.test(t.word) && !GENERIC.has(t.word)
  );
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

/** Content words used more than once, most used first: nothing when no word repeats. */
export function topWords(text: string, limit = 8): WordCount[] {
  return ranked(countByStem(tokenize(text)), Number.POSITIVE_INFINITY)
    .filter((w) => w.count > 1)
    .slice(0, limit);
}

/**
 * Content words of the example answer that the answer does not use, most specific to this
 * question first: TF-IDF, where the documents are the example answers of the question's pack
 * (`corpus`; the example alone when absent), so words every answer in the pack uses sink.
 */
export function missingTerms(
  answer: string,
  example: string,
  corpus: readonly string[] = [],
  limit = 8,
): WordCount[] {
  // A hyphenated word is used when its parts are ("bounds checks" uses "bounds-checked"), and
  // its parts are used when it is.
  const parts = (word: string) =>
    tokenize(word.replaceAll('-', ' '))
      .filter((t) => !t.stop)
      .map((t) => t.stem);
  const answerTokens = tokenize(answer);
  const have = new Set(answerTokens.flatMap((t) => [t.stem, ...parts(t.word)]));
  const exampleCounts = countByStem(tokenize(example));
  for (const [stem, e] of exampleCounts)
    if (have.has(stem) || parts(commonest(e.forms)).every((p) => have.has(p)))
      exampleCounts.delete(stem);
  const documents = [example, ...corpus.filter((d) => d !== example)].map(
    (d) => new Set(tokenize(d).map((t) => t.stem)),
  );
  const idf = (stem: string) => {
    const df = documents.filter((d) => d.has(stem)).length;
    return Math.log((documents.length + 1) / (df + 1)) + 1;
  };
  return [...exampleCounts]
    .map(([stem, e]) => ({ word: commonest(e.forms), count: e.count, weight: e.count * idf(stem) }))
    .sort((a, b) => b.weight - a.weight || b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, limit)
    .map(({ word, count }) => ({ word, count }));
}

export function wordsPerMinute(words: number, seconds: number | undefined): number | undefined {
  if (!seconds || seconds < 1 || words === 0) return undefined;
  return Math.round((words / seconds) * 60);
}

export interface InsightInput {
  answer: string;
  /** Answers given aloud: the note written afterwards, which delivery feedback reads instead. */
  note?: string;
  exampleAnswer?: string;
  keyPoints?: readonly KeyPoint[];
  /** The question, whose words key points need not repeat. */
  prompt?: string;
  kind?: string;
  answerSeconds?: number;
  limitSeconds?: number | null;
  typed: boolean;
  /** The other example answers of the question's pack, to rank terms by how specific they are. */
  corpus?: readonly string[];
  /** Word relatedness for coverage (word vectors, from an adapter). */
  related?: Relatedness;
}

export function insightsFor(input: InsightInput): Insights {
  const words = countWords(input.answer);
  const wpm = input.typed ? wordsPerMinute(words, input.answerSeconds) : undefined;
  const delivered = input.answer.trim() ? input.answer : (input.note ?? '');
  const behavioral = input.kind === 'behavioral';
  const exampleWords = countWords(input.exampleAnswer ?? '');
  return {
    coverage: coverKeyPoints(input.answer, input.keyPoints ?? [], input.prompt, {
      ...(input.related ? { related: input.related } : {}),
    }),
    missingTerms: input.exampleAnswer
      ? missingTerms(input.answer, input.exampleAnswer, input.corpus)
      : [],
    topWords: topWords(input.answer),
    words,
    exampleWords,
    ...(wpm === undefined ? {} : { wordsPerMinute: wpm }),
    ...(behavioral && delivered.trim() ? { star: starParts(delivered) } : {}),
    delivery: {
      hedges: hedges(delivered),
      length: lengthFeedback({
        words: countWords(delivered),
        exampleWords,
        answerSeconds: input.answerSeconds,
        limitSeconds: input.limitSeconds,
        typed: input.typed,
      }),
      ...(behavioral && delivered.trim()
        ? { starBalance: starBalance(delivered), ownership: ownership(delivered) }
        : {}),
    },
  };
}
