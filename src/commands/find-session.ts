// Finds the session a command is about: a path, a session id, or by default the newest one
// (the newest unfinished one for resume). Unreadable files are skipped when searching.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../base/errors.js';
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
    const asPath = path.resolve(io.cwd, which);
    const byId = path.join(store.dir, `${which}.yaml`);
    const file = [asPath, byId].find((f) => existsSync(f));
    if (!file)
      throw new InputError(
        `no session "${which}" (looked for the file ${asPath} and the id in ${store.dir})`,
      );
    return { file, record: await load(store, file) };
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
