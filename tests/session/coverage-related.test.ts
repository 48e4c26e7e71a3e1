// Coverage with word relatedness: the core takes it as a function (tables of fake scores here);
// the store adapter reads the shipped word vectors.
import { describe, expect, it } from 'vitest';
import { coverKeyPoints, RELATED_THRESHOLD } from '../../src/core/compare/coverage.js';
import { wordRelatedness } from '../../src/store/word-vectors.js';

const PAIRS: Record<string, number> = {
  'thanked|praised': 0.8,
  'reviewer|critic': 0.7,
  'warmly|kindly': 0.7,
};
const fake = (a: string, b: string) => PAIRS[`${a}|${b}`] ?? 0;

describe('coverKeyPoints with related words', () => {
  it.each([
    // A related word stands in for a point word it does not share.
    ['I praised the reviewer.', 'thanked the reviewer', 'covered'],
    ['I praised the critic.', 'thanked the reviewer', 'covered'],
    // Two stand-ins at most: a point made mostly of words close in meaning is a guess.
    [
      'I praised the reviewer kindly afterwards.',
      'thanked the reviewer warmly afterwards',
      'covered',
    ],
    ['I praised the critic kindly.', 'thanked the reviewer warmly afterwards', 'partly'],
    ['I praised her.', 'thanked the reviewer', 'partly'],
    // Unrelated words do not.
    ['I nodded and moved on.', 'thanked the reviewer', 'missing'],
  ])('%j covers %j: %s', (answer, point, state) => {
    expect(coverKeyPoints(answer, [point], '', { related: fake })[0]?.state).toBe(state);
  });

  it('without relatedness, only the words themselves count', () => {
    const [c] = coverKeyPoints('I praised the reviewer.', ['thanked the reviewer']);
    expect(c?.state).toBe('partly');
  });

  it('shows the related answer word among the words that matched', () => {
    const [c] = coverKeyPoints('I praised the reviewer.', ['thanked the reviewer'], '', {
      related: fake,
    });
    expect(c?.answerWords).toEqual(['praised', 'reviewer']);
    expect(c?.matched).toEqual(['thanked', 'reviewer']);
  });

  it('uses the threshold given, and a related score below it does not count', () => {
    const answer = 'I praised the reviewer.';
    const point = ['thanked the reviewer'];
    expect(coverKeyPoints(answer, point, '', { related: fake, threshold: 0.95 })[0]?.state).toBe(
      'partly',
    );
  });
});

describe('coverKeyPoints: common words carry less', () => {
  // Ranks as in a frequency list: the most common English words first.
  const RANKS: Record<string, number> = {
    thought: 737,
    own: 237,
    owned: 1085,
    part: 134,
    praised: 5000,
  };
  const SCORES: Record<string, number> = { 'learned|thought': 0.7, 'thanked|praised': 0.8 };
  const related = Object.assign((a: string, b: string) => SCORES[`${a}|${b}`] ?? 0, {
    rank: (word: string) => RANKS[word],
  });
  const stateOf = (answer: string, point: string) =>
    coverKeyPoints(answer, [point], '', { related })[0]?.state;

  it.each([
    // A rare word close in meaning counts; a very common one ("thought") does not.
    ['I praised the reviewer.', 'thanked the reviewer', 'covered'],
    ['I thought about the review.', 'learned from the review', 'partly'],
    ['I owned my part of the clash first.', 'owned their own part of the clash', 'covered'],
  ])('%j → %j: %s', (answer, point, state) => expect(stateOf(answer, point)).toBe(state));
});

describe('wordRelatedness (data/word-vectors.bin.gz)', () => {
  const related = wordRelatedness();
  it.each([
    ['listened', 'heard'],
    ['improved', 'better'],
    ['analogy', 'metaphor'],
  ])('%s and %s are related', (a, b) =>
    expect(related(a, b)).toBeGreaterThanOrEqual(RELATED_THRESHOLD),
  );

  it.each([
    ['firmware', 'banana'],
    ['encryption', 'apology'],
  ])('%s and %s are not', (a, b) => expect(related(a, b)).toBeLessThan(RELATED_THRESHOLD));

  it('ranks words by how common they are, and knows no rank for unknown words', () => {
    const rank = related.rank;
    expect(rank?.('the')).toBe(1);
    expect(rank?.('went') ?? 0).toBeLessThan(rank?.('firmware') ?? 0);
    expect(rank?.('qwxzzy')).toBeUndefined();
  });

  it('scores a word as itself 1, and an unknown word 0', () => {
    expect(related('patient', 'patient')).toBeCloseTo(1, 1);
    expect(related('qwxzvbnm', 'patient')).toBe(0);
  });

  it('without its file, relates nothing (coverage falls back to words and synonyms)', () => {
    const none = wordRelatedness(new URL('file:///nonexistent/word-vectors.bin.gz'));
    expect(none('listened', 'heard')).toBe(0);
  });
});
