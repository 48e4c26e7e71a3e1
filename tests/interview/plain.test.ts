// The interviewer's plain mode through a pipe: the spawned binary reads notes and commands as
// lines and writes a scorecard.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Scorecard } from '../../src/core/interview/scorecard.js';
import { runBinary } from '../helpers/run-cli.js';

const SCRIPT = 'tests/fixtures/interview/good.interview.yaml';
const home = () => mkdtempSync(path.join(os.tmpdir(), 'rehearse-interview-'));
const cards = (dir: string) =>
  readdirSync(path.join(dir, 'scorecards')).map((f) => ({
    file: path.join(dir, 'scorecards', f),
    card: parse(readFileSync(path.join(dir, 'scorecards', f), 'utf8')) as Scorecard,
  }));

describe('rehearse interview --plain', () => {
  it('takes notes, ticks key points, notes a follow-up, scores and recommends', () => {
    const dir = home();
    const input = [
      'Clear and structured.',
      '/tick 1',
      '/next',
      'Short answer.',
      '/next',
      '2',
      'Good depth on both',
      'yes',
      'Hire for the team.',
      'Strong on basics.',
      '.',
      '',
    ].join('\n');
    const r = runBinary(['interview', SCRIPT, '--candidate', 'Sam Lee', '--plain'], {
      input,
      env: { REHEARSE_HOME: dir },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Ask:');
    expect(r.stdout).toContain('Alpha?');
    expect(r.stdout).not.toContain('A.\n'); // example answers are interviewer-only and not shown at all
    const [{ file, card }] = cards(dir) as [{ file: string; card: Scorecard }];
    expect(card).toMatchObject({
      status: 'finished',
      candidate: 'Sam Lee',
      recommendation: 'yes',
      summary: 'Hire for the team.\nStrong on basics.',
    });
    expect(card.questions[0]).toMatchObject({
      id: 'alpha',
      status: 'asked',
      notes: 'Clear and structured.\n',
      key_points: [{ point: 'a', ticked: true }],
    });
    expect(card.scores).toEqual([
      {
        criterion: 'depth',
        after: 'one',
        score: 2,
        label: 'Strong',
        justification: 'Good depth on both',
      },
    ]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(r.stdout).toContain('Scorecard saved to');
  });

  it('end of input saves a resumable scorecard, and resume continues it', () => {
    const dir = home();
    const first = runBinary(['interview', SCRIPT, '--plain'], {
      input: 'First note\n',
      env: { REHEARSE_HOME: dir },
    });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('rehearse resume');
    expect(cards(dir)[0]?.card).toMatchObject({ status: 'in-progress', position: 0 });
    const second = runBinary(['resume', '--plain'], {
      input: 'more\n/next\n/next\n\nno\nNot yet.\n.\n',
      env: { REHEARSE_HOME: dir },
    });
    expect(second.code, second.stderr).toBe(0);
    expect(cards(dir)[0]?.card).toMatchObject({ status: 'finished', recommendation: 'no' });
    expect(cards(dir)[0]?.card.questions[0]?.notes).toBe('First note\nmore\n');
  });

  it('scores a criterion on its own levels, and the others on the shared scale', () => {
    const dir = home();
    const input = ['/next', '3', '2', 'Walked through it', '1', '', 'no', 'Not yet.', '.', ''];
    const r = runBinary(
      ['interview', 'tests/fixtures/interview/levels.interview.yaml', '--plain'],
      { input: input.join('\n'), env: { REHEARSE_HOME: dir } },
    );
    expect(r.code, r.stderr).toBe(0);
    const scoring = r.stdout.slice(r.stdout.indexOf('Score after One'));
    // The shared scale is listed for Clarity; Depth lists its own levels before its prompt.
    expect(scoring).toContain('  2 Strong: There');
    expect(scoring).toMatch(
      /Depth\n {2}1 Names only: Cannot say how it works\n {2}2 Explains it: Walks/,
    );
    expect(scoring).toContain('"3" is not on the scale.');
    // A criterion title longer than the summary's label column still leaves a gap before its score.
    expect(r.stdout).toContain('  Clarity of explanation 1 (1 score)\n');
    expect(r.stdout).toContain('  Depth                  2 (1 score)\n');
    expect(cards(dir)[0]?.card.scores).toEqual([
      {
        criterion: 'depth',
        after: 'one',
        score: 2,
        label: 'Explains it',
        justification: 'Walked through it',
      },
      { criterion: 'clarity', after: 'one', score: 1, label: 'Weak' },
    ]);
  });

  it('a script with errors exits 2 with positions', () => {
    const r = runBinary(
      ['interview', 'tests/fixtures/interview/dangling.interview.yaml', '--plain'],
      { env: { REHEARSE_HOME: home() } },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /dangling\.interview\.yaml:9:13: error question "gamma" is not in any source/,
    );
  });
});

describe('scorecards in history and reports', () => {
  it('history lists the interview; report renders the scorecard as escaped HTML and Markdown', () => {
    const dir = home();
    const input = [
      '<b>bold</b> notes',
      '/tick 1',
      '/next',
      '/next',
      '2',
      'Because <script>x</script>',
      'yes',
      'Hire.',
      '.',
      '',
    ].join('\n');
    const run = runBinary(
      ['interview', SCRIPT, '--candidate', '<img src=x onerror=alert(1)>', '--plain'],
      { input, env: { REHEARSE_HOME: dir } },
    );
    expect(run.code, run.stderr).toBe(0);
    const card = cards(dir)[0]?.card as Scorecard;

    const history = runBinary(['history', '--json'], { env: { REHEARSE_HOME: dir } });
    expect(JSON.parse(history.stdout)).toMatchObject([
      { kind: 'interview', id: card.id, status: 'interview: yes', answered: 2, questions: 2 },
    ]);

    const html = runBinary(['report', card.id, '--html', '-'], { env: { REHEARSE_HOME: dir } });
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toContain('Interview scorecard');
    expect(html.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.stdout).toContain('&lt;b&gt;bold&lt;/b&gt; notes');
    expect(html.stdout).not.toMatch(/<img|<script|<b>/);

    const md = runBinary(['report', card.id, '--md', '-'], { env: { REHEARSE_HOME: dir } });
    expect(md.stdout).toContain('- [x] a');
    expect(md.stdout).toContain('Recommendation: **yes**');
    expect(md.stdout).not.toContain('<script>');
  });
});
