// `rehearse lint`: every question file and interview script the inputs name, checked together and
// reported in the chosen format; optionally fixed in place. Files are read one at a time and only
// their problems are kept, so memory stays flat however many files there are; clean files take
// the fast path in src/core/lint/quick.ts.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { InputError, SubjectFailed, UsageError } from '../cli/errors.js';
import type { Io } from '../cli/io.js';
import { VERSION } from '../cli/version.js';
import { SCRIPT_FILE } from '../core/interview/script-schema.js';
import { type Directive, findDirectives } from '../core/lint/directives.js';
import { applyFixes, findFixes, sameMeaning } from '../core/lint/fixes.js';
import { type QuickEntry, quickClean } from '../core/lint/quick.js';
import { buildReport } from '../core/lint/report.js';
import { decodeUtf8 } from '../core/load/decode.js';
import { type ParsedFile, parseQuestionFile } from '../core/load/parse-file.js';
import { validatorFor } from '../core/load/validate.js';
import { MAX_FILE_BYTES } from '../core/load/yaml-file.js';
import { FILE_START, type Problem } from '../core/problem.js';
import { crossFileProblems, filesWithDuplicates } from '../core/questions/bank.js';
import { questionFileJsonSchema, SCHEMA_ID } from '../core/questions/schema.js';
import { BUNDLED_QUESTIONS, displayPath } from '../store/paths.js';
import { loadScript } from '../store/scripts.js';
import { expandInputs } from '../store/sources.js';
import { colourFor } from '../ui/colour.js';
import { unifiedDiff } from '../ui/diff.js';
import type { Format } from '../ui/reporters/formats.js';
import { render } from '../ui/reporters/index.js';

export interface LintOptions {
  format?: Format;
  output?: string;
  quiet?: boolean;
  maxWarnings?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

interface FileResult {
  path: string;
  absolute: string;
  problems: Problem[];
  directives: Directive[];
  entries: QuickEntry[];
}

function read(absolute: string, shown: string): Uint8Array | Problem {
  try {
    return readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    return { file: shown, rule: 'unreadable', severity: 'error', message: `cannot read file: ${reason}`, ...FILE_START };
  }
}

function fullResult(shown: string, absolute: string, parsed: ParsedFile): FileResult {
  return {
    path: shown,
    absolute,
    problems: parsed.problems,
    directives: parsed.text ? findDirectives(parsed.text) : [],
    entries: parsed.questions.map((q) => ({ id: q.question.id, prompt: q.question.prompt })),
  };
}

async function lintOne(absolute: string, cwd: string, quick: boolean): Promise<FileResult> {
  const shown = displayPath(absolute, cwd);
  if (SCRIPT_FILE.test(absolute)) {
    const loaded = await loadScript(absolute, cwd);
    // Problems inside the sources belong to those files; they are reported when those are linted.
    const problems = loaded.problems.filter((p) => p.file === shown);
    return { path: shown, absolute, problems, directives: loaded.text ? findDirectives(loaded.text) : [], entries: [] };
  }
  const bytes = read(absolute, shown);
  if (!(bytes instanceof Uint8Array)) return { path: shown, absolute, problems: [bytes], directives: [], entries: [] };
  if (quick && bytes.length <= MAX_FILE_BYTES) {
    const decoded = decodeUtf8(bytes);
    const entries = decoded.ok ? quickClean(decoded.text, validatorFor(SCHEMA_ID, questionFileJsonSchema)) : undefined;
    if (entries) return { path: shown, absolute, problems: [], directives: [], entries };
  }
  return fullResult(shown, absolute, parseQuestionFile(shown, bytes));
}

function defaultInputs(cwd: string): string[] {
  return existsSync(path.join(cwd, 'questions')) ? ['questions'] : [BUNDLED_QUESTIONS];
}

/** Applies the safe fixes to one file (or prints them); true when there were any. */
function fixFile(io: Io, absolute: string, shown: string, dryRun: boolean): boolean {
  const bytes = read(absolute, shown);
  if (!(bytes instanceof Uint8Array)) return false;
  const parsed = parseQuestionFile(shown, bytes);
  if (!parsed.text || !parsed.doc || !parsed.counter || parsed.problems.some((p) => p.rule === 'yaml-syntax')) return false;
  const fixes = findFixes(parsed.text, parsed.doc, parsed.counter);
  if (fixes.length === 0) return false;
  const fixed = applyFixes(parsed.text, fixes);
  if (!sameMeaning(parsed.text, fixed)) {
    io.stderr.write(`rehearse: left ${shown} unchanged: its fixes would change what it means (please report this)\n`);
    return false;
  }
  if (dryRun) io.stdout.write(unifiedDiff(shown, parsed.text, fixed));
  else {
    writeFileAtomic.sync(absolute, fixed, { mode: statSync(absolute).mode & 0o777 });
    for (const f of fixes) io.stderr.write(`fixed ${shown}:${f.line}: ${f.description}\n`);
  }
  return true;
}

export async function lint(io: Io, inputs: string[], options: LintOptions): Promise<void> {
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings "${options.maxWarnings}" must be a whole number of 0 or more`);
  }
  if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  const paths = await expandInputs(inputs.length ? inputs : defaultInputs(io.cwd), io.cwd);

  if (options.fix || options.fixDryRun) {
    let changed = 0;
    for (const p of paths) {
      if (!SCRIPT_FILE.test(p) && fixFile(io, p, displayPath(p, io.cwd), Boolean(options.fixDryRun))) changed++;
    }
    io.stderr.write(`${options.fixDryRun ? 'would fix' : 'fixed'} ${changed} file${changed === 1 ? '' : 's'}\n`);
  }

  const files: FileResult[] = [];
  for (const p of paths) files.push(await lintOne(p, io.cwd, true));

  // Duplicates across files need positions: lint just the files involved in full.
  const involved = filesWithDuplicates(files.map((f) => ({ file: f.path, entries: f.entries })));
  const full = files.filter((f) => involved.has(f.path)).map((f) => {
    const bytes = read(f.absolute, f.path);
    return bytes instanceof Uint8Array ? parseQuestionFile(f.path, bytes) : undefined;
  });
  const crossFile = crossFileProblems(full.filter((f): f is ParsedFile => f !== undefined));

  const report = buildReport(files, crossFile, { quiet: Boolean(options.quiet) });
  const format: Format = options.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  // Colour only when the report goes to a terminal.
  const out = options.output ? { write: () => true, isTTY: false } : io.stdout;
  const text = render(format, report, colourFor(out, io.env), VERSION);
  if (options.output) {
    writeFileAtomic.sync(path.resolve(io.cwd, options.output), text);
    io.stderr.write(`wrote ${options.output}\n`);
  } else io.stdout.write(text);

  const { errors, warnings } = report.summary;
  if (report.files.some((f) => f.problems.some((p) => p.rule === 'unreadable'))) {
    throw new InputError('some files could not be read');
  }
  if (errors > 0) throw new SubjectFailed();
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    throw new SubjectFailed(`${warnings} warnings is more than --max-warnings ${maxWarnings}`);
  }
}
