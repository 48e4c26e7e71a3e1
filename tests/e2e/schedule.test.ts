// End-to-end: `due`, `plan`, `practice --due` and the start menu, through the built binary, in a
// pseudo-terminal where a person would use them. Histories are session files dated relative to
// now, so "today" is the real today.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addDays, dayOf } from '../../src/core/schedule/days.js';
import type { SessionRecord } from '../../src/core/session/record.js';
import { KEYS, PtySession, tempHome } from '../helpers/pty.js';
import { runBinary } from '../helpers/run-cli.js';
import { daysAgo, writeSession } from '../helpers/sessions.js';

const PACK = 'tests/fixtures/schedule/pack.yaml';
/** Pseudo-terminal waits and whole tests get room on a loaded machine (no timing is asserted). */
const WAIT = 15_000;
const SLOW = { timeout: 60_000 };
const ALL = [
  'alpha-question',
  'bravo-question',
  'charlie-question',
  'delta-question',
  'echo-question',
];
const asked = (id: string) => ({
  id,
  prompt: `${id[0]?.toUpperCase()}${id.slice(1, id.indexOf('-'))} prompt?`,
  ...(id === 'alpha-question' ? { keyPoints: ['alpha point'], covered: 1 } : {}),
});

const sessions: PtySession[] = [];
const start = (args: string[], options: ConstructorParameters<typeof PtySession>[1] = {}) => {
  const s = new PtySession(args, options);
  sessions.push(s);
  return s;
};
afterEach(() => {
  for (const s of sessions.splice(0)) s.proc.kill('SIGKILL');
});

/** Skips the first question (so the session is worth a file) and quits with Ctrl+C. */
async function skipThenQuit(s: PtySession): Promise<void> {
  s.type(KEYS.ctrlX);
  await s.waitFor(/Question 2 of|Session paused|Session complete/, WAIT);
  s.type(KEYS.ctrlC);
  await s.exited;
}

/** alpha rated 1 and bravo rated 2 five days ago (both due now), charlie rated 5 yesterday. */
function history(): string {
  const home = tempHome();
  writeSession(home, daysAgo(5), [
    { ...asked('alpha-question'), rating: 1 },
    { ...asked('bravo-question'), rating: 2 },
  ]);
  writeSession(home, daysAgo(1), [{ ...asked('charlie-question'), rating: 5 }]);
  return home;
}

const savedRecords = (home: string): SessionRecord[] => {
  const dir = path.join(home, 'sessions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(path.join(dir, f), 'utf8')) as SessionRecord);
};

async function untilRecord(
  home: string,
  check: (r: SessionRecord) => boolean,
): Promise<SessionRecord> {
  const deadline = Date.now() + WAIT;
  for (;;) {
    const found = (() => {
      try {
        return savedRecords(home).find(check);
      } catch {
        return undefined;
      }
    })();
    if (found) return found;
    if (Date.now() > deadline) throw new Error('the expected session file never appeared');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('rehearse due', SLOW, () => {
  it('lists what is due weakest first, then the new questions by pack and tag', async () => {
    const s = start(['due', PACK], { home: history(), cols: 80, rows: 24 });
    const screen = await s.waitFor('Start with', WAIT);
    const rows = screen.split('\n');
    const alpha = rows.findIndex((r) => r.startsWith('alpha-question'));
    const bravo = rows.findIndex((r) => r.startsWith('bravo-question'));
    expect(alpha).toBeGreaterThan(-1);
    expect(bravo).toBeGreaterThan(alpha);
    expect(screen).toContain('Due by');
    expect(screen).not.toMatch(/^charlie-question/m);
    expect(screen).toContain('2 new questions wait');
    expect(screen).toMatch(/by pack: pack\.yaml 2/);
    expect(screen).toMatch(/by tag: +people 1/);
    expect((await s.exited).exitCode).toBe(0);
  });

  it('--json has the documented shape, and a later --on makes more due', () => {
    const home = history();
    const today = runBinary(['due', PACK, '--json'], { env: { REHEARSE_HOME: home } });
    expect(today.code).toBe(0);
    const json = JSON.parse(today.stdout);
    expect(Object.keys(json)).toEqual(['on', 'due', 'new', 'next_due']);
    expect(json.on).toBe(dayOf(new Date()));
    expect(json.due.map((d: { id: string }) => d.id)).toEqual(['alpha-question', 'bravo-question']);
    expect(json.due[0]).toEqual({
      id: 'alpha-question',
      due: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      retrievability: expect.any(Number),
      last_rating: 1,
      attempts: 1,
    });
    expect(json.due[0].retrievability).toBeLessThan(json.due[1].retrievability);
    expect(json.new).toEqual(['delta-question', 'echo-question']);
    expect(Date.parse(json.next_due)).toBeGreaterThan(Date.now());

    const later = runBinary(['due', PACK, '--json', '--on', addDays(dayOf(new Date()), 60)], {
      env: { REHEARSE_HOME: home },
    });
    const ids = JSON.parse(later.stdout).due.map((d: { id: string }) => d.id);
    expect(ids).toContain('charlie-question');
    expect(ids).toHaveLength(3);
  });

  it('the cache in $REHEARSE_HOME can be deleted or broken: the same result, rebuilt', () => {
    const home = history();
    const run = () => runBinary(['due', PACK, '--json'], { env: { REHEARSE_HOME: home } }).stdout;
    const first = run();
    const cache = path.join(home, 'cache', 'schedule.json');
    expect(statSync(cache).mode & 0o777).toBe(0o600);
    expect(run()).toBe(first);
    rmSync(cache);
    expect(run()).toBe(first);
    expect(existsSync(cache)).toBe(true);
    writeFileSync(cache, '{"format":1,"cards":{"alpha-question":{"n":1,"key":"x","card":{}}}');
    expect(run()).toBe(first);
    // A new attempt is counted whatever the cache holds.
    writeSession(home, daysAgo(0), [{ ...asked('alpha-question'), rating: 5 }]);
    const after = JSON.parse(run());
    expect(after.due.map((d: { id: string }) => d.id)).toEqual(['bravo-question']);
  });

  it('an empty history: nothing due, every question new, next_due null', () => {
    const r = runBinary(['due', PACK, '--json'], { env: { REHEARSE_HOME: tempHome() } });
    expect(JSON.parse(r.stdout)).toMatchObject({ due: [], new: ALL, next_due: null });
  });

  it('says when a question changed since it was practised, and keeps its history', () => {
    const home = tempHome();
    writeSession(home, daysAgo(10), [
      { ...asked('bravo-question'), prompt: 'Old bravo?', rating: 3 },
    ]);
    const r = runBinary(['due', PACK], { env: { REHEARSE_HOME: home } });
    expect(r.stdout).toContain(
      'Changed since you last practised it (history kept): bravo-question',
    );
    const json = JSON.parse(
      runBinary(['due', PACK, '--json'], { env: { REHEARSE_HOME: home } }).stdout,
    );
    expect(json.due[0]).toMatchObject({ id: 'bravo-question', attempts: 1, last_rating: 3 });
  });

  it.each([
    [['--on', '2026-02-30'], /--on "2026-02-30" is not a date/],
    [['--on', 'tomorrow'], /use YYYY-MM-DD/],
  ])('rejects %j with a usage error', (args, message) => {
    const r = runBinary(['due', PACK, ...args], { env: { REHEARSE_HOME: tempHome() } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error|at .*\.js/);
  });
});

describe('rehearse plan', SLOW, () => {
  it('plans every question before the interview, remembers the date (0600), and forgets it', async () => {
    const home = history();
    const interview = addDays(dayOf(new Date()), 3);
    const s = start(['plan', PACK, '--interview', interview, '--per-day', '3'], { home });
    const screen = await s.waitFor("Today's share", WAIT);
    expect(screen).toContain(`Plan to your interview on ${interview}: 3 days, at most 3`);
    expect(screen).toContain('3 days to your interview, 2 questions never practised.');
    expect((await s.exited).exitCode).toBe(0);

    const file = path.join(home, 'plan.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ interview, per_day: 3 });
    expect(statSync(file).mode & 0o777).toBe(0o600);

    // The date and cap are remembered.
    const json = JSON.parse(
      runBinary(['plan', PACK, '--json'], { env: { REHEARSE_HOME: home } }).stdout,
    );
    expect(json.interview).toBe(interview);
    expect(json.days.map((d: { date: string }) => d.date)).toEqual(
      [0, 1, 2].map((n) => addDays(dayOf(new Date()), n)),
    );
    for (const d of json.days) expect(d.questions.length).toBeLessThanOrEqual(3);
    expect(new Set(json.days.flatMap((d: { questions: string[] }) => d.questions))).toEqual(
      new Set(ALL),
    );

    // `due` counts down too.
    expect(runBinary(['due', PACK], { env: { REHEARSE_HOME: home } }).stdout).toContain(
      '3 days to your interview, 2 questions never practised.',
    );

    const cleared = runBinary(['plan', '--clear'], { env: { REHEARSE_HOME: home } });
    expect(cleared.stdout).toContain(`Forgot the interview date (${interview})`);
    expect(existsSync(file)).toBe(false);
    const none = runBinary(['plan', PACK], { env: { REHEARSE_HOME: home } });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no interview date yet');
  });

  it.each([
    [['--interview', '2026-13-01'], /is not a date/],
    [['--interview', dayOf(new Date())], /not after today/],
    [
      ['--interview', '2999-01-01', '--per-day', '0'],
      /--per-day "0" must be a whole number of at least 1/,
    ],
    [['--interview', '2999-01-01'], /more than a year away/],
    [['--interview', '2999-01-01', '--per-day', 'lots'], /--per-day "lots"/],
  ])('rejects %j with a usage error and remembers nothing', (args, message) => {
    const home = tempHome();
    const r = runBinary(['plan', PACK, ...args], { env: { REHEARSE_HOME: home } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(path.join(home, 'plan.json'))).toBe(false);
  });
});

describe('a broken plan.json', SLOW, () => {
  it('is named and ignored by due, stops plan, and plan --clear removes it', () => {
    const home = history();
    writeFileSync(path.join(home, 'plan.json'), '{not json');
    const env = { REHEARSE_HOME: home };
    const due = runBinary(['due', PACK], { env });
    expect(due.code).toBe(0);
    expect(due.stderr).toMatch(/plan\.json is not readable .*rehearse plan --clear/);
    expect(due.stdout).toContain('Due by');
    const plan = runBinary(['plan', PACK], { env });
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('plan.json is not readable');
    expect(runBinary(['plan', '--clear'], { env }).code).toBe(0);
    expect(existsSync(path.join(home, 'plan.json'))).toBe(false);
  });
});

describe('rehearse practice --due and --plan', SLOW, () => {
  it('asks what is due, weakest first, then up to --new new questions', async () => {
    const home = history();
    const s = start(['practice', PACK, '--due', '--new', '1'], { home });
    await s.waitFor('3 questions', WAIT);
    s.type(KEYS.enter);
    await s.waitFor('Alpha prompt?', WAIT);
    await skipThenQuit(s);
    const record = await untilRecord(home, (r) => r.status === 'in-progress');
    expect(record.questions.map((q) => q.id)).toEqual([
      'alpha-question',
      'bravo-question',
      'delta-question',
    ]);
  });

  it('--limit caps the due questions; nothing left says when the next one is due', () => {
    const home = history();
    const none = runBinary(['practice', PACK, '--due', '--limit', '1', '--new', '0', '--plain'], {
      env: { REHEARSE_HOME: home },
      input: 'my answer\n.\n4\n',
    });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('answered      1 of 1');
    expect(none.stdout).toMatch(/Next due\n {2}alpha-question {2}\d{4}-\d\d-\d\d \(/);
    // Charlie was practised yesterday, so this makes two days in a row.
    expect(none.stdout).toContain('Streak: 2 days in a row.');

    const fresh = tempHome();
    writeSession(
      fresh,
      daysAgo(0),
      ALL.map((id) => ({ ...asked(id), rating: 4 })),
    );
    const r = runBinary(['practice', PACK, '--due', '--plain'], { env: { REHEARSE_HOME: fresh } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Nothing is due today .* Next due: \d{4}-\d\d-\d\d\./);
  });

  it.each([
    [['--due', '--limit', '0'], /--limit "0" must be a whole number of at least 1/],
    [['--due', '--new', '-1'], /--new/],
    [['--limit', '3'], /--limit and --new go with --due/],
    [['--due', '--ids', 'alpha-question'], /--ids cannot be combined with --due/],
    [['--due', '--plan'], /pick one/],
    [['--plan'], /no interview date yet/],
  ])('rejects %j with a usage error', (args, message) => {
    const r = runBinary(['practice', PACK, ...args, '--plain'], {
      env: { REHEARSE_HOME: tempHome() },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("--plan asks today's share of the plan", async () => {
    const home = history();
    const interview = addDays(dayOf(new Date()), 2);
    expect(
      runBinary(['plan', PACK, '--interview', interview, '--per-day', '3'], {
        env: { REHEARSE_HOME: home },
      }).code,
    ).toBe(0);
    const json = JSON.parse(
      runBinary(['plan', PACK, '--json'], { env: { REHEARSE_HOME: home } }).stdout,
    );
    const s = start(['practice', PACK, '--plan'], { home });
    await s.waitFor(`${json.days[0].questions.length} questions`, WAIT);
    s.type(KEYS.enter);
    await s.waitFor('Prep', WAIT);
    await skipThenQuit(s);
    const record = await untilRecord(home, (r) => r.status === 'in-progress');
    expect(record.questions.map((q) => q.id)).toEqual(json.days[0].questions);
  });
});

describe('the start menu', SLOW, () => {
  it('offers to continue, what is due and a new session; "due" starts the due questions', async () => {
    const home = tempHome();
    writeSession(home, daysAgo(4), [{ id: 'conflict-with-colleague', rating: 1, prompt: 'x' }]);
    writeSession(home, daysAgo(0), [{ id: 'why-this-role', status: 'pending' }], {
      status: 'in-progress',
    });
    const s = start(['practice'], { home });
    const screen = await s.waitFor('New session: choose pack, tag and count', WAIT);
    expect(screen).toContain('Continue the unfinished session (1 question left)');
    expect(screen).toMatch(/Practise what is due \(1 due, 3 new\)/);
    expect(screen).not.toContain("Today's plan");
    s.type(KEYS.ctrlC);
    await s.exited;

    // With an interview date, today's plan is offered too.
    const interview = addDays(dayOf(new Date()), 5);
    writeFileSync(path.join(home, 'plan.json'), JSON.stringify({ interview, per_day: 4 }));
    const again = start(['practice'], { home });
    await again.waitFor(`Today's plan (4 questions, interview ${interview})`, WAIT);
    again.kill('SIGKILL');
    await again.exited;
    expect(savedRecords(home)).toHaveLength(2);

    const pick = start(['practice'], { home });
    await pick.waitFor('New session: choose pack, tag and count', WAIT);
    pick.type(KEYS.down);
    pick.type(KEYS.enter);
    await pick.waitFor('Ready to start?', WAIT);
    pick.type(KEYS.enter);
    await pick.waitFor('Prep', WAIT);
    await skipThenQuit(pick);
    const record = await untilRecord(
      home,
      (r) => r.status === 'in-progress' && r.questions.length === 4,
    );
    expect(record.questions[0]?.id).toBe('conflict-with-colleague');
  });

  it('a new session by pack, tag and count (default 5)', async () => {
    const s = start(['practice'], { home: tempHome() });
    await s.waitFor('What would you like to practise?', WAIT);
    expect(s.screen()).not.toContain('Continue the unfinished');
    expect(s.screen()).toContain('Practise what is due (0 due, 3 new)');
    s.type(KEYS.down);
    s.type(KEYS.enter);
    await s.waitFor('Which pack?', WAIT);
    s.type(KEYS.down);
    s.type(KEYS.enter);
    await s.waitFor('Which tag?', WAIT);
    s.type(KEYS.enter);
    const screen = await s.waitFor('How many questions?', WAIT);
    expect(screen).toContain('(5)');
    s.type(KEYS.enter);
    await s.waitFor('5 questions', WAIT);
    await s.waitFor('Ready to start?', WAIT);
    s.type(KEYS.ctrlC);
    expect((await s.exited).exitCode).toBe(130);
  });

  it('Ctrl+C in the menu starts nothing and exits 130', async () => {
    const home = tempHome();
    const s = start(['practice'], { home });
    await s.waitFor('What would you like to practise?', WAIT);
    s.type(KEYS.ctrlC);
    expect((await s.exited).exitCode).toBe(130);
    expect(existsSync(path.join(home, 'sessions'))).toBe(false);
  });

  it("is skipped when the input is not a terminal: today's behaviour", () => {
    const r = runBinary(['practice', '--plain', '--count', '1'], {
      env: { REHEARSE_HOME: tempHome() },
      input: 'an answer\n.\n3\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('What would you like to practise?');
    expect(r.stdout).toContain('answered      1 of 1');
  });
});
