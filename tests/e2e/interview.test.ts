// End-to-end: an interview in a real pseudo-terminal, from the intro to the saved scorecard.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Scorecard } from '../../src/core/interview/scorecard.js';
import { KEYS, PtySession } from '../helpers/pty.js';

const SCRIPT = 'tests/fixtures/interview/good.interview.yaml';
const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.proc.kill('SIGKILL');
});

const cards = (home: string) =>
  readdirSync(path.join(home, 'scorecards')).map((f) => ({
    file: path.join(home, 'scorecards', f),
    card: parse(readFileSync(path.join(home, 'scorecards', f), 'utf8')) as Scorecard,
  }));

describe('rehearse interview in a terminal', () => {
  it('asks, ticks, notes, scores and saves a scorecard; example answers never appear', async () => {
    const s = new PtySession(['interview', SCRIPT, '--candidate', 'Sam Lee'], {
      cols: 100,
      rows: 32,
    });
    sessions.push(s);
    await s.waitFor('Press Enter to start');
    s.type(KEYS.enter);
    let screen = await s.waitFor('Ask: Alpha?');
    expect(screen).toContain('[ ] 1 a');
    s.type('Clear answer.');
    s.type('\u001b1'); // Alt+1 ticks key point 1
    screen = await s.waitFor('[x] 1 a');
    expect(screen).toMatch(/Q \d:\d\d\/\d:\d\d │ section/);
    s.type('\u000e'); // Ctrl+N: next question
    await s.waitFor('Ask: Beta?');
    s.type('\u000e');
    await s.waitFor('Score after One');
    s.type('2');
    await s.waitFor('Justification');
    s.type(`Solid on both${KEYS.enter}`);
    await s.waitFor('Overall recommendation');
    // No choice is made in advance: the interviewer types one.
    s.type(`3${KEYS.enter}`);
    await s.waitFor('Summary for the hiring team');
    s.type(`Hire.${KEYS.ctrlD}`);
    await s.waitFor('Interview complete');
    expect((await s.exited).exitCode).toBe(0);
    expect(s.output).not.toContain('A.'); // the example answer of alpha
    const [{ file, card }] = cards(s.home) as [{ file: string; card: Scorecard }];
    expect(card).toMatchObject({
      status: 'finished',
      candidate: 'Sam Lee',
      recommendation: 'yes',
      summary: 'Hire.',
    });
    expect(card.questions[0]).toMatchObject({
      id: 'alpha',
      status: 'asked',
      notes: 'Clear answer.',
      key_points: [{ point: 'a', ticked: true }],
    });
    expect(card.scores).toEqual([
      {
        criterion: 'depth',
        after: 'one',
        score: 2,
        label: 'Strong',
        justification: 'Solid on both',
      },
    ]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('SIGHUP mid-question keeps the notes; resume continues the interview', async () => {
    const s = new PtySession(['interview', SCRIPT], { cols: 100, rows: 32 });
    sessions.push(s);
    // Without --candidate the interviewer is asked; Enter leaves the name out.
    await s.waitFor("Candidate's name", 15000);
    s.type(KEYS.enter);
    await s.waitFor('Press Enter to start');
    s.type(KEYS.enter);
    await s.waitFor('Ask: Alpha?');
    s.type('Notes typed just before the terminal closed');
    await s.waitFor('terminal closed');
    s.kill('SIGHUP');
    await s.exited;
    expect(cards(s.home)[0]?.card.questions[0]?.notes).toBe(
      'Notes typed just before the terminal closed',
    );
    const r = new PtySession(['resume'], { cols: 100, rows: 32, home: s.home });
    sessions.push(r);
    await r.waitFor('Notes typed just before the terminal closed');
  });

  it('at 80×24 shows what to ask and every key point of the bundled interview; ticks stay visible', async () => {
    const s = new PtySession(
      ['interview', 'questions/product-security-engineer.interview.yaml', '--candidate', 'A'],
      { cols: 80, rows: 24 },
    );
    sessions.push(s);
    await s.waitFor('Press Enter to start', 15000);
    s.type(KEYS.enter);
    await s.waitFor('Ask: Why do you want');
    s.type(KEYS.ctrlN);
    await s.waitFor('Score after Warm-up');
    s.type(KEYS.enter); // leave Communication unscored
    let screen = await s.waitFor('Ask: Tell me about the most serious');
    expect(screen).toContain('Key points heard');
    const points = screen.split('\n').filter((row) => /^\s+\[ \] \d/.test(row));
    expect(points).toHaveLength(6); // every key point of this question
    expect(screen).toMatch(/^\s+[•✓] \S/m); // and a guidance pane below them
    expect(screen).not.toContain('more guidance is hidden');
    expect(screen).toMatch(/Q \d+:\d\d\/\d+:\d\d/); // the clock
    s.type('\u001b2'); // Alt+2
    screen = await s.waitFor('[x] 2');
    // The guidance panes switch with Ctrl+O and the notes area stays.
    const before = screen;
    s.type(KEYS.ctrlO);
    screen = await s.waitUntil((text) => text !== before && text.includes('[x] 2'));
    expect(screen).toContain('Ctrl+O switch');
    for (const row of screen.split('\n')) expect(row.length).toBeLessThan(80);
    s.type(KEYS.ctrlC);
    await s.exited;
  });

  it('Enter at a score given before keeps it; Backspace clears it only after a "y"', async () => {
    const s = new PtySession(
      ['interview', 'tests/fixtures/interview/two-sections.interview.yaml', '--candidate', 'B'],
      { cols: 80, rows: 24 },
    );
    sessions.push(s);
    const scores = () => cards(s.home)[0]?.card.scores;
    await s.waitFor('Press Enter to start', 15000);
    s.type(KEYS.enter);
    await s.waitFor('Ask: Alpha?');
    s.type(KEYS.ctrlN);
    await s.waitFor('Score after One');
    s.type('2');
    await s.waitFor('Justification');
    s.type(`first reason${KEYS.enter}`);
    await s.waitFor('Ask: Beta?');
    const kept = { criterion: 'depth', after: 'one', score: 2, label: 'Strong' };
    expect(scores()).toEqual([{ ...kept, justification: 'first reason' }]);

    // Back to Alpha and on again: the earlier score is offered, and Enter keeps it.
    s.type(KEYS.ctrlB);
    await s.waitFor('Ask: Alpha?');
    s.type(KEYS.ctrlN);
    let screen = await s.waitFor('Enter keeps it');
    expect(screen).toContain('was 2');
    s.type(KEYS.enter);
    await s.waitFor('Justification');
    s.type(KEYS.enter);
    await s.waitFor('Ask: Beta?');
    expect(scores()).toEqual([{ ...kept, justification: 'first reason' }]);

    // Clearing is explicit and confirmed: "n" keeps the prompt, "y" clears.
    s.type(KEYS.ctrlB);
    await s.waitFor('Ask: Alpha?');
    s.type(KEYS.ctrlN);
    await s.waitFor('Enter keeps it');
    s.type(KEYS.backspace);
    await s.waitFor('Clear the score of 2?');
    s.type('n');
    await s.waitFor('Enter keeps it');
    s.type(KEYS.backspace);
    await s.waitFor('Clear the score of 2?');
    s.type('y');
    screen = await s.waitFor('Ask: Beta?');
    expect(scores()).toEqual([]);
    s.type(KEYS.ctrlC);
    await s.exited;
  });

  it('gives a section without questions its own timed notes screen, and shows rubric descriptions', async () => {
    const s = new PtySession(
      ['interview', 'tests/fixtures/interview/open.interview.yaml', '--candidate', 'C'],
      { cols: 80, rows: 24 },
    );
    sessions.push(s);
    await s.waitFor('Press Enter to start', 15000);
    s.type(KEYS.enter);
    await s.waitFor('Ask: Alpha?');
    s.type(KEYS.ctrlN);
    let screen = await s.waitFor('Score after One');
    expect(screen).toContain('Knows how the thing works underneath.');
    s.type(KEYS.enter);
    screen = await s.waitFor("Candidate's questions");
    expect(screen).toMatch(/section \d+:\d\d\/2:00/);
    s.type('They asked about on-call.');
    s.type(KEYS.ctrlN);
    await s.waitFor('Overall recommendation');
    s.type(KEYS.ctrlC);
    await s.exited;
    expect(cards(s.home)[0]?.card.open_sections).toEqual([
      expect.objectContaining({ id: 'theirs', status: 'done', notes: 'They asked about on-call.' }),
    ]);
  });
});
