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

  // Recorded in docs/review.md; raise these when the matcher gets better. The held-out parts were
  // not used to choose anything: their floors are what the matcher scores on answers it was not
  // tuned on (held-out, held-out-2 and held-out-3 fell when tune-2 and tune-3 came in; see there).
  const part = (split: string) => set.filter((a) => a.split === split);
  it.each([
    ['all', set, { precision: 0.844, recall: 0.722, f1: 0.778 }],
    ['tune', part('tune'), { precision: 1, recall: 0.818, f1: 0.9 }],
    ['tune-2', part('tune-2'), { precision: 0.87, recall: 0.851, f1: 0.86 }],
    ['tune-3', part('tune-3'), { precision: 0.891, recall: 0.817, f1: 0.852 }],
    ['held-out', part('held-out'), { precision: 0.783, recall: 0.563, f1: 0.655 }],
    ['held-out-2', part('held-out-2'), { precision: 0.765, recall: 0.65, f1: 0.703 }],
    ['held-out-3', part('held-out-3'), { precision: 0.6, recall: 0.545, f1: 0.571 }],
    ['held-out-4', part('held-out-4'), { precision: 0.833, recall: 0.588, f1: 0.69 }],
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
