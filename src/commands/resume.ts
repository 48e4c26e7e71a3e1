import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../cli/errors.js';
import type { Io } from '../cli/io.js';
import { nextQuestionIndex } from '../core/session/record.js';
import { sessionsDir } from '../store/paths.js';
import { SessionFileError } from '../store/session-file.js';
import { SessionStore } from '../store/session-store.js';
import { runAndSave, usePlain } from './run-and-save.js';

export interface ResumeOptions {
  plain?: boolean;
}

/** A path, a session id, or (by default) the newest unfinished session. */
export async function findSessionFile(
  store: SessionStore,
  io: Io,
  which: string | undefined,
): Promise<string> {
  if (which !== undefined) {
    const asPath = path.resolve(io.cwd, which);
    if (existsSync(asPath)) return asPath;
    const byId = path.join(store.dir, `${which}.yaml`);
    if (existsSync(byId)) return byId;
    throw new InputError(
      `no session "${which}" (looked for the file ${asPath} and the id in ${store.dir})`,
    );
  }
  for (const file of await store.files()) {
    try {
      const record = await store.load(file);
      if (record.status === 'in-progress' && nextQuestionIndex(record) !== -1) return file;
    } catch (error) {
      if (!(error instanceof SessionFileError)) throw error;
    }
  }
  throw new InputError(`no unfinished session in ${store.dir}`);
}

export async function resume(
  io: Io,
  which: string | undefined,
  options: ResumeOptions,
): Promise<void> {
  const store = new SessionStore(sessionsDir(io.env));
  const file = await findSessionFile(store, io, which);
  const record = await store.load(file).catch((error: unknown) => {
    throw error instanceof SessionFileError ? new InputError(error.message) : error;
  });
  if (nextQuestionIndex(record) === -1)
    throw new InputError(`session ${record.id} has no question left to answer`);
  // Keep writing to the file we read, even if it lives outside the sessions directory.
  const resumedStore = new SessionStore(path.dirname(file));
  const left = record.questions.length - nextQuestionIndex(record);
  io.stdout.write(
    `Resuming session ${record.id}: ${left} question${left === 1 ? '' : 's'} left.\n\n`,
  );
  await runAndSave(io, resumedStore, record, usePlain(io, options.plain));
}
