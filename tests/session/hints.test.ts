// --hints: key points shown one at a time before the reveal; what the candidate adds is kept apart
// from the answer, and coverage is recorded before and after.
import { describe, expect, it } from 'vitest';
import { reviewSession } from '../../src/core/review/review.js';
import type { SessionRecord } from '../../src/core/session/record.js';
import { type HintView, runSession, type SessionUi } from '../../src/core/session/run-session.js';
import { parseSession, serializeSession } from '../../src/store/session-file.js';
import { runHintSteps } from '../../src/ui/hint-steps.js';
import { FakeClock, newRecord, question, scriptedUi } from './fake-session.js';

async function withHints(lines: (string | undefined)[], hints = true) {
  const clock = new FakeClock();
  const record = newRecord(
    { hints },
    [question('q1', { key_points: ['input validation', 'threat model', 'fuzzing'] })],
    clock,
  );
  const { ui: base, seen } = scriptedUi(clock, [{ typing: [[1000, 'We validated inputs.']] }]);
  const said: string[] = [];
  const reveals: string[][] = [];
  const ui: SessionUi = {
    ...base,
    hints: (view: HintView) =>
      runHintSteps(
        view,
        async () => lines.shift(),
        (text) => void said.push(text),
      ),
    async reveal(view) {
      reveals.push(view.coverage.filter((c) => c.covered).map((c) => c.point));
      return base.reveal(view);
    },
  };
  const saves: SessionRecord[] = [];
  await runSession(record, { ui, clock, save: async (r) => void saves.push(structuredClone(r)) });
  return { record, said, reveals, seen, saves };
}

describe('runSession with --hints', () => {
  it('shows the points one at a time and keeps the addition apart from the answer', async () => {
    const { record, said, reveals } = await withHints([
      '',
      'I would threat model the API.',
      '',
      '.',
    ]);
    const q = record.questions[0];
    expect(said).toEqual([
      'Hints: 3 key points, one at a time.',
      'Hint 1 of 3: input validation',
      'Hint 2 of 3: threat model',
      'Hint 3 of 3: fuzzing',
    ]);
    expect(q?.answer).toBe('We validated inputs.');
    expect(q?.hints).toEqual({
      shown: 3,
      addition: 'I would threat model the API.',
      coverage_after: {
        covered: ['input validation', 'threat model'],
        missed: ['fuzzing'],
      },
    });
    expect(q?.coverage?.covered).toEqual(['input validation']);
    // The reveal that follows counts what was added.
    expect(reveals).toEqual([['input validation', 'threat model']]);
  });

  it('"." stops early: only the hints seen are counted, nothing added', async () => {
    const { record } = await withHints(['.']);
    expect(record.questions[0]?.hints).toEqual({
      shown: 1,
      coverage_after: { covered: ['input validation'], missed: ['threat model', 'fuzzing'] },
    });
  });

  it('without --hints, no hints are offered', async () => {
    const { record, said } = await withHints(['.'], false);
    expect(said).toEqual([]);
    expect(record.questions[0]?.hints).toBeUndefined();
  });

  it('the session file keeps the hints; review compares coverage before and after', async () => {
    const { record } = await withHints(['', 'Fuzzing the parser and a threat model.', '.']);
    const read = parseSession(serializeSession(record), 'x.yaml');
    expect(read.questions[0]?.hints?.addition).toBe('Fuzzing the parser and a threat model.');
    const review = reviewSession(read).questions[0];
    expect(review?.hints).toMatchObject({
      shown: 2,
      before: { covered: 1, total: 3 },
      after: { covered: 3, total: 3 },
    });
  });

  it('reads a session file written before hints existed', async () => {
    const { record } = await withHints([], false);
    const text = serializeSession(record).replace(/\n\s+hints:.*$/m, '');
    expect(reviewSession(parseSession(text, 'old.yaml')).questions[0]?.hints).toBeUndefined();
  });
});
