import { describe, expect, it } from 'vitest';
import { planInterview, scheduleStatus } from '../../src/core/interview/schedule.js';
import type { InterviewScript } from '../../src/core/interview/script-schema.js';

const script: InterviewScript = {
  title: 'Round',
  duration: '30m',
  sources: ['pack.yaml'],
  sections: [
    { id: 'warm-up', title: 'Warm-up', time: '5m', questions: [{ id: 'a' }, { id: 'b' }] },
    {
      id: 'technical',
      title: 'Technical',
      time: '20m',
      questions: [{ id: 'c', time: '12m' }, { id: 'd' }, { id: 'e' }],
    },
    { id: 'close', title: 'Close', time: '5m', questions: [] },
  ],
  rubric: {
    criteria: [{ id: 'depth', title: 'Depth' }],
    scale: [
      { score: 1, label: 'No', meaning: 'x' },
      { score: 2, label: 'Yes', meaning: 'y' },
    ],
  },
};
const plan = planInterview(script, () => 180);

describe('planInterview: budgets per question', () => {
  it.each([
    ['a', 150, 0],
    ['b', 150, 150],
    ['c', 720, 300],
    ['d', 240, 1020],
    ['e', 240, 1260],
  ])('%s gets %i s, planned to start at %i s', (id, budget, start) => {
    expect(plan.items.find((i) => i.questionId === id)).toMatchObject({
      budgetSeconds: budget,
      plannedStart: start,
    });
  });
  it('knows the whole duration and each section', () => {
    expect(plan.durationSeconds).toBe(1800);
    expect(plan.sections.map((s) => [s.id, s.budgetSeconds, s.plannedStart])).toEqual([
      ['warm-up', 300, 0],
      ['technical', 1200, 300],
      ['close', 300, 1500],
    ]);
  });
});

describe('scheduleStatus: ahead, on time, behind', () => {
  it.each([
    ['on plan at the start', 0, { overall: 0, question: 0, section: 0 }, 'on-time', 0],
    ['question b started late', 1, { overall: 300, question: 0, section: 150 }, 'behind', 150],
    ['question b started early', 1, { overall: 60, question: 0, section: 60 }, 'ahead', -90],
    [
      'overrunning a question puts it behind',
      0,
      { overall: 250, question: 250, section: 250 },
      'behind',
      100,
    ],
    ['a minute either way is on time', 2, { overall: 350, question: 0, section: 0 }, 'on-time', 50],
  ] as const)('%s', (_, index, elapsed, pace, drift) => {
    expect(scheduleStatus(plan, index, elapsed)).toMatchObject({ pace, drift });
  });
  it('reports time left for the question, section and interview', () => {
    expect(scheduleStatus(plan, 2, { overall: 400, question: 100, section: 100 })).toMatchObject({
      questionRemaining: 620,
      sectionRemaining: 1100,
      overallRemaining: 1400,
    });
  });
});
