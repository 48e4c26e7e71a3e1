// The session engine: asks each question in turn through an injected UI, keeps the record up to
// date (in place, so a signal handler can always save the latest state) and saves through an
// injected function. No terminal, disk or clock of its own.
import { coverageSummary, coverKeyPoints, type KeyPointCoverage } from '../compare/coverage.js';
import { keyPointText } from '../questions/key-points.js';
import type { Clock } from './clock.js';
import {
  type Attempt,
  type HintRecord,
  nextQuestionIndex,
  owedReveals,
  type QuestionRecord,
  type SessionRecord,
  withHintAddition,
} from './record.js';
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
  /** The candidate asked for hints before the reveal, even without --hints. */
  hints?: boolean;
}

export interface RevealView {
  question: QuestionRecord;
  /** Where the question stands in the session, so the reveal can name it. */
  index: number;
  count: number;
  coverage: KeyPointCoverage[];
  /** Ask for a 1–5 rating; the UI returns undefined when the candidate declines. */
  askRating: boolean;
  /** The UI may offer "try again": answer the same question once more (returns 'retry'). */
  canRetry: boolean;
}

/** --hints: the key points, to be shown one at a time before the example answer. */
export interface HintView {
  question: QuestionRecord;
  points: string[];
  /** Called when a hint is shown (1-based count) and whenever the addition changes. */
  onShown(count: number): void;
  onAddition(text: string): void;
}

export interface SessionUi {
  prep(view: QuestionView): Promise<PrepOutcome>;
  answer(view: AnswerView): Promise<AnswerOutcome>;
  /** Optional: a UI without it never offers hints. Resolves when the candidate is done. */
  hints?(view: HintView): Promise<void>;
  reveal(view: RevealView): Promise<number | undefined | 'retry'>;
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
  const revealAt = (q: QuestionRecord, canRetry: boolean) =>
    revealOne(ui, q, record.questions.indexOf(q), record.questions.length, canRetry, save);
  // Ratings owed from an interrupted session come first (with --reveal end, at the end).
  if (settings.reveal === 'each') for (const q of owedReveals(record)) await revealAt(q, false);
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
      q.coverage = coverageSummary(coverKeyPoints(q.answer, q.key_points, q.prompt));
    }
    await save();
    if (settings.hints || outcome.hints) await hintsFor(ui, q, save);
    if (settings.reveal === 'each' && (await revealAt(q, !q.attempts?.length)) === 'retry') {
      keepAttempt(q);
      await save();
    }
  }

  if (settings.reveal === 'end') for (const q of owedReveals(record)) await revealAt(q, false);
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

async function hintsFor(
  ui: SessionUi,
  q: QuestionRecord,
  save: () => Promise<void>,
): Promise<void> {
  if (!ui.hints || !q.key_points?.length) return;
  const hints: HintRecord = { shown: 0 };
  q.hints = hints;
  const update = () => {
    if (!q.key_points) return;
    hints.coverage_after = coverageSummary(
      coverKeyPoints(withHintAddition(q), q.key_points, q.prompt),
    );
  };
  await ui.hints({
    question: q,
    points: q.key_points.map(keyPointText),
    onShown(count) {
      hints.shown = Math.max(hints.shown, count);
    },
    onAddition(text) {
      if (text.trim()) hints.addition = text;
      else delete hints.addition;
      void save();
    },
  });
  update();
  await save();
}

async function revealOne(
  ui: SessionUi,
  q: QuestionRecord,
  index: number,
  count: number,
  canRetry: boolean,
  save: () => Promise<void>,
): Promise<'retry' | undefined> {
  // Spoken answers have no text to match, so their coverage is left to the candidate.
  const coverage =
    q.answer === undefined ? [] : coverKeyPoints(withHintAddition(q), q.key_points ?? [], q.prompt);
  const rating = await ui.reveal({
    question: q,
    index,
    count,
    coverage,
    askRating: true,
    canRetry,
  });
  if (rating === 'retry') return 'retry';
  if (rating !== undefined) q.self_rating = rating;
  q.revealed = true;
  await save();
  return undefined;
}

/** "Try again": the answer so far moves to `attempts` and the question is open once more. */
function keepAttempt(q: QuestionRecord): void {
  const attempt: Attempt = {};
  for (const key of [
    'answer',
    'note',
    'coverage',
    'hints',
    'self_rating',
    'answer_seconds',
    'overtime_seconds',
    'timed_out',
  ] as const) {
    if (q[key] !== undefined) Object.assign(attempt, { [key]: q[key] });
    delete q[key];
  }
  q.attempts = [...(q.attempts ?? []), attempt];
  delete q.revealed;
  q.status = 'in-progress';
}

async function stop(record: SessionRecord, save: () => Promise<void>): Promise<SessionRecord> {
  // Left resumable: `rehearse resume` continues from the question in progress.
  record.status = 'in-progress';
  await save();
  return record;
}
