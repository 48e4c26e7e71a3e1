// What the scheduling commands share: the question bank (from the given paths, filtered), each
// question's derived card from the session files, the remembered interview date, and "today".
// Nothing is cached: the session files are the only truth.
import path from 'node:path';
import { SubjectFailed, UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import type { SessionDigest } from '../core/history/digest.js';
import type { LoadedQuestion } from '../core/load/parse-file.js';
import { filterQuestions, type QuestionFilter } from '../core/questions/bank.js';
import { contentHash } from '../core/questions/content-hash.js';
import {
  type CardState,
  checkpointsOf,
  deriveStates,
  type QuestionRef,
} from '../core/schedule/cards.js';
import { type Day, dayOf, parseDay } from '../core/schedule/days.js';
import { readSavedPlan, type SavedPlan } from '../store/interview-date.js';
import { displayPath } from '../store/paths.js';
import { readScheduleCache, writeScheduleCache } from '../store/schedule-cache.js';
import { loadDigests } from '../store/session-digests.js';
import { homeSessionStore } from '../store/session-store.js';
import { sanitizeInline } from '../ui/sanitize.js';
import { loadQuestions } from './load-questions.js';

/** Every session's digest; files that cannot be read are named on stderr and left out. */
export function readDigests(io: Io): {
  digests: SessionDigest[];
  unreadable: { file: string; reason: string }[];
} {
  const result = loadDigests(homeSessionStore(io.env));
  for (const u of result.unreadable)
    io.stderr.write(`rehearse: skipped ${sanitizeInline(u.reason)}\n`);
  return result;
}

/** As history does: after everything else is shown, unreadable files make the exit code 1. */
export function failIfUnreadable(data: ScheduleData): void {
  const n = data.unreadable.length;
  if (n > 0)
    throw new SubjectFailed(`${n} file${n === 1 ? '' : 's'} could not be read (listed above)`);
}

export interface ScheduleData {
  unreadable: { file: string; reason: string }[];
  questions: LoadedQuestion[];
  states: CardState[];
  sessions: SessionDigest[];
  now: Date;
  today: Day;
}

export function refFor(q: LoadedQuestion, cwd: string): QuestionRef {
  return {
    id: q.question.id,
    hash: contentHash(q.question.prompt, q.question.key_points),
    pack: path.basename(displayPath(q.file, cwd)),
    tags: q.question.tags ?? [],
  };
}

export async function loadSchedule(
  io: Io,
  paths: readonly string[],
  filter: QuestionFilter = {},
  now = new Date(),
): Promise<ScheduleData> {
  const { questions: all } = await loadQuestions(io, paths);
  const questions = filterQuestions(all, filter);
  const { digests: sessions, unreadable } = readDigests(io);
  const cached = readScheduleCache(io.env);
  const states = deriveStates(
    questions.map((q) => refFor(q, io.cwd)),
    sessions,
    cached,
  );
  writeScheduleCache(io.env, cached, checkpointsOf(states));
  return { questions, states, sessions, unreadable, now, today: dayOf(now) };
}

/** The remembered interview date; a broken plan.json is named on stderr and ignored here. */
export function savedPlanOrWarn(io: Io): SavedPlan | undefined {
  try {
    return readSavedPlan(io.env);
  } catch (error) {
    io.stderr.write(`rehearse: ${(error as Error).message}\n`);
    return undefined;
  }
}

/** A YYYY-MM-DD flag value, or a usage error that says what is wrong. */
export function dayFlag(flag: string, value: string): Day {
  const day = parseDay(value);
  if (!day)
    throw new UsageError(`${flag} "${value}" is not a date; use YYYY-MM-DD, e.g. 2026-12-04`);
  return day;
}

/** A whole number of at least `min` (1 unless 0 makes sense for the flag). */
export function countOption(flag: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new UsageError(`${flag} "${value}" must be a whole number of at least ${min}`);
  return Number(value);
}

/** Ids of questions answered or skipped on `today` (local day). */
export function practisedOn(states: readonly CardState[], today: Day): Set<string> {
  return new Set(
    states
      .filter((s) => s.attempts.some((a) => dayOf(new Date(a.at)) === today))
      .map((s) => s.question.id),
  );
}
