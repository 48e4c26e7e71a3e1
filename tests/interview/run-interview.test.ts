import { describe, expect, it } from 'vitest';
import {
  type InterviewUi,
  type QuestionAction,
  runInterview,
} from '../../src/core/interview/run-interview.js';
import { planInterview } from '../../src/core/interview/schedule.js';
import type { Scorecard } from '../../src/core/interview/scorecard.js';
import type { InterviewScript } from '../../src/core/interview/script-schema.js';
import { FakeClock } from '../session/fake-session.js';

const script: InterviewScript = {
  title: 'Round',
  duration: '20m',
  sources: ['pack.yaml'],
  sections: [
    {
      id: 'warm-up',
      title: 'Warm-up',
      time: '5m',
      questions: [{ id: 'a' }, { id: 'b' }],
      informs: ['communication'],
    },
    {
      id: 'deep',
      title: 'Deep dive',
      time: '15m',
      questions: [{ id: 'c', informs: ['depth'] }],
      score: 'question',
    },
  ],
  rubric: {
    criteria: [
      { id: 'communication', title: 'Communication' },
      { id: 'depth', title: 'Depth' },
    ],
    scale: [
      { score: 1, label: 'Weak', meaning: 'x' },
      { score: 2, label: 'Strong', meaning: 'y' },
    ],
  },
};

function newCard(): Scorecard {
  const plan = planInterview(script, () => 120);
  return {
    version: 1,
    kind: 'scorecard',
    id: 'card',
    tool: 'rehearse test',
    status: 'in-progress',
    script: { title: 'Round', file: 'round.interview.yaml', sha256: '0', duration_seconds: 1200 },
    started_at: '2026-11-26T09:00:00.000Z',
    elapsed_seconds: 0,
    position: 0,
    questions: plan.items.map((i) => ({
      id: i.questionId,
      section: i.sectionId,
      status: 'pending',
      prompt: `${i.questionId}?`,
      notes: '',
      follow_up_notes: [],
      key_points: [],
      seconds: 0,
      budget_seconds: i.budgetSeconds,
      source: { file: 'pack.yaml', line: 1 },
    })),
    scores: [],
  };
}

function scripted(
  clock: FakeClock,
  actions: { ms: number; action: QuestionAction; notes?: string }[],
) {
  const log: string[] = [];
  const ui: InterviewUi = {
    intro: async () => 'start',
    async question(view) {
      const step = actions.shift() ?? { ms: 0, action: 'quit' };
      log.push(`${view.question.id}:${step.action}`);
      for (let t = 0; t < step.ms; t += 1000) {
        clock.advance(1000);
        view.tick();
      }
      if (step.notes) view.question.notes = step.notes;
      return step.action;
    },
    async score(request) {
      log.push(`score ${request.after}: ${request.criteria.map((c) => c.id).join(',')}`);
      return request.criteria.map((c) => ({
        criterion: c.id,
        after: request.after,
        score: 2,
        label: 'Strong',
      }));
    },
    async finish() {
      log.push('finish');
      return { recommendation: 'yes', summary: 'Solid.' };
    },
  };
  return { ui, log };
}

const run = async (card: Scorecard, actions: Parameters<typeof scripted>[1]) => {
  const clock = new FakeClock();
  const { ui, log } = scripted(clock, actions);
  const saves: Scorecard[] = [];
  await runInterview(
    script,
    planInterview(script, () => 120),
    card,
    {
      ui,
      clock,
      save: async (c) => void saves.push(structuredClone(c)),
      guidance: () => ({ followUps: [], lookFor: [], redFlags: [] }),
    },
  );
  return { log, saves };
};

describe('runInterview', () => {
  it('asks in order, scores after the section or question as the script says, and finishes', async () => {
    const card = newCard();
    const { log } = await run(card, [
      { ms: 3000, action: 'next', notes: 'clear intro' },
      { ms: 2000, action: 'skip' },
      { ms: 5000, action: 'next' },
    ]);
    expect(log).toEqual([
      'a:next',
      'b:skip',
      'score warm-up: communication',
      'c:next',
      'score c: depth',
      'finish',
    ]);
    expect(card).toMatchObject({
      status: 'finished',
      recommendation: 'yes',
      summary: 'Solid.',
      elapsed_seconds: 10,
    });
    expect(card.questions.map((q) => [q.id, q.status, q.seconds])).toEqual([
      ['a', 'asked', 3],
      ['b', 'skipped', 2],
      ['c', 'asked', 5],
    ]);
    expect(card.questions[0]?.notes).toBe('clear intro');
    expect(card.scores.map((s) => `${s.after}/${s.criterion}`)).toEqual([
      'warm-up/communication',
      'c/depth',
    ]);
  });

  it('going back returns to the previous question and keeps its time', async () => {
    const card = newCard();
    const { log } = await run(card, [
      { ms: 3000, action: 'next' },
      { ms: 1000, action: 'back' },
      { ms: 2000, action: 'quit' },
    ]);
    expect(log).toEqual(['a:next', 'b:back', 'a:quit']);
    expect(card).toMatchObject({ status: 'in-progress', position: 0 });
    expect(card.questions[0]?.seconds).toBe(5);
  });

  it('quitting leaves a resumable card that continues where it stopped', async () => {
    const card = newCard();
    await run(card, [
      { ms: 1000, action: 'next' },
      { ms: 1000, action: 'quit', notes: 'half-written note' },
    ]);
    expect(card).toMatchObject({ status: 'in-progress', position: 1 });
    const { log } = await run(card, [
      { ms: 1000, action: 'next' },
      { ms: 1000, action: 'next' },
    ]);
    expect(log[0]).toBe('b:next');
    expect(card.questions[1]?.notes).toBe('half-written note');
    expect(card.status).toBe('finished');
  });

  it('re-scoring a section replaces its earlier scores', async () => {
    const card = newCard();
    card.scores = [{ criterion: 'communication', after: 'warm-up', score: 1, label: 'Weak' }];
    card.position = 1;
    await run(card, [
      { ms: 0, action: 'next' },
      { ms: 0, action: 'next' },
    ]);
    expect(card.scores.filter((s) => s.after === 'warm-up')).toEqual([
      { criterion: 'communication', after: 'warm-up', score: 2, label: 'Strong' },
    ]);
  });
});

describe('runInterview: a section without questions', () => {
  const withOpen: InterviewScript = {
    ...script,
    sections: [
      script.sections[0] as InterviewScript['sections'][number],
      { id: 'theirs', title: "Candidate's questions", time: '5m', questions: [], score: 'none' },
      script.sections[1] as InterviewScript['sections'][number],
    ],
  };

  it('gets its own timed screen in script order, with notes; quitting there resumes there', async () => {
    const clock = new FakeClock();
    const { ui, log } = scripted(clock, [
      { ms: 0, action: 'next' },
      { ms: 0, action: 'next' },
      { ms: 0, action: 'next' },
    ]);
    let quitOnce = true;
    ui.openSection = async (view) => {
      log.push(`open ${view.section.id}`);
      for (let t = 0; t < 4000; t += 1000) {
        clock.advance(1000);
        view.tick();
      }
      view.section.notes = 'asked about on-call';
      if (quitOnce) {
        quitOnce = false;
        return 'quit';
      }
      return 'next';
    };
    const plan = planInterview(withOpen, () => 120);
    const card = newCard();
    const deps = {
      ui,
      clock,
      save: async () => {},
      guidance: () => ({ followUps: [], lookFor: [], redFlags: [] }),
    };
    await runInterview(withOpen, plan, card, deps);
    expect(card.status).toBe('in-progress');
    await runInterview(withOpen, plan, card, deps);
    expect(log).toEqual([
      'a:next',
      'b:next',
      'score warm-up: communication',
      'open theirs',
      'open theirs',
      'c:next',
      'score c: depth',
      'finish',
    ]);
    expect(card.open_sections).toEqual([
      {
        id: 'theirs',
        title: "Candidate's questions",
        status: 'done',
        notes: 'asked about on-call',
        seconds: 8,
        budget_seconds: 300,
      },
    ]);
  });

  it('writes no open_sections for a script without such sections', async () => {
    const card = newCard();
    await run(card, [
      { ms: 0, action: 'next' },
      { ms: 0, action: 'next' },
      { ms: 0, action: 'next' },
    ]);
    expect(card.open_sections).toBeUndefined();
  });
});
