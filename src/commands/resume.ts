import path from 'node:path';
import { InputError } from '../cli/errors.js';
import type { Io } from '../cli/io.js';
import { nextQuestionIndex } from '../core/session/record.js';
import { sessionsDir } from '../store/paths.js';
import { SessionStore } from '../store/session-store.js';
import { findSession } from './find-session.js';
import { runAndSave, usePlain } from './run-and-save.js';

export interface ResumeOptions {
  plain?: boolean;
}

export async function resume(
  io: Io,
  which: string | undefined,
  options: ResumeOptions,
): Promise<void> {
  const { file, record } = await findSession(new SessionStore(sessionsDir(io.env)), io, which, {
    unfinished: true,
  });
  const next = nextQuestionIndex(record);
  if (next === -1) throw new InputError(`session ${record.id} has no question left to answer`);
  const left = record.questions.length - next;
  io.stdout.write(
    `Resuming session ${record.id}: ${left} question${left === 1 ? '' : 's'} left.\n\n`,
  );
  // Keep writing to the file that was read, even if it lives outside the sessions directory.
  await runAndSave(io, new SessionStore(path.dirname(file)), record, usePlain(io, options.plain));
}
