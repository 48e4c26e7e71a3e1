// The interviewer's screen above the notes: what to ask and the checklist first, then one pane.
import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { InterviewQuestionView } from '../../src/core/interview/run-interview.js';
import { renderInterviewerScreen } from '../../src/ui/interview/screen-layout.js';

const c = new Chalk({ level: 0 });

function view(points: number, ticked: number[] = []): InterviewQuestionView {
  return {
    index: 1,
    count: 6,
    question: {
      id: 'defibrillator-critical-vulnerability',
      section: 'technical',
      status: 'pending',
      prompt:
        'Tell me about the most serious security flaw you have uncovered in a medical device you worked on. How did you work out what it could mean for patients?',
      notes: '',
      follow_up_notes: [],
      key_points: Array.from({ length: points }, (_, i) => ({
        point: `key point number ${i + 1}`,
        ticked: ticked.includes(i + 1),
      })),
      seconds: 0,
      budget_seconds: 480,
      source: { file: 'x.yaml', line: 1 },
    },
    guidance: {
      sectionTitle: 'Technical deep dives',
      followUps: ['How did you decide who needed to hear about it?', 'What would you do now?'],
      lookFor: ['Connects the flaw to a concrete clinical harm'],
      redFlags: ['Blames the developers'],
      sectionNotes: 'Let the candidate drive.',
    },
    tick: () => {
      throw new Error('not used');
    },
    changed: () => {},
  };
}

const rows = (text: string) => stripVTControlCharacters(text).split('\n');

describe('renderInterviewerScreen at 80×24 (79 columns, 15 rows above the notes)', () => {
  it.each([1, 4, 6, 8])('shows the question and all %i key points, within the rows', (n) => {
    const out = rows(renderInterviewerScreen(view(n), 79, 15, { pane: 0, scroll: 0 }, c));
    expect(out.length).toBeLessThanOrEqual(15);
    for (const row of out) expect(row.length).toBeLessThanOrEqual(79);
    // The whole prompt, wrapped at spaces.
    expect(out.join(' ').replace(/\s+/g, ' ')).toContain(`Ask: ${view(n).question.prompt}`);
    for (let i = 1; i <= n; i++) expect(out.join('\n')).toContain(`key point number ${i}`);
  });

  it('sums up key points that do not fit, naming the ticked ones among them', () => {
    const out = rows(renderInterviewerScreen(view(14, [2, 13]), 79, 15, { pane: 0, scroll: 0 }, c));
    expect(out.length).toBeLessThanOrEqual(15);
    expect(out.join('\n')).toContain('[x] 2 key point number 2');
    expect(out.join('\n')).toMatch(/\+\d+ more key points .*ticked: 13/);
  });

  it('shows one pane at a time; Ctrl+O moves to the next, wrapping round', () => {
    const panes = [0, 1, 2, 3, 4].map((pane) =>
      rows(renderInterviewerScreen(view(3), 79, 15, { pane, scroll: 0 }, c)).join('\n'),
    );
    expect(panes[0]).toContain('How did you decide who needed');
    expect(panes[1]).toContain('Connects the flaw');
    expect(panes[2]).toContain('Blames the developers');
    expect(panes[3]).toContain('Let the candidate drive.');
    expect(panes[4]).toBe(panes[0]);
    expect(panes[1]).not.toContain('How did you decide who needed');
  });

  it('clamps scrolling to the pane', () => {
    const state = { pane: 0, scroll: 50 };
    renderInterviewerScreen(view(3), 79, 15, state, c);
    expect(state.scroll).toBe(0);
  });
});
