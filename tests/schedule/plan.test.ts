import { describe, expect, it } from 'vitest';
import { deriveStates } from '../../src/core/schedule/cards.js';
import { buildPlan, defaultPerDay } from '../../src/core/schedule/plan.js';
import { at, ref, session } from './helpers.js';

const bank = (n: number) =>
  Array.from({ length: n }, (_, i) => ref(`q${String(i).padStart(2, '0')}`));
const all = (days: { questions: string[] }[]) => days.flatMap((d) => d.questions);
const count = (days: { questions: string[] }[], id: string) =>
  all(days).filter((q) => q === id).length;

describe('buildPlan', () => {
  it('an empty history: one entry per day up to the day before the interview, every question once', () => {
    const plan = buildPlan({
      states: deriveStates(bank(12), []),
      now: at('2026-11-02'),
      today: '2026-11-02',
      interview: '2026-11-06',
    });
    expect(plan.days.map((d) => d.date)).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
    ]);
    expect(new Set(all(plan.days))).toEqual(new Set(bank(12).map((q) => q.id)));
    expect(plan.uncovered).toEqual([]);
  });

  it.each([
    // questions, days, cap
    [34, 10, 5],
    [34, 5, 8],
    [10, 1, 10],
    [20, 14, 3],
  ])('%i questions over %i days with at most %i a day: all covered, cap kept', (n, days, cap) => {
    const today = '2026-11-02';
    const interview = new Date(Date.UTC(2026, 10, 2 + days)).toISOString().slice(0, 10);
    const plan = buildPlan({
      states: deriveStates(bank(n), []),
      now: at(today),
      today,
      interview,
      perDay: cap,
    });
    expect(plan.days).toHaveLength(days);
    for (const d of plan.days) expect(d.questions.length).toBeLessThanOrEqual(cap);
    for (const d of plan.days) expect(new Set(d.questions).size).toBe(d.questions.length);
    expect(new Set(all(plan.days)).size).toBe(n);
  });

  it('says which questions do not fit when the cap is too small', () => {
    const plan = buildPlan({
      states: deriveStates(bank(10), []),
      now: at('2026-11-02'),
      today: '2026-11-02',
      interview: '2026-11-04',
      perDay: 3,
    });
    expect(all(plan.days)).toHaveLength(6);
    expect(plan.uncovered).toHaveLength(4);
  });

  it('brings weak questions back more often than strong ones', () => {
    const ids = ['weak', 'strong', 'filler1', 'filler2'];
    const sessions = [
      session('2026-10-30', [
        { id: 'weak', rating: 1 },
        { id: 'strong', rating: 5 },
        { id: 'filler1', rating: 3 },
        { id: 'filler2', rating: 3 },
      ]),
    ];
    const plan = buildPlan({
      states: deriveStates(
        ids.map((id) => ref(id)),
        sessions,
      ),
      now: at('2026-11-02'),
      today: '2026-11-02',
      interview: '2026-11-12',
      perDay: 4,
    });
    expect(count(plan.days, 'weak')).toBeGreaterThanOrEqual(3);
    expect(count(plan.days, 'weak')).toBeGreaterThan(count(plan.days, 'strong'));
    expect(count(plan.days, 'strong')).toBeGreaterThanOrEqual(1);
    // The weakest question comes first on the first day.
    expect(plan.days[0]?.questions[0]).toBe('weak');
  });

  it('puts never-practised questions before practised ones in the share of the first day', () => {
    const sessions = [session('2026-11-01', [{ id: 'q00', rating: 4 }])];
    const plan = buildPlan({
      states: deriveStates(bank(4), sessions),
      now: at('2026-11-01', 10),
      today: '2026-11-01',
      interview: '2026-11-05',
      perDay: 1,
    });
    expect(plan.days.map((d) => d.questions)).toEqual([['q01'], ['q02'], ['q03'], ['q00']]);
  });

  it('counts what was already practised today against the cap and leaves it out of today', () => {
    const sessions = [
      session(
        '2026-11-02',
        [
          { id: 'q00', rating: 1 },
          { id: 'q01', rating: 2 },
        ],
        8,
      ),
    ];
    const plan = buildPlan({
      states: deriveStates(bank(6), sessions),
      now: at('2026-11-02', 12),
      today: '2026-11-02',
      interview: '2026-11-05',
      perDay: 3,
      doneToday: new Set(['q00', 'q01']),
    });
    expect(plan.days[0]?.questions).toHaveLength(1);
    expect(plan.days[0]?.questions).not.toContain('q00');
    expect(new Set(all(plan.days))).toEqual(new Set(['q00', 'q01', 'q02', 'q03', 'q04', 'q05']));
  });

  it('no days when the interview is today', () => {
    const plan = buildPlan({
      states: deriveStates(bank(3), []),
      now: at('2026-11-02'),
      today: '2026-11-02',
      interview: '2026-11-02',
    });
    expect(plan.days).toEqual([]);
    expect(plan.uncovered).toHaveLength(3);
  });

  it.each([
    [34, 10, 6],
    [34, 3, 14],
    [4, 10, 5],
  ])('default cap for %i questions over %i days is %i', (n, d, expected) =>
    expect(defaultPerDay(n, d)).toBe(expected),
  );
});
