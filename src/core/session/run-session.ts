// The session engine: asks each question in turn through an injected UI, keeps the record up to
// date (in place, so a signal handler can always save the latest state) and saves through an
// injected function. No terminal, disk or clock of its own.
import { coverageSummary, coverKeyPoints, type KeyPointCoverage } from '../compare/coverage.js';
import type { Clock } from './clock.js';
import { nextQuestionIndex, type QuestionRecord, type SessionRecord } from './record.js';
import {
  elapsedMs,
  round,
  type Stopwatch,
  startStopwatch,
  type TimeStatus,
  tick,
  timeStatus,
} from './timer.js';

// A draft is saved once typing pauses for PAUSE_SAVE_MS, and at least every AUTOSAVE_MS while it
// goes on; with the UI ticking every 250 ms, kill -9 loses at most about a second of typing.
export const PAUSE_SAVE_MS = 500;
export const AUTOSAVE_MS = 750;

export interface LiveStatus {
  phase: TimeStatus;
  /** The whole session's budget (--total), when there is one. */
  total?: TimeStatus;
  /** The UI should end the phase now: prep time is over, or a hard limit was reached. */
  endNow: boolean;
}

export interface QuestionView {
  index: number;
  count: number;
  question: QuestionRecord;
  /** Called by the UI on each of its ticks; advances timers and autosaves. */
  tick(): LiveStatus;
}

export interface AnswerView extends QuestionView {
  initial: string;
  mode: 'typed' | 'aloud';
  /** Called on every edit with the full text. */
  onDraft(text: string): void;
}

export type PrepOutcome = 'answer' | 'skip' | 'quit';
export interface AnswerOutcome {
  action: 'submit' | 'skip' | 'timeout' | 'quit';
  text: string;
  note?: string;
}

export interface RevealView {
  question: QuestionRecord;
  coverage: KeyPointCoverage[];
  /** Ask for a 1–5 rating; the UI returns undefined when the candidate declines. */
  askRating: boolean;
}

export interface SessionUi {
  prep(view: QuestionView): Promise<PrepOutcome>;
  answer(view: AnswerView): Promise<AnswerOutcome>;
  reveal(view: RevealView): Promise<number | undefined>;
  notice(message: string): void;
}

/** Thrown by a UI when the candidate quits somewhere other than an answer (e.g. while rating). */
export class QuitSession extends Error {
  constructor() {
    super('quit');
  }
}

export interface SessionDeps {
  ui: SessionUi;
  clock: Clock;
  save(record: SessionRecord): Promise<void>;
}

export async function runSession(record: SessionRecord, deps: SessionDeps): Promise<SessionRecord> {
  try {
    return await askAll(record, deps);
  } catch (error) {
    if (!(error instanceof QuitSession)) throw error;
    record.status = 'in-progress';
    await deps.save(record);
    return record;
  }
}

async function askAll(record: SessionRecord, deps: SessionDeps): Promise<SessionRecord> {
  const { ui, clock, settings } = { ...deps, settings: record.settings };
  const sessionWatch = {
    watch: startStopwatch(clock.now(), clock.wall(), record.elapsed_seconds * 1000),
  };
  let lastSave = clock.now();
  let lastEdit = clock.now();
  let dirty = false;
  let saving = Promise.resolve();
  const save = () => {
    lastSave = clock.now();
    dirty = false;
    saving = saving.then(() => deps.save(record));
    return saving;
  };

  const totalStatus = (mono: number): TimeStatus | undefined => {
    const elapsed = elapsedMs(sessionWatch.watch, mono) / 1000;
    record.elapsed_seconds = round(elapsed);
    return settings.total_seconds === undefined
      ? undefined
      : timeStatus(elapsed, settings.total_seconds);
  };
  const outOfTime = () => (totalStatus(clock.now())?.remaining ?? 1) <= 0;

  record.status = 'in-progress';
  for (let index = nextQuestionIndex(record); index !== -1; index = nextQuestionIndex(record)) {
    if (outOfTime()) {
      record.status = 'out-of-time';
      ui.notice('The session time (--total) is used up; the remaining questions were not asked.');
      break;
    }
    const q = record.questions[index] as QuestionRecord;
    const count = record.questions.length;
    const resumed = q.status === 'in-progress';
    q.status = 'in-progress';

    // Advances a phase stopwatch and the session stopwatch together on every UI tick.
    const live =
      (phase: { watch: Stopwatch }, limit: number | null, hard: boolean) => (): LiveStatus => {
        const mono = clock.now();
        const wall = clock.wall();
        phase.watch = tick(phase.watch, mono, wall);
        sessionWatch.watch = tick(sessionWatch.watch, mono, wall);
        const status = timeStatus(elapsedMs(phase.watch, mono) / 1000, limit ?? undefined);
        const total = totalStatus(mono);
        if (dirty && (mono - lastEdit >= PAUSE_SAVE_MS || mono - lastSave >= AUTOSAVE_MS))
          void save();
        const phaseOver = status.remaining !== undefined && status.remaining <= 0;
        const totalOver = total?.remaining !== undefined && total.remaining <= 0;
        return {
          phase: status,
          ...(total ? { total } : {}),
          endNow: hard && (phaseOver || totalOver),
        };
      };

    if (!resumed || q.prep_seconds === undefined) {
      const prep = { watch: startStopwatch(clock.now(), clock.wall()) };
      const prepTick = live(prep, settings.timer ? q.prep_limit_seconds : null, true);
      const outcome = await ui.prep({ index, count, question: q, tick: prepTick });
      prepTick();
      q.prep_seconds = round(elapsedMs(prep.watch, clock.now()) / 1000);
      if (outcome === 'quit') {
        // Quitting while reading: resume starts this question afresh.
        q.status = 'pending';
        delete q.prep_seconds;
        return stop(record, save);
      }
      if (outcome === 'skip') {
        markSkipped(q);
        await save();
        continue;
      }
    }

    const limit = settings.timer ? q.time_limit_seconds : null;
    const answer = {
      watch: startStopwatch(clock.now(), clock.wall(), (q.answer_seconds ?? 0) * 1000),
    };
    const answerTick = live(answer, limit, settings.on_timeout === 'hard');
    const wrappedTick = () => {
      const status = answerTick();
      q.answer_seconds = round(status.phase.elapsed);
      return status;
    };
    const outcome = await ui.answer({
      index,
      count,
      question: q,
      tick: wrappedTick,
      initial: q.draft ?? q.answer ?? '',
      mode: settings.aloud ? 'aloud' : 'typed',
      onDraft(text) {
        q.draft = text;
        dirty = true;
        lastEdit = clock.now();
      },
    });
    const final = wrappedTick();
    recordTiming(q, answer.watch, final.phase, limit);
    if (outcome.action === 'quit') {
      q.draft = outcome.text;
      return stop(record, save);
    }
    if (outcome.note) q.note = outcome.note;
    if (outcome.action === 'timeout') q.timed_out = true;
    delete q.draft;
    if (outcome.text !== '' || q.mode === 'typed') q.answer = outcome.text;
    if (outcome.action === 'skip') {
      markSkipped(q);
      await save();
      continue;
    }
    q.status = 'answered';
    if (q.answer !== undefined && q.key_points?.length) {
      q.coverage = coverageSummary(coverKeyPoints(q.answer, q.key_points));
    }
    await save();
    if (settings.reveal === 'each') await revealOne(ui, q, save);
  }

  if (settings.reveal === 'end') {
    for (const q of record.questions) if (q.status === 'answered') await revealOne(ui, q, save);
  }
  if (record.status === 'in-progress') record.status = 'finished';
  record.ended_at = new Date(clock.wall()).toISOString();
  await save();
  return record;
}

function markSkipped(q: QuestionRecord): void {
  q.status = 'skipped';
  q.skipped = true;
  // Nothing typed is lost: a skipped draft stays in the file as the answer.
  if (q.draft) q.answer = q.draft;
  delete q.draft;
}

function recordTiming(
  q: QuestionRecord,
  watch: Stopwatch,
  status: TimeStatus,
  limit: number | null,
): void {
  q.answer_seconds = round(status.elapsed);
  q.overtime_seconds = round(status.overtime);
  q.timed_out = limit !== null && status.elapsed >= limit;
  if (watch.pauses.length) {
    q.pauses = [
      ...(q.pauses ?? []),
      ...watch.pauses.map((p) => ({
        started_at: new Date(p.startedAt).toISOString(),
        seconds: p.seconds,
        kind: p.kind,
      })),
    ];
  }
}

async function revealOne(
  ui: SessionUi,
  q: QuestionRecord,
  save: () => Promise<void>,
): Promise<void> {
  // Spoken answers have no text to match, so their coverage is left to the candidate.
  const coverage = q.answer === undefined ? [] : coverKeyPoints(q.answer, q.key_points ?? []);
  const rating = await ui.reveal({ question: q, coverage, askRating: true });
  if (rating !== undefined) {
    q.self_rating = rating;
    await save();
  }
}

async function stop(record: SessionRecord, save: () => Promise<void>): Promise<SessionRecord> {
  // Left resumable: `rehearse resume` continues from the question in progress.
  record.status = 'in-progress';
  await save();
  return record;
}
