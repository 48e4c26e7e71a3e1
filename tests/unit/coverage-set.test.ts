// Keeps key-point coverage from getting worse on the labelled set: the figures recorded in
// docs/review.md (node bench/coverage.mjs) are the floor.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLabelledSet, scoreMatcher } from '../../bench/lib/coverage-set.js';
import { coverKeyPoints } from '../../src/core/compare/coverage.js';
import type { KeyPoint } from '../../src/core/questions/key-points.js';
import { wordRelatedness } from '../../src/store/word-vectors.js';

const set = readLabelledSet(
  readFileSync(new URL('../fixtures/coverage/labelled.yaml', import.meta.url), 'utf8'),
);
// As the commands run it: with the word vectors shipped in data/.
const related = wordRelatedness();
const covered = (answer: string, point: KeyPoint, prompt: string) =>
  coverKeyPoints(answer, [point], prompt, { related })[0]?.covered ?? false;

describe('the labelled coverage set', () => {
  it('is big enough to mean something: 15+ answers, 80+ labels, every label known', () => {
    expect(set.length).toBeGreaterThanOrEqual(15);
    const labels = set.flatMap((a) => a.key_points.map((k) => k.human));
    expect(labels.length).toBeGreaterThanOrEqual(80);
    expect(new Set(labels)).toEqual(new Set(['covered', 'partly', 'missing']));
  });

  // Recorded in docs/review.md; raise these when the matcher gets better. Rules and synonyms were
  // chosen on the tune parts, the three relatedness settings on the tune and held-out parts
  // together (a validation set by then); held-out-5, held-out-6 and held-out-7 were written blind
  // afterwards, one at a time, and are the untouched tests. See there.
  const part = (split: string) => set.filter((a) => a.split === split);
  it.each([
    ['all', set, { precision: 0.783, recall: 0.723, f1: 0.752 }],
    ['tune', part('tune'), { precision: 0.964, recall: 0.818, f1: 0.885 }],
    ['tune-2', part('tune-2'), { precision: 0.889, recall: 0.851, f1: 0.87 }],
    ['tune-3', part('tune-3'), { precision: 0.87, recall: 0.783, f1: 0.825 }],
    ['held-out', part('held-out'), { precision: 0.8, recall: 0.625, f1: 0.702 }],
    ['held-out-2', part('held-out-2'), { precision: 0.813, recall: 0.65, f1: 0.722 }],
    ['held-out-3', part('held-out-3'), { precision: 0.652, recall: 0.682, f1: 0.667 }],
    ['held-out-4', part('held-out-4'), { precision: 0.875, recall: 0.824, f1: 0.848 }],
    ['held-out-5', part('held-out-5'), { precision: 0.706, recall: 0.735, f1: 0.72 }],
    ['held-out-6', part('held-out-6'), { precision: 0.678, recall: 0.667, f1: 0.672 }],
    ['held-out-7', part('held-out-7'), { precision: 0.698, recall: 0.611, f1: 0.652 }],
  ] as const)(
    '%s: precision, recall and F1 of covered stay at or above the recorded figures',
    (_, answers, floor) => {
      const s = scoreMatcher(answers, covered);
      expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(s.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(s.f1).toBeGreaterThanOrEqual(floor.f1);
    },
  );
});
