// The reveal in the session engine: each reveal knows its question's place, "try again" keeps
// the earlier attempt, and a rating interrupted by quitting is asked for when the session resumes.
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/core/session/record.js';
import { owedReveals } from '../../src/core/session/record.js';
import {
  QuitSession,
  type RevealView,
  runSession,
  type SessionUi,
} from '../../src/core/session/run-session.js';
import { FakeClock, newRecord, question } from './fake-session.js';

type RevealStep = number | undefined | 'retry' | 'quit';

function ui(answers: string[], reveals: RevealStep[]) {
  const seen: (Pick<RevealView, 'index' | 'count' | 'canRetry'> & { id: string })[] = [];
  const session: SessionUi = {
    prep: async () => 'answer',
    answer: async () => ({ action: 'submit', text: answers.shift() ?? '' }),
    async reveal(view) {
      seen.push({
        id: view.question.id,
        index: view.index,
        count: view.count,
        canRetry: view.canRetry,
      });
      const step = reveals.shift();
      if (step === 'quit') throw new QuitSession();
      return step;
    },
    notice() {},
  };
  return { session, seen };
}

async function run(record: SessionRecord, answers: string[], reveals: RevealStep[]) {
  const clock = new FakeClock();
  const { session, seen } = ui(answers, reveals);
  await runSession(record, { ui: session, clock, save: async () => {} });
  return seen;
}

describe('reveals', () => {
  it('with --reveal end, each reveal names its own question, in order', async () => {
    const clock = new FakeClock();
    const record = newRecord({ reveal: 'end' }, [question('a'), question('b')], clock);
    const seen = await run(record, ['one', 'two'], [4, 2]);
    expect(seen).toEqual([
      { id: 'a', index: 0, count: 2, canRetry: false },
      { id: 'b', index: 1, count: 2, canRetry: false },
    ]);
    expect(record.questions.map((q) => q.self_rating)).toEqual([4, 2]);
  });

  it('"try again" answers once more and keeps the first attempt', async () => {
    const clock = new FakeClock();
    const record = newRecord({ reveal: 'each' }, [question('a')], clock);
    const seen = await run(record, ['first try', 'second try'], ['retry', 5]);
    expect(seen.map((s) => s.canRetry)).toEqual([true, false]);
    const q = record.questions[0];
    expect(q).toMatchObject({ status: 'answered', answer: 'second try', self_rating: 5 });
    expect(q?.attempts).toEqual([expect.objectContaining({ answer: 'first try' })]);
    expect(q?.attempts?.[0]?.self_rating).toBeUndefined();
    expect(record.status).toBe('finished');
  });

  it.each(['each', 'end'] as const)(
    'with --reveal %s, a rating interrupted by quitting is asked for on resume',
    async (reveal) => {
      const clock = new FakeClock();
      const record = newRecord({ reveal }, [question('a')], clock);
      await run(record, ['my answer'], ['quit']);
      expect(record.status).toBe('in-progress');
      expect(owedReveals(record).map((q) => q.id)).toEqual(['a']);

      const seen = await run(record, [], [3]);
      expect(seen.map((s) => s.id)).toEqual(['a']);
      expect(record.questions[0]?.self_rating).toBe(3);
      expect(owedReveals(record)).toEqual([]);
      expect(record.status).toBe('finished');
    },
  );

  it('a rating declined with Enter is not asked again', async () => {
    const clock = new FakeClock();
    const record = newRecord({ reveal: 'each' }, [question('a')], clock);
    await run(record, ['my answer'], [undefined]);
    expect(record.questions[0]?.revealed).toBe(true);
    expect(owedReveals(record)).toEqual([]);
  });
});
