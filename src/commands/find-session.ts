// Finds the session a command is about: a path, a session id, or by default the newest one
// (the newest unfinished one for resume). Unreadable files are skipped when searching.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import type { Scorecard } from '../core/interview/scorecard.js';
import { nextQuestionIndex, owedReveals, type SessionRecord } from '../core/session/record.js';
import { SessionFileError } from '../store/session-file.js';
import type { RecordStore, SessionStore } from '../store/session-store.js';

export interface FoundSession {
  file: string;
  record: SessionRecord;
}

/** A file named on the command line must be usable: its problems are shown with positions and
 * nothing is done with it (a command that could not read a file never rewrites it). */
function load(store: SessionStore, file: string): SessionRecord {
  try {
    return store.loadSync(file);
  } catch (error) {
    if (!(error instanceof SessionFileError)) throw error;
    throw new InputError(
      error.problems.length
        ? `${file} is not a valid session file; nothing was changed`
        : error.message,
      error.problems,
    );
  }
}

export async function findSession(
  store: SessionStore,
  io: Io,
  which: string | undefined,
  options: { unfinished?: boolean } = {},
): Promise<FoundSession> {
  if (which !== undefined) {
    if (which.trim() === '')
      throw new UsageError('an empty session was named; give a session id or a session file');
    const asPath = path.resolve(io.cwd, which);
    if (statSync(asPath, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`"${which}" is a directory; give a session id or a session file`);
    if (existsSync(asPath)) return { file: asPath, record: load(store, asPath) };
    // By id: the data directory and any fallback it was saved to, the latest readable copy; when
    // none can be used, the last one's problems are shown.
    const copies = /[\\/]/.test(which) ? [] : store.filesFor(which);
    for (const [i, file] of copies.entries()) {
      try {
        return { file, record: store.loadSync(file) };
      } catch (error) {
        if (!(error instanceof SessionFileError) || i === copies.length - 1)
          return { file, record: load(store, file) };
      }
    }
    throw new InputError(
      `no session "${which}" (looked for the file ${asPath} and the id in ${store.searchDirs().join(', ')})`,
    );
  }
  for (const file of await store.files()) {
    try {
      const record = await store.load(file);
      if (
        !options.unfinished ||
        (record.status === 'in-progress' &&
          (nextQuestionIndex(record) !== -1 || owedReveals(record).length > 0))
      )
        return { file, record };
    } catch (error) {
      if (!(error instanceof SessionFileError)) throw error;
      io.stderr.write(`rehearse: skipped ${error.message}\n`);
    }
  }
  throw new InputError(
    `no ${options.unfinished ? 'unfinished ' : ''}session in ${store.dir}; start one with "rehearse practice"`,
  );
}

/** A scorecard named on the command line, refused with positions when it cannot be used. */
export function loadScorecard(store: RecordStore<Scorecard>, file: string): Scorecard {
  try {
    return store.loadSync(file);
  } catch (error) {
    if (!(error instanceof SessionFileError)) throw error;
    throw new InputError(
      error.problems.length
        ? `${file} is not a valid scorecard; nothing was changed`
        : error.message,
      error.problems,
    );
  }
}
