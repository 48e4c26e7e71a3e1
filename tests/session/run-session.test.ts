import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/core/session/record.js';
import { AUTOSAVE_MS, PAUSE_SAVE_MS, runSession } from '../../src/core/session/run-session.js';
import { FakeClock, newRecord, question, type ScriptedAnswer, scriptedUi } from './fake-session.js';

async function run(
  settings: Parameters<typeof newRecord>[0],
  script: ScriptedAnswer[],
  ids = ['q1'],
) {
  const clock = new FakeClock();
  const record = newRecord(
    settings,
    ids.map((id) => question(id)),
    clock,
  );
  const { ui, seen } = scriptedUi(clock, script);
  const saves: SessionRecord[] = [];
  await runSession(record, { ui, clock, save: async (r) => void saves.push(structuredClone(r)) });
  return { record, seen, saves, clock };
}

describe('runSession: timing outcomes recorded per question', () => {
  it.each([
    [
      'submitted in time',
      {},
      [{ prepMs: 5000, typing: [[60_000, 'We validated inputs.']] }],
      {
        status: 'answered',
        answer: 'We validated inputs.',
        prep_seconds: 5,
        answer_seconds: 60,
        overtime_seconds: 0,
        timed_out: false,
      },
    ],
    [
      'soft timeout keeps typing, records overtime',
      {},
      [{ typing: [[190_000, 'late answer']] }],
      {
        status: 'answered',
        answer: 'late answer',
        answer_seconds: 190,
        overtime_seconds: 10,
        timed_out: true,
      },
    ],
    [
      'hard timeout submits what was typed',
      { on_timeout: 'hard' },
      [
        {
          typing: [
            [100_000, 'partial'],
            [100_000, 'never typed'],
          ],
        },
      ],
      { status: 'answered', answer: 'partial', answer_seconds: 180, timed_out: true },
    ],
    [
      'prep time running out starts the answer',
      { on_timeout: 'hard' },
      [{ prepMs: 45_000, typing: [[1000, 'x']] }],
      { status: 'answered', prep_seconds: 30, answer: 'x' },
    ],
    [
      '--no-timer records durations without limits',
      { timer: false, on_timeout: 'hard' },
      [{ typing: [[400_000, 'slow']] }],
      {
        status: 'answered',
        time_limit_seconds: null,
        answer_seconds: 400,
        timed_out: false,
        overtime_seconds: 0,
      },
    ],
    ['skipped at prep', {}, [{ prep: 'skip' }], { status: 'skipped', skipped: true }],
    [
      'skipped mid-answer keeps the text',
      {},
      [{ typing: [[5000, 'half a thought']], end: 'skip' }],
      { status: 'skipped', skipped: true, answer: 'half a thought' },
    ],
    // The tick interval around the gap is excluded too (here 1 s; 0.25 s in the terminal).
    [
      'a stopped process is not charged but recorded',
      {},
      [{ stoppedMs: 120_000, typing: [[10_000, 'ok']] }],
      { answer_seconds: 9, pauses: [{ seconds: 121, kind: 'stopped' }] },
    ],
  ] as const)('%s', async (_, settings, script, expected) => {
    const { record } = await run(settings, script as unknown as ScriptedAnswer[]);
    expect(record.questions[0]).toMatchObject(expected);
    expect(record.status).toBe('finished');
  });
});

describe('runSession: nothing typed is lost', () => {
  it('quitting mid-answer leaves a draft and a resumable session', async () => {
    const { record, saves } = await run({}, [{ typing: [[3000, 'first words']], end: 'quit' }]);
    expect(record.status).toBe('in-progress');
    expect(record.questions[0]).toMatchObject({
      status: 'in-progress',
      draft: 'first words',
      answer_seconds: 3,
    });
    expect(saves.at(-1)?.questions[0]?.draft).toBe('first words');
  });

  it('resume restores the draft and honours the time already used', async () => {
    const clock = new FakeClock();
    const record = newRecord({ on_timeout: 'hard' }, [question('q1')], clock);
    const first = scriptedUi(clock, [{ typing: [[100_000, 'draft so far']], end: 'quit' }]);
    await runSession(record, { ui: first.ui, clock, save: async () => {} });
    const second = scriptedUi(clock, [
      {
        typing: [
          [50_000, 'draft so far, continued'],
          [50_000, 'too late'],
        ],
      },
    ]);
    await runSession(record, { ui: second.ui, clock, save: async () => {} });
    expect(second.seen.initial).toEqual(['draft so far']);
    expect(record.questions[0]).toMatchObject({
      status: 'answered',
      answer: 'draft so far, continued',
      answer_seconds: 180,
      timed_out: true,
    });
    expect(record.questions[0]?.draft).toBeUndefined();
  });

  it(`autosaves drafts at most every ${AUTOSAVE_MS} ms while typing`, async () => {
    const typing: [number, string][] = Array.from({ length: 100 }, (_, i) => [
      100,
      'x'.repeat(i + 1),
    ]);
    const { saves } = await run({}, [{ typing }]);
    const drafts = saves.filter((s) => s.questions[0]?.draft !== undefined);
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    expect(drafts.length).toBeLessThanOrEqual((10 * 1000) / AUTOSAVE_MS + 1);
  });

  it(`saves the draft ${PAUSE_SAVE_MS} ms after typing pauses, even in the first second`, async () => {
    const { saves } = await run({}, [
      {
        typing: [
          [100, 'a'],
          [100, 'ab'],
          [600, 'ab'],
        ],
      },
    ]);
    expect(saves.some((s) => s.questions[0]?.draft === 'ab')).toBe(true);
  });
});

describe('runSession: the session as a whole', () => {
  it('--total stops asking once the budget is spent', async () => {
    const { record, seen } = await run(
      { total_seconds: 100 },
      [{ typing: [[120_000, 'long']] }, { typing: [[1000, 'never']] }],
      ['q1', 'q2'],
    );
    expect(record.status).toBe('out-of-time');
    expect(record.questions.map((q) => q.status)).toEqual(['answered', 'pending']);
    expect(seen.notices[0]).toMatch(/--total/);
  });

  it('hard --total ends the current answer too', async () => {
    const { record } = await run({ total_seconds: 60, on_timeout: 'hard' }, [
      {
        typing: [
          [50_000, 'a'],
          [50_000, 'b'],
        ],
      },
    ]);
    expect(record.questions[0]).toMatchObject({ answer: 'a', status: 'answered' });
  });

  it.each([
    ['each', ['q1', 'q2']],
    ['end', ['q1', 'q2']],
    ['never', []],
  ] as const)('--reveal %s shows comparisons for %j', async (reveal, shown) => {
    const { seen } = await run(
      { reveal },
      [{ typing: [[1000, 'a']] }, { typing: [[1000, 'b']] }],
      ['q1', 'q2'],
    );
    expect(seen.reveals).toEqual(shown);
  });

  it('stores coverage of key points with the answer', async () => {
    const { record } = await run({}, [
      { typing: [[1000, 'Inputs were validated after threat modelling.']] },
    ]);
    expect(record.questions[0]?.coverage).toEqual({
      covered: ['input validation', 'threat model'],
      missed: [],
    });
  });
});
