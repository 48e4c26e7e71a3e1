// `rehearse lint` as CI sees it: one table of cases, run in-process and against the built binary.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliResult, runBinary, runInProcess } from '../helpers/run-cli.js';

const F = 'tests/fixtures/lint';
const L = 'tests/fixtures/load';

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
  code: number;
  check?: (r: CliResult) => void;
}

const cases: Case[] = [
  {
    name: 'a clean file exits 0',
    args: ['lint', `${F}/clean.yaml`],
    code: 0,
    check: (r) => expect(r.stdout).toContain('✔ no problems in 1 file'),
  },
  {
    name: 'warnings alone exit 0',
    args: ['lint', `${F}/warnings.yaml`],
    code: 0,
    check: (r) => expect(r.stdout).toContain('✖ 2 problems (0 errors, 2 warnings) in 1 file'),
  },
  {
    name: '--max-warnings 0 turns warnings into exit 1',
    args: ['lint', `${F}/warnings.yaml`, '--max-warnings', '0'],
    code: 1,
    check: (r) => expect(r.stderr).toContain('2 warnings are more than --max-warnings 0'),
  },
  {
    name: 'errors exit 1 and lint goes on past bad files',
    args: ['lint', `${L}/syntax.yaml`, `${L}/binary.yaml`, `${F}/clean.yaml`, '-f', 'compact'],
    code: 1,
    check: (r) => {
      expect(r.stdout).toContain('tests/fixtures/load/syntax.yaml:2:1: error');
      expect(r.stdout).toContain('tests/fixtures/load/binary.yaml:1:9: error file holds NUL bytes');
      expect(r.stdout).toContain('✖ 2 problems (2 errors, 0 warnings) in 2 files');
    },
  },
  {
    name: '--quiet reports errors only',
    args: ['lint', `${L}/yaml11.yaml`, '--quiet', '-f', 'compact'],
    code: 1,
    check: (r) => expect(r.stdout).not.toContain(': warning '),
  },
  {
    name: 'a glob that matches nothing exits 2',
    args: ['lint', 'no-such-dir/**/*.yaml'],
    code: 2,
    check: (r) => expect(r.stderr).toContain('no YAML files match "no-such-dir/**/*.yaml"'),
  },
  { name: 'a missing path exits 2', args: ['lint', 'missing.yaml'], code: 2 },
  {
    name: 'an unknown format exits 2',
    args: ['lint', '--format', 'xml'],
    code: 2,
    check: (r) => expect(r.stderr).toContain("argument 'xml' is invalid"),
  },
  { name: 'a bad --max-warnings exits 2', args: ['lint', '--max-warnings', 'lots'], code: 2 },
  {
    name: 'globs work',
    args: ['lint', `${F}/c*.yaml`, '-f', 'json'],
    code: 0,
    check: (r) =>
      expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual([
        `${F}/clean.yaml`,
      ]),
  },
  { name: 'the bundled question directory lints clean', args: ['lint', 'questions'], code: 0 },
  {
    name: 'interview scripts are linted with their own rules',
    args: ['lint', 'tests/fixtures/interview/dangling.interview.yaml', '-f', 'compact'],
    code: 1,
    check: (r) => {
      expect(r.stdout).toContain(
        'dangling.interview.yaml:9:13: error question "gamma" is not in any source (pack.yaml) [unknown-question]',
      );
      expect(r.stdout).toContain('[unknown-criterion]');
    },
  },
  {
    name: 'json: exactly one document listing every file',
    args: ['lint', `${F}/clean.yaml`, `${L}/missing.yaml`, '-f', 'json'],
    code: 1,
    check: (r) => {
      const doc = JSON.parse(r.stdout);
      expect(Object.keys(doc)).toEqual(['version', 'files', 'summary']);
      expect(doc.version).toBe(1);
      expect(doc.files[0]).toEqual({ path: `${F}/clean.yaml`, problems: [] });
      expect(doc.files[1].problems[1]).toEqual({
        rule: 'missing-field',
        severity: 'error',
        message: 'question "no-prompt" is missing the required field "prompt"',
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 18,
        pointer: '/questions/0',
      });
      expect(doc.summary).toEqual({ files: 2, errors: 2, warnings: 4 });
    },
  },
  {
    name: 'github format is chosen under GitHub Actions',
    args: ['lint', `${L}/syntax.yaml`],
    env: { GITHUB_ACTIONS: 'true' },
    code: 1,
    check: (r) => {
      expect(r.stdout).toMatch(
        /^::error file=tests\/fixtures\/load\/syntax\.yaml,line=2,col=1,endLine=2,endColumn=2,title=yaml-syntax::Flow sequence/m,
      );
      expect(r.stdout.trim().split('\n').at(-1)).toBe(
        '✖ 1 problem (1 error, 0 warnings) in 1 file',
      );
    },
  },
  {
    name: 'suppression comments, and unused or unknown ones warned about',
    args: ['lint', `${F}/suppressed.yaml`, '-f', 'compact'],
    code: 0,
    check: (r) => {
      expect(r.stdout).not.toContain('yaml11-ambiguity');
      expect(r.stdout).not.toContain('missing-key-points');
      expect(r.stdout).toContain(
        'suppressed.yaml:11:5: warning directive suppresses nothing: no duplicate-key problem on the next line [unused-directive]',
      );
      expect(r.stdout).toContain(
        'suppressed.yaml:13:5: warning directive names unknown rule "no-such-rule" [unused-directive]',
      );
    },
  },
];

describe.each([
  ['in-process', runInProcess],
  [
    'spawned binary',
    async (args: string[], options?: { env?: Record<string, string> }) => runBinary(args, options),
  ],
])('%s', (_, run) => {
  it.each(cases)('$name', async ({ args, env, code, check }) => {
    const result = await run(args, { env: env ?? {} });
    expect(result.code, result.stdout + result.stderr).toBe(code);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    check?.(result);
  });
});

describe('--output and --fix', () => {
  const temp = () => mkdtempSync(path.join(os.tmpdir(), 'rehearse-lint-'));

  it('--output writes the report to a file and keeps stdout empty', async () => {
    const out = path.join(temp(), 'report.sarif');
    const r = await runInProcess(['lint', `${L}/syntax.yaml`, '-f', 'sarif', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).runs[0].results[0].ruleId).toBe('yaml-syntax');
  });

  it('--fix-dry-run prints a diff and changes nothing', async () => {
    const dir = temp();
    const file = path.join(dir, 'fixable.yaml');
    const before = readFileSync(`${F}/fixable.yaml`, 'utf8');
    writeFileSync(file, before);
    const r = await runInProcess(['lint', file, '--fix-dry-run', '-f', 'compact']);
    expect(r.stdout).toContain(`--- ${file}\n+++ ${file}\n`);
    expect(r.stdout).toContain('\n-  prep_time: 90 sec\n');
    expect(r.stdout).toContain('\n+  prep_time: 1m30s\n');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('--fix rewrites only what cannot change meaning, keeps comments, and says what it changed', async () => {
    const dir = temp();
    const file = path.join(dir, 'fixable.yaml');
    writeFileSync(file, readFileSync(`${F}/fixable.yaml`, 'utf8'));
    const r = await runInProcess(['lint', file, '--fix', '-f', 'compact']);
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(
      [
        '# A comment that must survive.',
        'title: Fixable',
        'defaults:',
        '  prep_time: 1m30s',
        '  answer_time: 2m',
        'questions:',
        '  - id: fixable-one',
        '    prompt: |',
        '      Keep these trailing spaces:   ',
        '      they are part of the text.',
        '    answer_time: 1m30s',
        '    example_answer: "yes"',
        '    key_points: ["on", "off"]',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toContain('prep_time: "90 sec" → 1m30s');
    expect(r.stderr).toContain('removed trailing white space');
    expect(r.stdout).not.toContain('invalid-duration');
    expect(r.code).toBe(0);
  });
});
