import { describe, expect, it } from 'vitest';
import { checkpointsOf, deriveStates } from '../../src/core/schedule/cards.js';
import { addDays, daysBetween, parseDay } from '../../src/core/schedule/days.js';
import { dueReport } from '../../src/core/schedule/due.js';
import { at, ref, session } from './helpers.js';

const BANK = [ref('alpha'), ref('bravo'), ref('charlie'), ref('delta')];

describe('derived state', () => {
  it('an empty history: every question is new, nothing due, no next date', () => {
    const report = dueReport(deriveStates(BANK, []), '2026-11-10', at('2026-11-10'));
    expect(report.due).toEqual([]);
    expect(report.fresh.map((q) => q.id)).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
    expect(report.nextDue).toBeUndefined();
  });

  it('counts attempts across sessions, in time order whatever the order of the files', () => {
    const sessions = [
      session('2026-11-03', [{ id: 'alpha', rating: 4 }]),
      session('2026-11-01', [
        { id: 'alpha', rating: 1 },
        { id: 'bravo', status: 'skipped' },
      ]),
      session('2026-11-02', [{ id: 'alpha', status: 'pending' }]),
    ];
    const [alpha, bravo, charlie] = deriveStates(BANK, sessions);
    expect(alpha?.attempts.map((a) => a.at.slice(0, 10))).toEqual([
      at('2026-11-01').toISOString().slice(0, 10),
      at('2026-11-03').toISOString().slice(0, 10),
    ]);
    expect(alpha?.lastRating).toBe(4);
    expect(bravo?.attempts).toHaveLength(1);
    expect(charlie?.card).toBeUndefined();
  });

  it.each([
    // rating on 1 November → first date it is due (FSRS defaults, no fuzz)
    [1, '2026-11-02'],
    [2, '2026-11-03'],
    [3, '2026-11-04'],
    [5, '2026-11-09'],
  ])('a first rating of %i makes the question due on %s', (rating, expected) => {
    const sessions = [session('2026-11-01', [{ id: 'alpha', rating }])];
    const [alpha] = deriveStates([ref('alpha')], sessions);
    const report = dueReport(
      deriveStates([ref('alpha')], sessions),
      '2026-11-01',
      at('2026-11-01', 10),
    );
    expect(report.nextDue?.toISOString()).toBe(alpha?.card?.due.toISOString());
    const dueDay = alpha?.card?.due as Date;
    expect(daysBetween('2026-11-01', expected)).toBe(
      Math.round((dueDay.getTime() - at('2026-11-01').getTime()) / 86_400_000),
    );
    // Due on that day, not the day before.
    expect(
      dueReport(deriveStates([ref('alpha')], sessions), expected, at('2026-11-01')).due,
    ).toHaveLength(1);
    expect(
      dueReport(deriveStates([ref('alpha')], sessions), addDays(expected, -1), at('2026-11-01'))
        .due,
    ).toHaveLength(0);
  });

  it('orders what is due weakest first: lowest chance of recall, then the earliest due', () => {
    const sessions = [
      session('2026-11-01', [
        { id: 'alpha', rating: 5 },
        { id: 'bravo', rating: 1 },
        { id: 'charlie', rating: 3 },
        { id: 'delta', rating: 2 },
      ]),
    ];
    const report = dueReport(deriveStates(BANK, sessions), '2026-12-01', at('2026-11-01'));
    expect(report.due.map((d) => d.question.id)).toEqual(['bravo', 'delta', 'charlie', 'alpha']);
    const rs = report.due.map((d) => d.retrievability);
    expect([...rs].sort((a, b) => a - b)).toEqual(rs);
    expect(rs.every((r) => r > 0 && r < 1)).toBe(true);
  });

  it('says a question changed when its content hash differs from the last attempt, and keeps its history', () => {
    const sessions = [
      session('2026-11-01', [{ id: 'alpha', rating: 2 }]),
      session('2026-11-02', [
        { id: 'alpha', rating: 2 },
        { id: 'bravo', rating: 3 },
      ]),
    ];
    const states = deriveStates([ref('alpha', 'h2'), ref('bravo', 'h1')], sessions);
    expect(states.map((s) => s.changed)).toEqual([true, false]);
    expect(states[0]?.attempts).toHaveLength(2);
    const report = dueReport(states, '2026-12-01', at('2026-12-01'));
    expect(report.changed.map((q) => q.id)).toEqual(['alpha']);
    expect(report.due.find((d) => d.question.id === 'alpha')?.changed).toBe(true);
  });

  it('does not call a question changed when old files carry no hash', () => {
    const sessions = [session('2026-11-01', [{ id: 'alpha', rating: 2, hash: undefined }])];
    expect(deriveStates([ref('alpha', 'h9')], sessions)[0]?.changed).toBe(false);
  });

  it('gives the same result for the same files (nothing hidden is stored)', () => {
    const sessions = [
      session('2026-11-01', [
        { id: 'alpha', rating: 2 },
        { id: 'bravo', rating: 4 },
      ]),
    ];
    const a = dueReport(deriveStates(BANK, sessions), '2026-11-20', at('2026-11-20'));
    const b = dueReport(
      deriveStates(BANK, [...sessions].reverse()),
      '2026-11-20',
      at('2026-11-20'),
    );
    expect(b).toEqual(a);
  });
});

describe('parseDay', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    ['2028-02-29', '2028-02-29'],
    ['2026-02-29', undefined],
    ['2026-13-01', undefined],
    ['tomorrow', undefined],
    ['2026-1-5', undefined],
  ])('%s → %s', (text, expected) => expect(parseDay(text)).toBe(expected));
});

describe('checkpoints (what the cache holds)', () => {
  const sessions = [
    session('2026-11-01', [
      { id: 'alpha', rating: 1 },
      { id: 'bravo', rating: 4 },
    ]),
    session('2026-11-03', [{ id: 'alpha', rating: 3 }]),
    session('2026-11-09', [
      { id: 'alpha', rating: 2 },
      { id: 'bravo', rating: 5 },
    ]),
  ];
  const full = deriveStates(BANK, sessions);

  it('resuming from a checkpoint of a prefix gives exactly the full replay', () => {
    const early = checkpointsOf(deriveStates(BANK, sessions.slice(0, 2)));
    expect(deriveStates(BANK, sessions, early)).toEqual(full);
    expect(early.get('alpha')?.n).toBe(2);
  });

  it.each([
    [
      'a changed rating',
      [
        session('2026-11-01', [
          { id: 'alpha', rating: 5 },
          { id: 'bravo', rating: 4 },
        ]),
        ...sessions.slice(1),
      ],
    ],
    ['a deleted session', [sessions[1], sessions[2]]],
    [
      'a session inserted before',
      [session('2026-10-20', [{ id: 'alpha', rating: 1 }]), ...sessions],
    ],
  ])('a stale checkpoint (%s) is ignored', (_name, changed) => {
    const stale = checkpointsOf(full);
    const list = changed as ReturnType<typeof session>[];
    expect(deriveStates(BANK, list, stale)).toEqual(deriveStates(BANK, list));
  });
});

describe('hand-edited files', () => {
  it('leaves out a session without a readable start and ignores a rating of the wrong type', () => {
    const broken = { ...session('2026-11-01', [{ id: 'alpha', rating: 1 }]), startedAt: 'soon' };
    const odd = session('2026-11-02', [
      { id: 'bravo', rating: '5' as unknown as number },
      { id: 7 as unknown as string, rating: 3 },
    ]);
    const [alpha, bravo] = deriveStates([ref('alpha'), ref('bravo')], [broken, odd]);
    expect(alpha?.card).toBeUndefined();
    expect(bravo?.attempts).toHaveLength(1);
    expect(bravo?.lastRating).toBeUndefined();
    // Unrated counts as Good: due three days later.
    expect(
      dueReport([bravo as NonNullable<typeof bravo>], '2026-11-05', at('2026-11-05')).due,
    ).toHaveLength(1);
    expect(
      dueReport([bravo as NonNullable<typeof bravo>], '2026-11-04', at('2026-11-04')).due,
    ).toHaveLength(0);
  });
});
