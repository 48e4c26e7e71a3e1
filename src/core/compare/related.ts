// Words close in meaning for key-point coverage: an answer word counts as a point word it is not
// when their word vectors are close ("listened" for "heard"). The vectors come from an adapter
// (src/store/word-vectors.ts), with each word's frequency rank, so the core stays pure. Common
// words are close to too much to count this way.
import { areOpposites } from './opposites.js';
import type { Unit } from './units.js';

/** How alike two words are in meaning, 0 to 1 (word vectors, given by an adapter). */
export interface Relatedness {
  (pointWord: string, answerWord: string): number;
  /** How common a word is in English: 1 for the most frequent; undefined when unknown. */
  rank?: (word: string) => number | undefined;
}

/**
 * The most frequent English words ("went", "thought", "part") are close in meaning to too many
 * others to count as a point word they are not; only rarer words count through relatedness.
 * Chosen with the validation parts (docs/review.md).
 */
export const MIN_RELATED_RANK = 800;

/**
 * Word-vector cosine from which an answer word counts as a point word it is not ("listened" for
 * "heard"). Chosen with the validation parts (docs/review.md).
 */
export const RELATED_THRESHOLD = 0.6;

/**
 * A word or two close in meaning may stand in for point words; a point made mostly of stand-ins is
 * a guess ("treated" near "patient", "threats" near "attack", "implement" near "require").
 * Chosen with the validation parts (docs/review.md).
 */
export const MAX_RELATED = 2;

/**
 * Answer units that also answer to point words they are close in meaning to, never to their
 * opposites ("outbound" is close to "inbound" in word vectors: opposites.ts).
 */
export function withRelated(
  answer: readonly Unit[],
  point: readonly Unit[],
  related: Relatedness | undefined,
  threshold: number,
  minRank: number,
): readonly Unit[] {
  if (!related) return answer;
  const specific = (word: string) => (related.rank?.(word) ?? Number.POSITIVE_INFINITY) >= minRank;
  const single = point.filter((u) => u.tokens.length === 1);
  return answer.map((u) => {
    if (u.tokens.length !== 1 || !specific(u.text)) return u;
    const extra = single
      .filter(
        (p) =>
          !u.ids.includes(p.id) &&
          !areOpposites(p.text, u.text) &&
          related(p.text, u.text) >= threshold,
      )
      .map((p) => p.id);
    return extra.length ? { ...u, ids: [...u.ids, ...extra], related: extra } : u;
  });
}
