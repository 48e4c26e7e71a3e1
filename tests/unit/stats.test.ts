import { describe, expect, it } from 'vitest';
import type { SessionDigest } from '../../src/core/history/digest.js';
import { computeStats, historyLines, weaknessScore } from '../../src/core/history/stats.js';
import { sparkline } from '../../src/ui/render/sparkline.js';

const session = (
  id: string,
  startedAt: string,
  qs: Partial<SessionDigest['questions'][number]>[],
  status = 'finished',
): SessionDigest => ({
  id,
  kind: 'practice',
  startedAt,
  status,
  packs: ['questions/pack.yaml'],
  elapsedSeconds: 100,
  questions: qs.map((q, i) => ({ id: `q${i}`, tags: [], status: 'answered', ...q })),
});

const sessions = [
  session('s1', '2026-01-01T10:00:00Z', [
    {
      id: 'sbom',
      tags: ['supply'],
      rating: 2,
      coverage: 0.25,
      answerSeconds: 200,
      limitSeconds: 180,
      overtimeSeconds: 20,
    },
    { id: 'boot', tags: ['firmware'], rating: 5, coverage: 1 },
  ]),
  session(
    's2',
    '2026-01-03T10:00:00Z',
    [
      {
        id: 'sbom',
        tags: ['supply'],
        rating: 3,
        coverage: 0.5,
        answerSeconds: 90,
        limitSeconds: 180,
      },
      { id: 'boot', tags: ['firmware'], status: 'skipped' },
    ],
    'in-progress',
  ),
  session('s3', '2026-01-02T10:00:00Z', [
    { id: 'sbom', tags: ['supply'], rating: 4, coverage: 0.75 },
  ]),
];

describe('historyLines', () => {
  it('lists newest first with answered counts, average rating and finished state', () => {
    expect(
      historyLines(sessions).map((l) => [
        l.id,
        l.answered,
        l.questions,
        l.averageRating,
        l.finished,
      ]),
    ).toEqual([
      ['s2', 1, 2, 3, false],
      ['s3', 1, 1, 4, true],
      ['s1', 2, 2, 3.5, true],
    ]);
  });
});

describe('computeStats', () => {
  const stats = computeStats(sessions);
  it('orders each trend oldest first', () => {
    expect(stats.questions.sbom).toMatchObject({
      ratings: [2, 4, 3],
      coverage: [0.25, 0.75, 0.5],
      attempts: 3,
      averageRating: 3,
      overTimeCount: 1,
    });
    expect(stats.questions.sbom?.timeUsed).toBeCloseTo((200 / 180 + 90 / 180) / 2);
  });
  it('aggregates by tag', () =>
    expect(stats.tags.firmware).toMatchObject({ ratings: [5], attempts: 1 }));
  it('puts the weakest question first, with its reasons', () => {
    expect(stats.weakest.map((w) => w.id)).toEqual(['sbom', 'boot']);
    expect(stats.weakest[1]?.reason).toContain('skipped 1×');
  });
  it.each([
    [{ ratings: [5, 5], coverage: [1, 1], attempts: 2, overTimeCount: 0, lastPractised: '' }, 0, 1],
    [{ ratings: [1], coverage: [0], attempts: 1, overTimeCount: 0, lastPractised: '' }, 0, 0.1],
    [{ ratings: [5], coverage: [1], attempts: 1, overTimeCount: 1, lastPractised: '' }, 2, 0.7],
    [{ ratings: [], coverage: [], attempts: 1, overTimeCount: 0, lastPractised: '' }, 0, 0.5],
  ])('weaknessScore(%j, skipped %i) = %d', (trend, skipped, score) =>
    expect(weaknessScore(trend, skipped)).toBe(score),
  );
});

describe('sparkline', () => {
  it.each([
    [[1, 2, 3, 4, 5], 1, 5, '▁▃▅▆█'],
    [[0, 0.5, 1], 0, 1, '▁▅█'],
    [[9, -1], 0, 1, '█▁'],
    [[], 0, 1, ''],
  ])('%j in [%d, %d] → %s', (values, min, max, line) =>
    expect(sparkline(values, min, max)).toBe(line),
  );
});
