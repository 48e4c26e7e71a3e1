// Finds the session a command is about: a path, a session id, or by default the newest one
// (the newest unfinished one for resume). Unreadable files are skipped when searching.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import { nextQuestionIndex, owedReveals, type SessionRecord } from '../core/session/record.js';
import { SessionFileError } from '../store/session-file.js';
import type { SessionStore } from '../store/session-store.js';

export interface FoundSession {
  file: string;
  record: SessionRecord;
}

async function load(store: SessionStore, file: string): Promise<SessionRecord> {
  return store.load(file).catch((error: unknown) => {
    throw error instanceof SessionFileError ? new InputError(error.message) : error;
  });
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
    if (existsSync(asPath)) return { file: asPath, record: await load(store, asPath) };
    // By id: the data directory and any fallback it was saved to, the latest readable copy.
    const copies = /[\\/]/.test(which) ? [] : store.filesFor(which);
    for (const [i, file] of copies.entries()) {
      try {
        return { file, record: await store.load(file) };
      } catch (error) {
        if (!(error instanceof SessionFileError) || i === copies.length - 1)
          throw error instanceof SessionFileError ? new InputError(error.message) : error;
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
    }
  }
  throw new InputError(
    `no ${options.unfinished ? 'unfinished ' : ''}session in ${store.dir}; start one with "rehearse practice"`,
  );
}
