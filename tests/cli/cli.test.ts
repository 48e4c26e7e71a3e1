import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CliResult, ROOT, runBinary, runInProcess } from '../helpers/run-cli.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const fixtures = 'tests/fixtures/load';

interface Case {
  name: string;
  args: string[];
  code: number;
  stdout?: RegExp;
  stderr?: RegExp;
  check?: (r: CliResult) => void;
}

// One table, run both in-process and against the spawned binary (as markdownlint-cli2 does).
const cases: Case[] = [
  {
    name: 'help lists every command',
    args: ['--help'],
    code: 0,
    stdout: /list \[options\][\s\S]*schema[\s\S]*Examples:/,
  },
  {
    name: 'version',
    args: ['--version'],
    code: 0,
    stdout: new RegExp(`^${pkg.version.replaceAll('.', '\\.')}\\n$`),
  },
  {
    name: 'unknown command is a usage error',
    args: ['frobnicate'],
    code: 2,
    stderr: /unknown command 'frobnicate'/,
  },
  {
    name: 'unknown option is a usage error',
    args: ['list', '--bogus'],
    code: 2,
    stderr: /unknown option '--bogus'/,
  },
  {
    name: 'bad choice is a usage error',
    args: ['list', '--difficulty', 'brutal'],
    code: 2,
    stderr: /brutal/,
  },
  {
    name: 'missing path',
    args: ['list', 'no/such/dir'],
    code: 2,
    stderr: /cannot read "no\/such\/dir": no such file or directory/,
  },
  {
    name: 'a bad file exits 2 with file:line:col on stderr and no stack',
    args: ['list', `${fixtures}/unknown-and-types.yaml`],
    code: 2,
    stderr:
      /tests\/fixtures\/load\/unknown-and-types\.yaml:6:5: error unknown field "promt" \(did you mean "prompt"\?\)/,
    check: (r) => expect(r.stderr).not.toMatch(/\n\s+at /),
  },
  {
    name: 'list --json prints full question objects',
    args: ['list', `${fixtures}/valid.yaml`, '--json'],
    code: 0,
    check: (r) => {
      const questions = JSON.parse(r.stdout) as Record<string, unknown>[];
      expect(questions.map((q) => q.id)).toEqual(['first-question', 'second-question']);
      expect(questions[0]).toMatchObject({
        kind: 'technical',
        key_points: ['can fail', 'checks behaviour', 'runs automatically'],
        prepSeconds: 20,
        answerSeconds: 120,
      });
      expect(questions[1]).toMatchObject({ answerSeconds: 90, prepSeconds: 20 });
    },
  },
  {
    name: 'list filters by tag',
    args: ['list', `${fixtures}/valid.yaml`, '--tag', 'basics'],
    code: 0,
    check: (r) => {
      expect(r.stdout).toContain('first-question');
      expect(r.stdout).not.toContain('second-question');
    },
  },
  {
    name: 'schema prints the JSON Schema',
    args: ['schema'],
    code: 0,
    check: (r) => expect(JSON.parse(r.stdout).$id).toMatch(/question-file/),
  },
  {
    name: 'duplicate ids across files',
    args: ['list', `${fixtures}/dup-a.yaml`, `${fixtures}/dup-b.yaml`],
    code: 2,
    stderr: /dup-b\.yaml:7:5: error question id "shared-id" is already used at .*dup-a\.yaml:3:5/,
  },
];

describe.each([
  ['in-process', runInProcess],
  ['spawned binary', async (args: string[]) => runBinary(args)],
])('%s', (_, run) => {
  it.each(cases)('$name', async ({ args, code, stdout, stderr, check }) => {
    const result = await run(args);
    expect(result.code, result.stderr).toBe(code);
    if (stdout) expect(result.stdout).toMatch(stdout);
    if (stderr) expect(result.stderr).toMatch(stderr);
    check?.(result);
  });
});

describe('the spawned binary', () => {
  it('runs from any directory and finds the bundled packs', () => {
    const result = runBinary(['list', '--json'], { cwd: '/' });
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBeGreaterThanOrEqual(16);
  });

  it('shows a stack for internal detail only with REHEARSE_DEBUG=1', () => {
    const args = ['list', 'no/such/dir'];
    expect(runBinary(args).stderr).not.toMatch(/\n\s+at /);
    expect(runBinary(args, { env: { REHEARSE_DEBUG: '1' } }).stderr).toMatch(/\n\s+at /);
  });

  it('prints no colour codes when stdout is not a terminal', () => {
    const result = runBinary(['list'], { env: { NO_COLOR: '' } });
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('honours FORCE_COLOR even through a pipe', () => {
    const result = runBinary(['list'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(result.stdout).toContain('\u001b[');
  });
});

describe('committed artefacts', () => {
  it('schema/question-file.schema.json matches the TypeBox source (run `npm run schema` if this fails)', async () => {
    const { questionFileJsonSchema } = await import('../../src/core/questions/schema.js');
    const committed = readFileSync(
      new URL('../../schema/question-file.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(`${JSON.stringify(questionFileJsonSchema(), null, 2)}\n`);
  });

  it('schema/interview-script.schema.json matches the TypeBox source (run `npm run schema` if this fails)', async () => {
    const { interviewScriptJsonSchema } = await import('../../src/core/interview/script-schema.js');
    const committed = readFileSync(
      new URL('../../schema/interview-script.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(`${JSON.stringify(interviewScriptJsonSchema(), null, 2)}\n`);
  });

  it('the bundled packs load without errors or warnings', async () => {
    const { loadSources } = await import('../../src/store/sources.js');
    const { files, problems } = await loadSources([], ROOT);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.file).sort()).toEqual([
      'questions/behavioral-general.yaml',
      'questions/product-security-engineer.yaml',
    ]);
  });
});
