import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { type Attempt, gradeFor } from '../../src/core/schedule/grade.js';

const base: Attempt = { sessionId: 's', at: '2026-11-01T09:00:00.000Z', status: 'answered' };

describe('gradeFor', () => {
  it.each([
    ['rating 1', { rating: 1 }, Rating.Again],
    ['rating 2', { rating: 2 }, Rating.Hard],
    ['rating 3', { rating: 3 }, Rating.Good],
    ['rating 4', { rating: 4 }, Rating.Good],
    ['rating 5', { rating: 5 }, Rating.Easy],
    ['unrated answer', {}, Rating.Good],
    ['skipped', { status: 'skipped' as const, rating: 5 }, Rating.Again],
    ['rating 5, half the key points', { rating: 5, coverage: 0.5 }, Rating.Easy],
    ['rating 5, a third of the key points', { rating: 5, coverage: 0.33 }, Rating.Good],
    ['rating 3, no key points covered', { rating: 3, coverage: 0 }, Rating.Hard],
    ['rating 1, no key points covered', { rating: 1, coverage: 0 }, Rating.Again],
    ['rating 4, cut off by the time limit', { rating: 4, timedOut: true }, Rating.Hard],
    [
      'rating 4, cut off and low coverage',
      { rating: 4, timedOut: true, coverage: 0.2 },
      Rating.Again,
    ],
    ['unrated, low coverage', { coverage: 0.1 }, Rating.Hard],
  ])('%s → %s', (_name, extra, expected) => {
    expect(gradeFor({ ...base, ...extra })).toBe(expected);
  });
});
