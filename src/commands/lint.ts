// `rehearse lint`: every question file and interview script the inputs name, checked together and
// reported in the chosen format; optionally fixed in place. Files are read one at a time and only
// their problems are kept, so memory stays flat however many files there are; clean files take
// the fast path in src/core/lint/quick.ts.

import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import writeFileAtomic from 'write-file-atomic';
import { InputError, SubjectFailed, UsageError } from '../cli/errors.js';
import type { Io } from '../cli/io.js';
import { VERSION } from '../cli/version.js';
import { applyFixes, findFixes, sameMeaning } from '../core/lint/fixes.js';
import { buildReport } from '../core/lint/report.js';
import { type ParsedFile, parseQuestionFile } from '../core/load/parse-file.js';
import { crossFileProblems, filesWithDuplicates } from '../core/questions/bank.js';
import { SCRIPT_FILE } from '../core/questions/schema-constants.js';
import { BUNDLED_QUESTIONS, displayPath } from '../store/paths.js';
import { expandInputs } from '../store/sources.js';
import { colourFor } from '../ui/colour.js';
import { unifiedDiff } from '../ui/diff.js';
import type { Format } from '../ui/reporters/formats.js';
import { render } from '../ui/reporters/index.js';
import { type FileResult, lintOne, readOrProblem } from './lint-files.js';

export interface LintOptions {
  format?: Format;
  output?: string;
  quiet?: boolean;
  maxWarnings?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

/** Enough files that two threads pay for their start-up (measured with bench/lint.mjs). */
const PARALLEL_FROM = 400;

/** Lints every path, in worker threads when there are many files and more than one core. */
async function lintAll(paths: readonly string[], cwd: string): Promise<FileResult[]> {
  const threads = Math.min(os.availableParallelism(), 4);
  const worker = new URL('./lint-worker.js', import.meta.url);
  // Running from the TypeScript sources (tests) there is no compiled worker: lint in this thread.
  if (paths.length < PARALLEL_FROM || threads < 2 || import.meta.url.endsWith('.ts')) {
    const files: FileResult[] = [];
    for (const p of paths) files.push(await lintOne(p, cwd));
    return files;
  }
  const size = Math.ceil(paths.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) =>
    paths.slice(i * size, (i + 1) * size),
  ).filter((c) => c.length);
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<FileResult[]>((resolve, reject) => {
          const w = new Worker(worker, { workerData: { paths: chunk, cwd } });
          w.once('message', resolve);
          w.once('error', reject);
          w.once(
            'exit',
            (code) => code !== 0 && reject(new Error(`lint worker exited with ${code}`)),
          );
        }),
    ),
  );
  return results.flat();
}

function defaultInputs(cwd: string): string[] {
  return existsSync(path.join(cwd, 'questions')) ? ['questions'] : [BUNDLED_QUESTIONS];
}

/** Applies the safe fixes to one file (or prints them); true when there were any. */
function fixFile(io: Io, absolute: string, shown: string, dryRun: boolean): boolean {
  const bytes = readOrProblem(absolute, shown);
  if (!(bytes instanceof Uint8Array)) return false;
  const parsed = parseQuestionFile(shown, bytes);
  if (
    !parsed.text ||
    !parsed.doc ||
    !parsed.counter ||
    parsed.problems.some((p) => p.rule === 'yaml-syntax')
  )
    return false;
  const fixes = findFixes(parsed.text, parsed.doc, parsed.counter);
  if (fixes.length === 0) return false;
  const fixed = applyFixes(parsed.text, fixes);
  if (!sameMeaning(parsed.text, fixed)) {
    io.stderr.write(
      `rehearse: left ${shown} unchanged: its fixes would change what it means (please report this)\n`,
    );
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
    throw new UsageError(
      `--max-warnings "${options.maxWarnings}" must be a whole number of 0 or more`,
    );
  }
  if (options.fix && options.fixDryRun)
    throw new UsageError('--fix and --fix-dry-run cannot be used together');
  const paths = await expandInputs(inputs.length ? inputs : defaultInputs(io.cwd), io.cwd);

  if (options.fix || options.fixDryRun) {
    let changed = 0;
    for (const p of paths) {
      if (
        !SCRIPT_FILE.test(p) &&
        fixFile(io, p, displayPath(p, io.cwd), Boolean(options.fixDryRun))
      )
        changed++;
    }
    io.stderr.write(
      `${options.fixDryRun ? 'would fix' : 'fixed'} ${changed} file${changed === 1 ? '' : 's'}\n`,
    );
  }

  const files = await lintAll(paths, io.cwd);

  // Duplicates across files need positions: lint just the files involved in full.
  const involved = filesWithDuplicates(files.map((f) => ({ file: f.path, entries: f.entries })));
  const full = files
    .filter((f) => involved.has(f.path))
    .map((f) => {
      const bytes = readOrProblem(f.absolute, f.path);
      return bytes instanceof Uint8Array ? parseQuestionFile(f.path, bytes) : undefined;
    });
  const crossFile = crossFileProblems(full.filter((f): f is ParsedFile => f !== undefined));

  const report = buildReport(files, crossFile, { quiet: Boolean(options.quiet) });
  const format: Format =
    options.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
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
