import { describe, expect, it } from 'vitest';
import type { LoadedQuestion } from '../../src/core/load/parse-file.js';
import { planQuestions, seedFrom, shuffled } from '../../src/core/session/plan.js';

const q = (id: string, extra: Partial<LoadedQuestion['question']> = {}): LoadedQuestion => ({
  question: { id, prompt: `${id}?`, ...extra },
  file: 'f.yaml',
  index: 0,
  span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
  pack: { title: 't' },
});
const bank = [
  q('a', { tags: ['x'], difficulty: 'easy', kind: 'technical' }),
  q('b', { tags: ['y'], difficulty: 'hard', kind: 'behavioral' }),
  q('c', { tags: ['x', 'y'], difficulty: 'medium', kind: 'technical' }),
  q('d', { difficulty: 'hard' }),
];
const ids = (options: Parameters<typeof planQuestions>[1]) =>
  planQuestions(bank, options).map((l) => l.question.id);

describe('planQuestions', () => {
  it.each([
    [{}, ['a', 'b', 'c', 'd']],
    [{ tags: ['x'] }, ['a', 'c']],
    [{ tags: ['x', 'y'] }, ['a', 'b', 'c']],
    [{ difficulties: ['hard'] as const }, ['b', 'd']],
    [{ kinds: ['technical'] as const, difficulties: ['medium'] as const }, ['c']],
    [{ ids: ['d', 'a'] }, ['d', 'a']],
    [{ ids: ['d', 'a'], tags: ['x'] }, ['a']],
    [{ count: 2 }, ['a', 'b']],
    [{ tags: ['none'] }, []],
  ])('%j → %j', (options, expected) => expect(ids(options)).toEqual(expected));

  it('the same seed gives the same order, another seed another', () => {
    const one = ids({ shuffle: true, seed: 42 });
    expect(ids({ shuffle: true, seed: 42 })).toEqual(one);
    expect([...one].sort()).toEqual(['a', 'b', 'c', 'd']);
    const orders = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => ids({ shuffle: true, seed }).join()),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('shuffles then cuts to --count', () => {
    expect(ids({ shuffle: true, seed: 7, count: 2 })).toEqual(
      ids({ shuffle: true, seed: 7 }).slice(0, 2),
    );
  });
});

describe('seedFrom', () => {
  it.each([
    ['42', 42],
    ['0', 0],
  ])('%j is the number %i', (text, seed) => expect(seedFrom(text)).toBe(seed));
  it('hashes words stably', () => {
    expect(seedFrom('banana')).toBe(seedFrom('banana'));
    expect(seedFrom('banana')).not.toBe(seedFrom('apple'));
  });
  it('shuffled keeps every item', () =>
    expect(shuffled([1, 2, 3, 4, 5], 9).sort()).toEqual([1, 2, 3, 4, 5]));
});
