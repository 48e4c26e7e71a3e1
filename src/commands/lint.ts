// `rehearse lint`: every question file and interview script the inputs name, parsed once each,
// checked together, reported in the chosen format; optionally fixed in place.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { InputError, SubjectFailed, UsageError } from '../cli/errors.js';
import type { Io } from '../cli/io.js';
import { VERSION } from '../cli/version.js';
import { SCRIPT_FILE } from '../core/interview/script-schema.js';
import { applyFixes, type Fix, findFixes, sameMeaning } from '../core/lint/fixes.js';
import { buildReport, type FileInput } from '../core/lint/report.js';
import { type ParsedFile, parseQuestionFile } from '../core/load/parse-file.js';
import { FILE_START } from '../core/problem.js';
import { crossFileProblems } from '../core/questions/bank.js';
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

interface Linted extends FileInput {
  absolute: string;
  parsed?: ParsedFile;
}

function read(
  absolute: string,
  shown: string,
): { bytes?: Uint8Array; problem?: FileInput['problems'][number] } {
  try {
    return { bytes: readFileSync(absolute) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (error as Error).message;
    return {
      problem: {
        file: shown,
        rule: 'unreadable',
        severity: 'error',
        message: `cannot read file: ${reason}`,
        ...FILE_START,
      },
    };
  }
}

async function lintOne(absolute: string, cwd: string): Promise<Linted> {
  const shown = displayPath(absolute, cwd);
  if (SCRIPT_FILE.test(absolute)) {
    const loaded = await loadScript(absolute, cwd);
    // Problems inside the sources belong to those files; they are reported when they are linted.
    const problems = loaded.problems.filter((p) => p.file === shown);
    return {
      path: shown,
      absolute,
      problems,
      ...(loaded.text === undefined ? {} : { text: loaded.text }),
    };
  }
  const { bytes, problem } = read(absolute, shown);
  if (!bytes) return { path: shown, absolute, problems: problem ? [problem] : [] };
  const parsed = parseQuestionFile(shown, bytes);
  return {
    path: shown,
    absolute,
    problems: parsed.problems,
    parsed,
    ...(parsed.text === undefined ? {} : { text: parsed.text }),
  };
}

function defaultInputs(cwd: string): string[] {
  return existsSync(path.join(cwd, 'questions')) ? ['questions'] : [BUNDLED_QUESTIONS];
}

async function fixFile(io: Io, file: Linted, dryRun: boolean): Promise<Fix[]> {
  const { parsed } = file;
  if (
    !parsed?.text ||
    !parsed.doc ||
    !parsed.counter ||
    parsed.problems.some((p) => p.rule === 'yaml-syntax')
  )
    return [];
  const fixes = findFixes(parsed.text, parsed.doc, parsed.counter);
  if (fixes.length === 0) return [];
  const fixed = applyFixes(parsed.text, fixes);
  if (!sameMeaning(parsed.text, fixed)) {
    io.stderr.write(
      `rehearse: left ${file.path} unchanged: its fixes would change what it means (please report this)\n`,
    );
    return [];
  }
  if (dryRun) {
    io.stdout.write(unifiedDiff(file.path, parsed.text, fixed));
  } else {
    writeFileAtomic.sync(file.absolute, fixed, { mode: statSync(file.absolute).mode & 0o777 });
    for (const f of fixes) io.stderr.write(`fixed ${file.path}:${f.line}: ${f.description}\n`);
  }
  return fixes;
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
  let files: Linted[] = [];
  for (const p of paths) files.push(await lintOne(p, io.cwd));

  if (options.fix || options.fixDryRun) {
    let changed = 0;
    for (const f of files) if ((await fixFile(io, f, Boolean(options.fixDryRun))).length) changed++;
    if (options.fix && changed)
      files = await Promise.all(files.map((f) => lintOne(f.absolute, io.cwd)));
    io.stderr.write(
      `${options.fixDryRun ? 'would fix' : 'fixed'} ${changed} file${changed === 1 ? '' : 's'}\n`,
    );
  }

  const parsed = files.flatMap((f) => (f.parsed ? [f.parsed] : []));
  const report = buildReport(files, crossFileProblems(parsed), { quiet: Boolean(options.quiet) });
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
