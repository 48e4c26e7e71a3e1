// Session files and scorecards are validated when read. A corrupted file is listed as unreadable
// by history and stats (the others still shown, exit 1), refused with its position by review,
// report and resume, and never written by a command that could not read it.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reachCounter } from '../helpers/reached.js';
import { runInProcess } from '../helpers/run-cli.js';

const GOOD = readFileSync(
  new URL('../fixtures/sessions/practice-mixed.yaml', import.meta.url),
  'utf8',
);
const OTHER = GOOD.replace('id: 20261126-182441-3fxf', 'id: 20261120-100000-good');

function home(bad: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-corrupt-'));
  const sessions = path.join(dir, 'sessions');
  mkdirSync(sessions, { recursive: true });
  writeFileSync(path.join(sessions, '20261120-100000-good.yaml'), OTHER);
  const file = path.join(sessions, '20261126-182441-3fxf.yaml');
  writeFileSync(file, bad);
  return { dir, file, env: { REHEARSE_HOME: dir } };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const CORRUPTIONS: [string, (t: string) => string][] = [
  ['a null question entry', (t) => t.replace('questions:\n', 'questions:\n  - null\n')],
  ['sources: none', (t) => t.replace(/sources:\n(?: {2}.*\n)+/, 'sources: none\n')],
  ['a numeric started_at', (t) => t.replace(/started_at: .*/, 'started_at: 12')],
  ['coverage: lots', (t) => t.replace(/ {4}coverage:\n(?: {6}.*\n)+/, '    coverage: lots\n')],
  [
    'a list of letters for questions',
    (t) => t.replace(/questions:\n[\s\S]*/, 'questions:\n  - hello\n'),
  ],
];

describe.each(CORRUPTIONS)('a session file with %s', (_, corrupt) => {
  const bad = corrupt(GOOD);

  it('changes the file (the corruption applies)', () => expect(bad).not.toBe(GOOD));

  it.each(['history', 'stats'])(
    '%s lists it as unreadable, shows the others, exits 1',
    async (command) => {
      const h = home(bad);
      const r = await runInProcess([command, '--json'], { env: h.env });
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr).toMatch(new RegExp(`skipped ${h.file}:\\d+:\\d+: not a valid session file`));
      if (command === 'history') expect(JSON.parse(r.stdout)).toHaveLength(1);
    },
  );

  it.each([
    ['review', ['review']],
    ['review --rate', ['review', '--rate', '4', '--question', 'input-validation']],
    ['report', ['report', '--md', '-']],
    ['resume', ['resume', '--plain']],
  ])('%s refuses it with a position and leaves it unchanged', async (_, args) => {
    const h = home(bad);
    const before = sha(h.file);
    const r = await runInProcess([...(args as string[]), h.file], { env: h.env });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toMatch(new RegExp(`${h.file}:\\d+:\\d+: error `));
    expect(sha(h.file)).toBe(before);
  });
});

describe('property: reading commands on mutated real session files', () => {
  const lines = GOOD.split('\n');
  const values = [
    'null',
    'none',
    '12',
    'lots',
    '[1, 2]',
    '{a: 1}',
    '- hello',
    '&a x',
    '*a',
    '!!binary AA',
    '"\\x7f"',
    '~',
    'true',
    '',
    '"',
    '[',
    '\t',
    'yes',
    '1e999',
    '-1',
  ];
  const mutation = fc.record({
    line: fc.nat({ max: lines.length - 1 }),
    how: fc.constantFrom('value', 'delete', 'duplicate', 'indent', 'noise'),
    value: fc.constantFrom(...values),
    noise: fc.string({ maxLength: 8 }),
  });

  it('never an internal error, never a write to a file that could not be read', async () => {
    const count = reachCounter('mutated session files');
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        count.run();
        const out = [...lines];
        for (const m of mutations) {
          const at = m.line % out.length;
          const line = out[at] as string;
          if (m.how === 'value')
            out[at] = line.includes(':')
              ? `${line.slice(0, line.indexOf(':') + 1)} ${m.value}`
              : `${line} ${m.value}`;
          else if (m.how === 'delete') out.splice(at, 1);
          else if (m.how === 'duplicate') out.splice(at, 0, line);
          else if (m.how === 'indent') out[at] = ` ${line}`;
          else out[at] = line + m.noise;
        }
        const text = out.join('\n');
        if (text === GOOD) return;
        const h = home(text);
        for (const args of [
          ['history'],
          ['stats'],
          ['review', h.file],
          ['report', h.file, '--md', '-'],
          ['resume', '--plain', h.file],
        ]) {
          const before = sha(h.file);
          const r = await runInProcess(args, { env: h.env });
          expect(r.stderr).not.toContain('internal error');
          expect([0, 1, 2]).toContain(r.code);
          if (r.stderr.includes(`${h.file}:`) || r.stderr.includes(`skipped ${h.file}`)) {
            refused++;
            expect(sha(h.file)).toBe(before);
          }
        }
        count.reached();
      }),
      { seed: 20261130, numRuns: 40 },
    );
    console.log(`mutated session files: ${refused} command runs refused a file`);
    count.check();
  }, 120_000);
});
