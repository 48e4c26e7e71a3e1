// Does an answer cover a key point? A heuristic for self-review, not a grade: the key point's
// content words are stemmed, and enough of them must appear (stemmed) anywhere in the answer,
// so "validated inputs" covers "input validation" whatever the word order or inflection.
import { type KeyPoint, keyPointPhrasings, keyPointText } from '../questions/key-points.js';
import { type Token, tokenize } from './words.js';

export interface KeyPointCoverage {
  point: string;
  covered: boolean;
  /** Stems of the key point found in the answer, and those not found. */
  matched: string[];
  missing: string[];
  /** The key point's own words that the answer lacks, as written in the key point. */
  missingWords: string[];
  /** Where the matched words are, for highlighting both texts. */
  answerSpans: [number, number][];
  pointSpans: [number, number][];
}

/** How many of a key point's n content words must appear: all of one or two, else 60 %. */
export function wordsNeeded(n: number): number {
  return n <= 2 ? n : Math.ceil(n * 0.6);
}

function contentStems(tokens: readonly Token[]): string[] {
  return [...new Set(tokens.filter((t) => !t.stop).map((t) => t.stem))];
}

export function coverKeyPoint(answerTokens: readonly Token[], point: string): KeyPointCoverage {
  const pointTokens = tokenize(point);
  const stems = contentStems(pointTokens);
  const inAnswer = new Set(answerTokens.map((t) => t.stem));
  const matched = stems.filter((s) => inAnswer.has(s));
  const missing = stems.filter((s) => !inAnswer.has(s));
  const hit = new Set(matched);
  const lacking = new Set(missing);
  const missingWords = [
    ...new Set(pointTokens.filter((t) => !t.stop && lacking.has(t.stem)).map((t) => t.word)),
  ];
  return {
    point,
    covered: stems.length > 0 && matched.length >= wordsNeeded(stems.length),
    matched,
    missing,
    missingWords,
    answerSpans: answerTokens
      .filter((t) => !t.stop && hit.has(t.stem))
      .map((t) => [t.start, t.end]),
    pointSpans: pointTokens.filter((t) => !t.stop && hit.has(t.stem)).map((t) => [t.start, t.end]),
  };
}

/** The best match over the key point's phrasings (`also`), reported under its main text. */
function coverAnyPhrasing(answerTokens: readonly Token[], k: KeyPoint): KeyPointCoverage {
  const tries = keyPointPhrasings(k).map((p) => coverKeyPoint(answerTokens, p));
  const share = (c: KeyPointCoverage) =>
    c.matched.length / (c.matched.length + c.missing.length || 1);
  const best = tries.reduce((a, b) =>
    Number(b.covered) > Number(a.covered) || (b.covered === a.covered && share(b) > share(a))
      ? b
      : a,
  );
  return { ...best, point: keyPointText(k) };
}

export function coverKeyPoints(answer: string, keyPoints: readonly KeyPoint[]): KeyPointCoverage[] {
  const tokens = tokenize(answer);
  return keyPoints.map((k) => coverAnyPhrasing(tokens, k));
}

/** The short form kept in session files. */
export function coverageSummary(coverage: readonly KeyPointCoverage[]): {
  covered: string[];
  missed: string[];
} {
  return {
    covered: coverage.filter((c) => c.covered).map((c) => c.point),
    missed: coverage.filter((c) => !c.covered).map((c) => c.point),
  };
}
