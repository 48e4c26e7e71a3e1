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
    s.type(`${KEYS.down}${KEYS.down}${KEYS.enter}`); // strong-no → no → yes
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
});
