// Property: for any history, bank size, number of days and a cap that leaves room, the plan has
// one entry per day, keeps the cap, never repeats a question within a day, and reaches every
// question; and the due list is always weakest first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveStates } from '../../src/core/schedule/cards.js';
import { addDays } from '../../src/core/schedule/days.js';
import { dueReport } from '../../src/core/schedule/due.js';
import { buildPlan } from '../../src/core/schedule/plan.js';
import { at, ref, session } from './helpers.js';

const TODAY = '2026-11-30';

const historyArb = (bank: number) =>
  fc.array(
    fc.record({
      daysAgo: fc.integer({ min: 0, max: 60 }),
      answers: fc.array(
        fc.record({
          q: fc.integer({ min: 0, max: bank - 1 }),
          rating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
          skipped: fc.boolean(),
        }),
        { maxLength: 6 },
      ),
    }),
    { maxLength: 12 },
  );

describe('plan properties', () => {
  it('covers every question within the cap, one entry per day', () => {
    let reached = 0;
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 40 })
          .chain((bank) =>
            fc.tuple(
              fc.constant(bank),
              historyArb(bank),
              fc.integer({ min: 1, max: 20 }),
              fc.integer({ min: 0, max: 5 }),
            ),
          ),
        ([bank, history, days, spare]) => {
          const refs = Array.from({ length: bank }, (_, i) => ref(`q${i}`));
          const sessions = history.map((h, i) =>
            session(
              addDays(TODAY, -h.daysAgo),
              h.answers.map((a) => ({
                id: `q${a.q}`,
                status: a.skipped ? 'skipped' : 'answered',
                ...(a.rating === undefined ? {} : { rating: a.rating }),
              })),
              i % 12,
            ),
          );
          const states = deriveStates(refs, sessions);
          const perDay = Math.ceil(bank / days) + spare;
          const plan = buildPlan({
            states,
            now: at(TODAY, 13),
            today: TODAY,
            interview: addDays(TODAY, days),
            perDay,
          });
          expect(plan.days.map((d) => d.date)).toEqual(
            Array.from({ length: days }, (_, i) => addDays(TODAY, i)),
          );
          for (const d of plan.days) {
            expect(d.questions.length).toBeLessThanOrEqual(perDay);
            expect(new Set(d.questions).size).toBe(d.questions.length);
          }
          expect(plan.uncovered).toEqual([]);
          const rs = dueReport(states, TODAY, at(TODAY, 13)).due.map((d) => d.retrievability);
          expect(rs).toEqual([...rs].sort((a, b) => a - b));
          reached++;
        },
      ),
      { numRuns: 300 },
    );
    console.log(`plan property: ${reached} generated cases reached the assertions`);
    expect(reached).toBe(300);
  });
});
