// `rehearse report`: renders one session (or one question of it) as HTML and/or Markdown, to
// files or to standard output. Progress goes to stderr so `--html -` output stays clean.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import type { Scorecard } from '../core/interview/scorecard.js';
import { reviewSession } from '../core/review/review.js';
import { displayPath, scorecardsDir } from '../store/paths.js';
import { MAX_RECORD_BYTES, readRegularFile } from '../store/read-file.js';
import { describeFsError, writeFileSafeSync } from '../store/safe-write.js';
import { scorecardStore } from '../store/scorecard-file.js';
import { homeSessionStore } from '../store/session-store.js';
import { renderHtmlReport } from '../ui/report/html.js';
import { renderMarkdownReport } from '../ui/report/markdown.js';
import { sanitizeInline } from '../ui/sanitize.js';
import { findSession, loadScorecard } from './find-session.js';
import { packExamples } from './pack-examples.js';

export interface ReportOptions {
  html?: string;
  md?: string;
  question?: string;
}

/** Reports hold the answers, which are as private as the session files (also 0600). */
const FILE_MODE = 0o600;
const STDOUT = '-';

function checkTargets(options: ReportOptions): void {
  const { html, md } = options;
  if (html === undefined && md === undefined) {
    throw new UsageError(
      'say where to write the report: --html FILE, --md FILE or both (- is standard output)',
    );
  }
  if (html === STDOUT && md === STDOUT) {
    throw new UsageError('only one of --html and --md can write to standard output (-)');
  }
  if (html !== undefined && html !== STDOUT && html === md) {
    throw new UsageError(`--html and --md both name ${html}; give them different files`);
  }
}

async function writeReport(io: Io, target: string, text: string): Promise<void> {
  if (target === STDOUT) {
    io.stdout.write(text);
    return;
  }
  const file = path.resolve(io.cwd, target);
  try {
    writeFileSafeSync(file, text, { mode: FILE_MODE, allowLinkToStream: true });
  } catch (error) {
    const shown = displayPath(file, io.cwd);
    // An ENOENT names the temporary file; say what the user can fix instead.
    throw new InputError(
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `cannot write to ${shown}: the directory ${displayPath(path.dirname(file), io.cwd)} does not exist`
        : describeFsError(error, shown),
    );
  }
  io.stderr.write(`Wrote ${sanitizeInline(displayPath(file, io.cwd))}\n`);
}

/** An interview scorecard named by id (in the scorecards directory) or by path, if it is one. */
async function findScorecard(io: Io, which: string): Promise<Scorecard | undefined> {
  const store = scorecardStore(scorecardsDir(io.env));
  for (const file of [...store.filesFor(which), path.resolve(io.cwd, which)]) {
    if (!existsSync(file)) continue;
    // A file that says it is a scorecard is refused with its problems if it cannot be used;
    // anything else may be a session file.
    const read = readRegularFile(file, MAX_RECORD_BYTES);
    const head = read.ok ? Buffer.from(read.bytes.subarray(0, 65536)).toString('utf8') : '';
    if (/^kind:[ ]*['"]?scorecard['"]?[ ]*$/m.test(head)) return loadScorecard(store, file);
  }
  return undefined;
}

export async function report(
  io: Io,
  which: string | undefined,
  options: ReportOptions,
): Promise<void> {
  checkTargets(options);
  const card = which === undefined ? undefined : await findScorecard(io, which);
  if (card) {
    if (options.question !== undefined)
      throw new UsageError('--question applies to practice sessions, not interview scorecards');
    const { renderHtmlScorecard, renderMarkdownScorecard } = await import(
      '../ui/report/scorecard.js'
    );
    if (options.html !== undefined) await writeReport(io, options.html, renderHtmlScorecard(card));
    if (options.md !== undefined) await writeReport(io, options.md, renderMarkdownScorecard(card));
    return;
  }
  const store = homeSessionStore(io.env);
  const { record } = await findSession(store, io, which);
  if (options.question !== undefined && !record.questions.some((q) => q.id === options.question)) {
    const ids = record.questions.map((q) => q.id).join(', ') || 'none';
    throw new UsageError(
      `no question "${options.question}" in session ${record.id} (its questions: ${ids})`,
    );
  }
  const review = reviewSession(record, options.question, await packExamples(io, record));
  if (options.html !== undefined) {
    await writeReport(
      io,
      options.html,
      renderHtmlReport(review, { generatedAt: new Date().toISOString() }),
    );
  }
  if (options.md !== undefined) await writeReport(io, options.md, renderMarkdownReport(review));
}
