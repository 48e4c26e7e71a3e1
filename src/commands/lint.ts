// `rehearse lint`: every question file and interview script the inputs name, checked together and
// reported in the chosen format; optionally fixed in place. Files are read one at a time and only
// their problems are kept, so memory stays flat however many files there are.

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError, SubjectFailed, UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import { VERSION } from '../cli/version.js';
import { buildReport } from '../core/lint/report.js';
import { crossFileProblems } from '../core/questions/bank.js';
import { SCRIPT_FILE } from '../core/questions/schema-constants.js';
import { plural } from '../core/text/plural.js';
import { expandInputs } from '../store/inputs.js';
import {
  type CacheStrategy,
  cacheStamp,
  LintCache,
  resolveCacheLocation,
} from '../store/lint-cache.js';
import { BUNDLED_QUESTIONS, displayPath } from '../store/paths.js';
import { readOrProblem } from '../store/read-file.js';
import { colourFor } from '../ui/colour.js';
import type { Format } from '../ui/reporters/formats.js';
import { render } from '../ui/reporters/index.js';
import { sanitizeForTerminal, sanitizeInline } from '../ui/sanitize.js';
import type { FileResult } from './lint-files.js';
import type { Concurrency } from './lint-pool.js';

/** Changes with CachedResult's shape, so that a cache written in an older shape is discarded. */
const CACHE_FORMAT = 2;

/** A file's result as the cache keeps it, compact because a warm run reads it whole: empty
 * lists are left out and each question is [index, line, column, endLine, endColumn, id, prompt
 * fingerprint]. */
interface CachedResult {
  p?: FileResult['problems'];
  d?: FileResult['directives'];
  q?: [number, number, number, number, number, string, string][];
}

const toCached = ({ problems, directives, questions }: FileResult): CachedResult => ({
  ...(problems.length ? { p: problems } : {}),
  ...(directives.length ? { d: directives } : {}),
  ...(questions.length
    ? {
        q: questions.map((r) => [
          r.index,
          r.span.line,
          r.span.column,
          r.span.endLine,
          r.span.endColumn,
          r.id,
          r.promptKey,
        ]),
      }
    : {}),
});

const fromCached = (path: string, absolute: string, kept: CachedResult): FileResult => ({
  path,
  absolute,
  problems: kept.p ?? [],
  directives: kept.d ?? [],
  questions: (kept.q ?? []).map(([index, line, column, endLine, endColumn, id, promptKey]) => ({
    file: path,
    index,
    span: { line, column, endLine, endColumn },
    id,
    promptKey,
  })),
});

export interface LintOptions {
  format?: Format;
  output?: string;
  quiet?: boolean;
  maxWarnings?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy?: CacheStrategy;
  /** "auto" (the default), "off" or a number of threads, as ESLint's --concurrency. */
  concurrency?: string;
}

function concurrencyOf(options: LintOptions): Concurrency {
  const given = options.concurrency?.trim() ?? 'auto';
  if (given === 'auto' || given === 'off') return given;
  const n = Number(given);
  if (given === '' || !Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(
      `--concurrency "${options.concurrency}" must be auto, off or a whole number of threads from 1 to 64`,
    );
  return n;
}

/** Lints every path, through the cache when --cache is on, and the files not kept on as many
 * threads as pay (lint-pool.ts). The parser is loaded only when some file needs it: a warm
 * cached run never loads it. */
async function lintAll(
  io: Io,
  paths: readonly string[],
  options: LintOptions,
  concurrency: Concurrency,
) {
  const lintMany = async (list: readonly string[]) =>
    list.length === 0 ? [] : (await import('./lint-pool.js')).lintMany(list, io.cwd, concurrency);
  if (!options.cache) return lintMany(paths);
  const strategy = options.cacheStrategy ?? 'metadata';
  const cache = new LintCache<CachedResult>(
    resolveCacheLocation(options.cacheLocation, io.cwd),
    cacheStamp(VERSION, strategy, CACHE_FORMAT),
    strategy,
  );
  const files: FileResult[] = new Array(paths.length);
  // Files to lint afresh, with their place and the key they had before they were read.
  const fresh: { index: number; key: string | undefined; cached: boolean }[] = [];
  paths.forEach((absolute, index) => {
    // Interview scripts are never kept: their problems depend on the files they name.
    if (SCRIPT_FILE.test(absolute)) {
      fresh.push({ index, key: undefined, cached: false });
      return;
    }
    const shown = displayPath(absolute, io.cwd);
    const found = cache.lookup(absolute, shown);
    if ('kept' in found) files[index] = fromCached(shown, absolute, found.kept);
    else fresh.push({ index, key: found.key, cached: true });
  });
  const linted = await lintMany(fresh.map((f) => paths[f.index] as string));
  fresh.forEach((f, i) => {
    const result = linted[i] as FileResult;
    files[f.index] = result;
    if (f.cached) cache.keep(result.absolute, result.path, f.key, toCached(result));
  });
  const failed = cache.save();
  if (failed) io.stderr.write(`rehearse: ${failed}\n`);
  return files;
}

function defaultInputs(cwd: string): string[] {
  return existsSync(path.join(cwd, 'questions')) ? ['questions'] : [BUNDLED_QUESTIONS];
}

// What only fixing needs is imported when needed.
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
  const concurrency = concurrencyOf(options); // a bad value is a usage error before any work
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

  const files = await lintAll(io, paths, options, concurrency);
  // Duplicate ids and prompts are checked over all files, every time.
  const crossFile = crossFileProblems(files.flatMap((f) => f.questions));

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
