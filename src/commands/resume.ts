import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import type { Scorecard } from '../core/interview/scorecard.js';
import {
  nextQuestionIndex,
  owedReveals,
  type QuestionRecord,
  type SessionRecord,
} from '../core/session/record.js';
import { scorecardsDir, sessionsDir } from '../store/paths.js';
import { scorecardStore } from '../store/scorecard-file.js';
import { SessionFileError } from '../store/session-file.js';
import { homeSessionStore, SessionStore } from '../store/session-store.js';
import { sanitizeInline } from '../ui/sanitize.js';
import { type FoundSession, findSession, loadScorecard } from './find-session.js';
import { runAndSave, usePlain } from './run-and-save.js';

const isDone = (q: QuestionRecord) => q.status === 'answered' || q.status === 'skipped';

export interface ResumeOptions {
  plain?: boolean;
}

async function findUnfinishedScorecard(
  io: Io,
  which: string | undefined,
): Promise<{ file: string; record: Scorecard } | undefined> {
  const store = scorecardStore(scorecardsDir(io.env));
  if (which !== undefined) {
    const file = store.filesFor(which)[0] ?? path.join(store.dir, `${which}.yaml`);
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
  const home = homeSessionStore(io.env);
  home.checkSafe();
  const session: FoundSession | undefined = await findSession(home, io, which, {
    unfinished: true,
  }).catch((error: unknown) => {
    // Not found is fine (it may be an interview); found but unusable is refused with positions.
    if (error instanceof InputError && error.problems.length === 0) return undefined;
    throw error;
  });
  const card = await findUnfinishedScorecard(io, which);
  if (card && (!session || card.record.started_at > session.record.started_at)) {
    io.stdout.write(
      `Resuming interview ${sanitizeInline(card.record.id)} (${sanitizeInline(card.record.script.title)}).\n\n`,
    );
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
  const { file } = session;
  // Keep writing to the file that was read, even if it lives outside the sessions directory, and
  // hold its lock first: a second terminal is refused, saying where the session is open.
  const store = new SessionStore(path.dirname(file), {
    owned: home.searchDirs().includes(path.dirname(file)),
  });
  const note = store.lock(file);
  if (note) io.stderr.write(`rehearse: ${sanitizeInline(note)}\n`);
  let record: SessionRecord;
  try {
    record = await store.load(file);
  } catch (error) {
    store.release();
    throw error instanceof SessionFileError ? new InputError(error.message) : error;
  }
  const next = nextQuestionIndex(record);
  const owed = owedReveals(record).length;
  if (next === -1 && owed === 0) {
    store.release();
    throw new InputError(`session ${record.id} has no question left to answer`);
  }
  const left = next === -1 ? 0 : record.questions.filter((q) => !isDone(q)).length;
  const parts = [
    left ? `${left} question${left === 1 ? '' : 's'} left` : '',
    owed ? `${owed} rating${owed === 1 ? '' : 's'} to give` : '',
  ].filter(Boolean);
  io.stdout.write(`Resuming session ${sanitizeInline(record.id)}: ${parts.join(', ')}.\n\n`);
  await runAndSave(io, store, record, usePlain(io, options.plain));
}
