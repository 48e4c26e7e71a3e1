// `rehearse lint`: every question file and interview script the inputs name, checked together and
// reported in the chosen format; optionally fixed in place. Files are read one at a time and only
// their problems are kept, so memory stays flat however many files there are; clean files take
// the fast path in src/core/lint/quick.ts.

import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { InputError, SubjectFailed, UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import { VERSION } from '../cli/version.js';
import { buildReport } from '../core/lint/report.js';
import type { Problem } from '../core/problem.js';
import { crossFileProblems, filesWithDuplicates } from '../core/questions/bank.js';
import { SCRIPT_FILE } from '../core/questions/schema-constants.js';
import { plural } from '../core/text/plural.js';
import { BUNDLED_QUESTIONS, displayPath } from '../store/paths.js';
import { expandInputs } from '../store/sources.js';
import { colourFor } from '../ui/colour.js';
import type { Format } from '../ui/reporters/formats.js';
import { render } from '../ui/reporters/index.js';
import { sanitizeForTerminal, sanitizeInline } from '../ui/sanitize.js';
import { type FileResult, lintOne, readOrProblem } from './lint-files.js';

export interface LintOptions {
  format?: Format;
  output?: string;
  quiet?: boolean;
  maxWarnings?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

/** Enough files that a second thread pays for its start-up (measured with bench/lint.mjs). */
const PARALLEL_FROM = 400;
/** A small young generation keeps the second heap from doubling peak memory (bench/lint.mjs). */
const WORKER_YOUNG_MB = 8;

/** Claims the next file: this thread and the workers share one counter, so no thread idles
 * while another still has a long queue, and a worker's start-up delays nothing. */
const claim = (counter: Int32Array) => Atomics.add(counter, 0, 1);

/** Lints every path, in order. With many files and more than one core, worker threads take
 * files from the same queue as this thread. */
async function lintAll(paths: readonly string[], cwd: string): Promise<FileResult[]> {
  const threads = Math.min(os.availableParallelism(), 4);
  // Running from the TypeScript sources (tests) there is no compiled worker: lint in this thread.
  const helpers = paths.length < PARALLEL_FROM || import.meta.url.endsWith('.ts') ? 0 : threads - 1;
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const files: FileResult[] = new Array(paths.length);
  const workers = Array.from(
    { length: helpers },
    () =>
      new Promise<void>((resolve, reject) => {
        const w = new Worker(new URL('./lint-worker.js', import.meta.url), {
          workerData: { paths, cwd, counter },
          resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
        });
        // Results come in batches (see lint-worker.ts); an empty batch says the worker is done.
        w.on('message', (batch: [number, FileResult][]) => {
          for (const [i, r] of batch) files[i] = r;
          if (batch.length === 0) resolve();
        });
        w.once('error', reject);
        w.once(
          'exit',
          (code) => code !== 0 && reject(new Error(`lint worker exited with ${code}`)),
        );
      }),
  );
  // Handled from now on: a worker that fails while this thread is busy must not count as an
  // unhandled rejection (which would end the process with a stack trace).
  const finished = Promise.all(workers);
  finished.catch(() => {});
  let done = 0;
  for (let i = claim(counter); i < paths.length; i = claim(counter)) {
    files[i] = await lintOne(paths[i] as string, cwd);
    // Let the workers' batches in now and then, rather than all queued up at the end.
    if (helpers > 0 && ++done % 200 === 0) await new Promise(setImmediate);
  }
  await finished;
  return files;
}

function defaultInputs(cwd: string): string[] {
  return existsSync(path.join(cwd, 'questions')) ? ['questions'] : [BUNDLED_QUESTIONS];
}

// What only fixing, duplicates or --output need is imported when needed: the lint of a clean bank
// starts (and hands files to its worker threads) sooner without the full parser loaded.
const fixing = () =>
  Promise.all([
    import('../core/load/parse-file.js'),
    import('../core/lint/fixes.js'),
    import('../ui/diff.js'),
    import('../store/safe-write.js'),
  ]).then(([parse, fixes, diff, write]) => ({ ...parse, ...fixes, ...diff, ...write }));

/** Applies the safe fixes to one file (or prints them); true when there were any. */
async function fixFile(
  io: Io,
  absolute: string,
  shown: string,
  dryRun: boolean,
  diffOut: Io['stdout'],
): Promise<boolean> {
  const bytes = readOrProblem(absolute, shown);
  if (!(bytes instanceof Uint8Array)) return false;
  const {
    parseQuestionFile,
    findFixes,
    applyFixes,
    sameMeaning,
    unifiedDiff,
    writeFileSafeSync,
    describeFsError,
  } = await fixing();
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
      `rehearse: left ${sanitizeInline(shown)} unchanged: its fixes would change what it means (please report this)\n`,
    );
    return false;
  }
  if (dryRun) {
    const diff = unifiedDiff(shown, parsed.text, fixed);
    diffOut.write(diffOut.isTTY ? sanitizeForTerminal(diff) : diff);
  } else {
    try {
      writeFileSafeSync(absolute, fixed, { mode: statSync(absolute).mode & 0o777 });
    } catch (error) {
      throw new InputError(describeFsError(error, shown));
    }
    for (const f of fixes)
      io.stderr.write(`fixed ${sanitizeInline(shown)}:${f.line}: ${f.description}\n`);
  }
  return true;
}

export async function lint(io: Io, inputs: string[], options: LintOptions): Promise<void> {
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (options.output !== undefined && options.output.trim() === '')
    throw new UsageError('--output needs a file name (or leave it out for standard output)');
  if (
    maxWarnings !== undefined &&
    !(options.maxWarnings?.trim() !== '' && Number.isInteger(maxWarnings) && maxWarnings >= 0)
  ) {
    throw new UsageError(
      `--max-warnings "${options.maxWarnings}" must be a whole number of 0 or more`,
    );
  }
  if (options.fix && options.fixDryRun)
    throw new UsageError('--fix and --fix-dry-run cannot be used together');
  const paths = await expandInputs(inputs.length ? inputs : defaultInputs(io.cwd), io.cwd);

  // The diff of --fix-dry-run goes to standard output, unless a JSON, SARIF or JUnit document
  // does: that must stay one parseable document.
  const machine = !options.output && ['json', 'sarif', 'junit'].includes(options.format ?? '');
  const diffOut = machine ? io.stderr : io.stdout;
  if (options.fix || options.fixDryRun) {
    let changed = 0;
    for (const p of paths) {
      if (
        !SCRIPT_FILE.test(p) &&
        (await fixFile(io, p, displayPath(p, io.cwd), Boolean(options.fixDryRun), diffOut))
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
  let crossFile: Problem[] = [];
  if (involved.size > 0) {
    const { parseQuestionFile } = await import('../core/load/parse-file.js');
    const full = files
      .filter((f) => involved.has(f.path))
      .flatMap((f) => {
        const bytes = readOrProblem(f.absolute, f.path);
        return bytes instanceof Uint8Array ? [parseQuestionFile(f.path, bytes)] : [];
      });
    crossFile = crossFileProblems(full);
  }

  const report = buildReport(files, crossFile, { quiet: Boolean(options.quiet) });
  const format: Format =
    options.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  // Colour only when the report goes to a terminal.
  const out = options.output ? { write: () => true, isTTY: false } : io.stdout;
  const text = render(format, report, colourFor(out, io.env), VERSION);
  if (options.output) {
    const { writeFileSafeSync, describeFsError } = await import('../store/safe-write.js');
    try {
      // 0644 like any report a shell redirect would write; devices and pipes are written in place.
      writeFileSafeSync(path.resolve(io.cwd, options.output), text, {
        mode: 0o644,
        allowLinkToStream: true,
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(
        code === 'ENOENT'
          ? `cannot write the report to "${options.output}": its directory does not exist`
          : describeFsError(error, `"${options.output}"`).replace(
              'cannot write to',
              'cannot write the report to',
            ),
      );
    }
    io.stderr.write(`wrote ${sanitizeInline(options.output)}\n`);
  } else io.stdout.write(text);

  const { errors, warnings } = report.summary;
  if (report.files.some((f) => f.problems.some((p) => p.rule === 'unreadable'))) {
    throw new InputError('some files could not be read');
  }
  if (errors > 0) throw new SubjectFailed();
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    throw new SubjectFailed(
      `${plural(warnings, 'warning')} ${warnings === 1 ? 'is' : 'are'} more than --max-warnings ${maxWarnings}`,
    );
  }
}
