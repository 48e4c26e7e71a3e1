// rehearse import and rehearse new through the built binary: what a user sees and what lands on
// disk, then the imported file linted and practised in plain mode.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runBinary } from '../helpers/run-cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const fixture = (name: string) => path.join(FIXTURES, name);
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'rehearse-import-'));

describe('rehearse import', () => {
  it('writes to standard output with a summary on stderr', () => {
    const r = runBinary(['import', fixture('seed-product-security.txt')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=\S+question-file\.schema\.json$/,
    );
    const data = parse(r.stdout);
    expect(data.title).toBe('Product Security Engineer Interview Questions');
    expect(data.questions).toHaveLength(4);
    expect(r.stderr).toBe(
      `4 questions from ${path.relative(ROOT, fixture('seed-product-security.txt'))} (text format) → standard output; 4 have no key points yet (run rehearse lint)\n`,
    );
  });

  it('import → lint (no errors) → practice in plain mode', () => {
    const dir = tempDir();
    const home = tempDir();
    const out = path.join(dir, 'sre.yaml');
    const imported = runBinary(
      ['import', fixture('career-site-sre.txt'), '-o', out, '--tag', 'sre,On Call'],
      {
        cwd: dir,
      },
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toBe(
      `3 questions from ${fixture('career-site-sre.txt')} (text format) → sre.yaml; 3 have no key points yet (run rehearse lint)\n`,
    );
    const lint = runBinary(['lint', out, '--format', 'json'], { cwd: dir });
    expect(lint.code, lint.stdout).toBe(0);
    const report = JSON.parse(lint.stdout) as {
      files: { problems: { severity: string; rule: string }[] }[];
    };
    const problems = report.files.flatMap((f) => f.problems);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => p.rule)).toEqual(Array(3).fill('missing-key-points'));

    const data = parse(readFileSync(out, 'utf8'));
    const first = data.questions[0];
    expect(first.tags).toEqual(['sre', 'on-call']);
    const practice = runBinary(['practice', out, '--ids', first.id, '--plain'], {
      input: 'An SLI measures, an SLO targets\n.\n3\n',
      env: { REHEARSE_HOME: home },
    });
    expect(practice.code, practice.stderr).toBe(0);
    expect(practice.stdout).toContain('What’s the difference between an SLI, an SLO and an SLA?');
    expect(practice.stdout).toContain('An SLA is the contract with customers');
    expect(practice.stdout).toContain('Saved to');
  });

  it.each([
    ['guide.md', 'markdown', 3],
    ['excel-semicolon.csv', 'csv', 2],
    ['anki-notes.txt', 'anki', 2],
    ['flashcards-qa.txt', 'text', 3],
  ])('%s: auto picks %s, and the result lints with no errors', (file, format, count) => {
    const dir = tempDir();
    const r = runBinary(['import', fixture(file), '-o', 'out.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `${count} questions from ${fixture(file)} (${format} format) → out.yaml`,
    );
    const lint = runBinary(['lint', 'out.yaml', '--quiet'], { cwd: dir });
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
  });

  it('joins several documents into one file with unique ids, and --title names it', () => {
    const r = runBinary([
      'import',
      fixture('sheets.csv'),
      fixture('flashcards-qa.txt'),
      '--title',
      'Everything',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const data = parse(r.stdout);
    expect(data.title).toBe('Everything');
    expect(data.questions).toHaveLength(5);
    expect(r.stderr).toMatch(
      /^5 questions from .*sheets\.csv \(csv format\), .*flashcards-qa\.txt \(text format\) → standard output/,
    );
  });

  it('never writes over an existing file without --force, and --force replaces it', () => {
    const dir = tempDir();
    const out = path.join(dir, 'mine.yaml');
    writeFileSync(out, 'my precious questions\n');
    const refused = runBinary(['import', fixture('inline-labels.txt'), '-o', out], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'rehearse: mine.yaml already exists; nothing written (use --force to replace it)\n',
    );
    expect(readFileSync(out, 'utf8')).toBe('my precious questions\n');
    const forced = runBinary(['import', fixture('inline-labels.txt'), '-o', out, '--force'], {
      cwd: dir,
    });
    expect(forced.code, forced.stderr).toBe(0);
    expect(parse(readFileSync(out, 'utf8')).title).toBe('Data Engineer Questions');
    expect(readdirSync(dir)).toEqual(['mine.yaml']); // no temporary file left behind
  });

  it('refuses to write through a symlink or over a directory, even with --force', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'target.yaml'), 'keep\n');
    symlinkSync(path.join(dir, 'target.yaml'), path.join(dir, 'link.yaml'));
    mkdirSync(path.join(dir, 'folder.yaml'));
    for (const [name, reason] of [
      ['link.yaml', 'it is a symbolic link'],
      ['folder.yaml', 'it is a directory'],
    ] as const) {
      const args = ['import', fixture('inline-labels.txt'), '-o', name];
      const forced = runBinary([...args, '--force'], { cwd: dir });
      expect(forced.code).toBe(2);
      expect(forced.stderr).toMatch(new RegExp(`^rehearse: cannot write to ${name}: ${reason}`));
      const plain = runBinary(args, { cwd: dir });
      expect(plain.code).toBe(2);
      expect(plain.stderr).toContain(`${name} already exists; nothing written`);
    }
    expect(readFileSync(path.join(dir, 'target.yaml'), 'utf8')).toBe('keep\n');
  });

  it('no question found: exit 1, what was looked for, the first lines, nothing written', () => {
    const dir = tempDir();
    const r = runBinary(['import', fixture('no-questions.txt'), '-o', 'out.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no questions found (text format, chosen as plain text)');
    expect(r.stderr).toContain('looked for a question line followed by a label line');
    expect(r.stderr).toContain(`${fixture('no-questions.txt')}:1: Meeting notes, 12 March`);
    expect(existsSync(path.join(dir, 'out.yaml'))).toBe(false);
  });

  it.each([
    ['broken-quote.csv', /^rehearse: \S+broken-quote\.csv:3:1: text follows the closing quote/],
    [
      'latin1.txt',
      /^rehearse: \S+latin1\.txt:1:9: file is not valid UTF-8 \(byte 0xFF at offset 8\); save it as UTF-8/,
    ],
    ['utf16.txt', /^rehearse: \S+utf16\.txt:1:1: file is UTF-16 encoded; save it as UTF-8/],
    ['missing.txt', /^rehearse: cannot read \S+missing\.txt: no such file/],
  ])('%s: a positioned error, exit 2, no stack trace', (file, message) => {
    const dir = tempDir();
    const r = runBinary(['import', fixture(file), '-o', 'out.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+|internal error/);
    expect(existsSync(path.join(dir, 'out.yaml'))).toBe(false);
  });

  it('reads standard input for -', () => {
    const r = runBinary(['import', '-', '--format', 'text'], {
      input: 'Title\nWhy this team?\nAnswer: The mission.\n',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(parse(r.stdout).questions).toEqual([
      { id: 'why-team', prompt: 'Why this team?', example_answer: 'The mission.' },
    ]);
    expect(r.stderr).toMatch(
      /^1 question from standard input \(text format\) → standard output; 1 has no key points/,
    );
  });

  it('refuses a device rather than reading it forever', () => {
    const r = runBinary(['import', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'rehearse: cannot read /dev/zero: it is not a regular file (use - for standard input)\n',
    );
  });

  it('untrusted text in names and titles reaches the terminal sanitised and the file clean', () => {
    const dir = tempDir();
    const name = 'evil\u001b[31mred.txt';
    writeFileSync(path.join(dir, name), 'Why?\nAnswer: because.\n');
    const r = runBinary(['import', name, '--title', 'Bad\u0007title'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('\u001b');
    expect(parse(r.stdout).title).toBe('Badtitle');
  });

  // Root reads anything, so this case needs an ordinary user.
  it.skipIf(process.getuid?.() === 0)('an unreadable file is a usage error', () => {
    const dir = tempDir();
    const file = path.join(dir, 'locked.txt');
    writeFileSync(file, 'x');
    chmodSync(file, 0);
    const r = runBinary(['import', file], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('permission denied');
  });
});

describe('rehearse new', () => {
  it('writes a starter file that lints with no problems, and never overwrites it', () => {
    const dir = tempDir();
    const made = runBinary(['new', 'backend-loop.yaml'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toContain('Wrote backend-loop.yaml');
    expect(statSync(path.join(dir, 'backend-loop.yaml')).mode & 0o777).toBe(0o644);
    const text = readFileSync(path.join(dir, 'backend-loop.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=\S+\/schema\/question-file\.schema\.json$/,
    );
    const schemaRef = (text.split('\n')[0] as string).split('$schema=')[1] as string;
    expect(existsSync(path.resolve(dir, schemaRef))).toBe(true);
    expect(parse(text).title).toBe('Backend loop');
    const lint = runBinary(['lint', 'backend-loop.yaml'], { cwd: dir });
    expect(lint.code, lint.stdout).toBe(0);
    expect(lint.stdout).toContain('no problems in 1 file');

    writeFileSync(path.join(dir, 'backend-loop.yaml'), 'edited\n');
    const again = runBinary(['new', 'backend-loop.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('backend-loop.yaml already exists');
    expect(readFileSync(path.join(dir, 'backend-loop.yaml'), 'utf8')).toBe('edited\n');
  });

  it('gives a name without an extension .yaml, so lint and practice find it in a folder', () => {
    const dir = tempDir();
    const r = runBinary(['new', 'platform'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['platform.yaml']);
  });

  it('writes questions.yaml by default, with a modeline that resolves from a subfolder too', () => {
    const dir = tempDir();
    expect(runBinary(['new'], { cwd: dir }).code).toBe(0);
    expect(existsSync(path.join(dir, 'questions.yaml'))).toBe(true);
    mkdirSync(path.join(dir, 'deep', 'er'), { recursive: true });
    expect(runBinary(['new', 'deep/er/pack.yaml'], { cwd: dir }).code).toBe(0);
    const line = readFileSync(path.join(dir, 'deep/er/pack.yaml'), 'utf8').split('\n')[0] as string;
    const ref = line.split('$schema=')[1] as string;
    expect(existsSync(path.resolve(dir, 'deep/er', ref))).toBe(true);
  });
});
