import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import type { Scorecard } from '../core/interview/scorecard.js';
import { nextQuestionIndex } from '../core/session/record.js';
import { scorecardsDir, sessionsDir } from '../store/paths.js';
import { scorecardStore } from '../store/scorecard-file.js';
import { SessionStore } from '../store/session-store.js';
import { type FoundSession, findSession, loadScorecard } from './find-session.js';
import { runAndSave, usePlain } from './run-and-save.js';

export interface ResumeOptions {
  plain?: boolean;
}

async function findUnfinishedScorecard(
  io: Io,
  which: string | undefined,
): Promise<{ file: string; record: Scorecard } | undefined> {
  const store = scorecardStore(scorecardsDir(io.env));
  if (which !== undefined) {
    const file = path.join(store.dir, `${which}.yaml`);
    const record = existsSync(file) ? loadScorecard(store, file) : undefined;
    if (record?.status === 'finished')
      throw new InputError(`interview ${which} is finished; nothing to resume`);
    return record ? { file, record } : undefined;
  }
  for (const file of await store.files()) {
    const record = await store.load(file).catch(() => undefined);
    if (record && record.status === 'in-progress') return { file, record };
  }
  return undefined;
}

/** Continues the newest unfinished practice session or interview (or the one named). */
export async function resume(
  io: Io,
  which: string | undefined,
  options: ResumeOptions,
): Promise<void> {
  const session: FoundSession | undefined = await findSession(
    new SessionStore(sessionsDir(io.env)),
    io,
    which,
    { unfinished: true },
  ).catch((error: unknown) => {
    // Not found is fine (it may be an interview); found but unusable is refused with positions.
    if (error instanceof InputError && error.problems.length === 0) return undefined;
    throw error;
  });
  const card = await findUnfinishedScorecard(io, which);
  if (card && (!session || card.record.started_at > session.record.started_at)) {
    io.stdout.write(`Resuming interview ${card.record.id} (${card.record.script.title}).\n\n`);
    const { conductInterview } = await import('./interview.js');
    return conductInterview(io, card.record.script.file, card.record, { plain: options.plain });
  }
  if (!session) {
    throw new InputError(
      which === undefined
        ? `nothing to resume in ${path.dirname(sessionsDir(io.env))}`
        : `no unfinished session or interview "${which}"`,
    );
  }
  const { file, record } = session;
  const next = nextQuestionIndex(record);
  if (next === -1) throw new InputError(`session ${record.id} has no question left to answer`);
  const left = record.questions.length - next;
  io.stdout.write(
    `Resuming session ${record.id}: ${left} question${left === 1 ? '' : 's'} left.\n\n`,
  );
  // Keep writing to the file that was read, even if it lives outside the sessions directory.
  await runAndSave(io, new SessionStore(path.dirname(file)), record, usePlain(io, options.plain));
}
