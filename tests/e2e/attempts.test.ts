// history --question and review --question --attempts, through the built binary.
import { describe, expect, it } from 'vitest';
import { tempHome } from '../helpers/pty.js';
import { runBinary } from '../helpers/run-cli.js';
import { daysAgo, writeSession } from '../helpers/sessions.js';

function home(): string {
  const h = tempHome();
  const base = { prompt: 'Alpha prompt?', keyPoints: ['alpha point', 'beta point'] };
  writeSession(h, daysAgo(3), [
    {
      id: 'alpha-question',
      ...base,
      rating: 2,
      covered: 0,
      answer: 'I would check the inputs.',
      answerSeconds: 30,
    },
    { id: 'other', rating: 5 },
  ]);
  writeSession(h, daysAgo(2), [{ id: 'alpha-question', status: 'skipped' }]);
  writeSession(h, daysAgo(1), [
    {
      id: 'alpha-question',
      ...base,
      rating: 4,
      covered: 2,
      answer: 'I would validate the inputs and fuzz the parser.',
      answerSeconds: 60,
    },
  ]);
  writeSession(h, daysAgo(0), [{ id: 'other', rating: 3 }]);
  return h;
}

describe('history --question', () => {
  it('lists every attempt at one question, oldest first, with rating, coverage, pace and time', () => {
    const r = runBinary(['history', '--question', 'alpha-question'], {
      env: { REHEARSE_HOME: home() },
    });
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows[0]).toBe('alpha-question: 3 attempts');
    expect(rows[2]).toMatch(/answered +2\/5 +0% +10 +0:30 \/ 2:00/);
    expect(rows[3]).toMatch(/skipped +— +—/);
    expect(rows[4]).toMatch(/answered +4\/5 +100% +9 +1:00 \/ 2:00/);
  });

  it('--json gives the same attempts', () => {
    const r = runBinary(['history', '--question', 'alpha-question', '--json'], {
      env: { REHEARSE_HOME: home() },
    });
    const lines = JSON.parse(r.stdout);
    expect(lines.map((l: { status: string; rating?: number }) => [l.status, l.rating])).toEqual([
      ['answered', 2],
      ['skipped', undefined],
      ['answered', 4],
    ]);
    expect(lines[0]).toMatchObject({ coverage: 0, wordsPerMinute: 10, answerSeconds: 30 });
  });

  it('says so when the question was never attempted', () => {
    const r = runBinary(['history', '--question', 'nope'], { env: { REHEARSE_HOME: home() } });
    expect(r.stdout).toContain('No attempts at nope yet.');
  });
});

describe('review --question --attempts', () => {
  it('shows the answers side by side and what changed between the last two', () => {
    const r = runBinary(['review', '--question', 'alpha-question', '--attempts'], {
      env: { REHEARSE_HOME: home() },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('alpha-question: 2 answers');
    const side = r.stdout.split('\n').find((l) => l.includes('│') && l.includes('I would check'));
    expect(side).toMatch(/I would check the inputs\. +│ I would validate the inputs and fuzz/);
    expect(r.stdout).toContain('I would [-check-]{+validate+} the inputs {+and fuzz the parser+}.');
  });

  it('needs --question', () => {
    const r = runBinary(['review', '--attempts'], { env: { REHEARSE_HOME: home() } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--attempts goes with --question ID');
  });
});
