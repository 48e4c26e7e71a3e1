// Runs a session record to its end (practice and resume share this): picks the UI, saves after
// every answer and on every exit path, reports fallbacks, and prints where the file is.
import { SubjectFailed } from '../base/errors.js';
import type { Io } from '../base/io.js';
import { onProcessExitPaths } from '../cli/signals.js';
import { systemClock } from '../core/session/clock.js';
import { type SessionRecord, summarize } from '../core/session/record.js';
import { runSession, type SessionUi } from '../core/session/run-session.js';
import type { SessionStore } from '../store/session-store.js';
import { toYaml } from '../store/yaml-out.js';
import { colourFor } from '../ui/colour.js';
import { renderSummary } from '../ui/render/summary.js';
import { sanitizeInline } from '../ui/sanitize.js';
import { keepRunningWhenStdoutCloses } from './stdout-closed.js';

/** Plain mode: asked for, not a terminal at both ends, or a terminal that cannot move its cursor. */
export function usePlain(io: Io, plainFlag: boolean | undefined): boolean {
  return Boolean(plainFlag) || !io.stdin.isTTY || !io.stdout.isTTY || io.env.TERM === 'dumb';
}

/** A session file is written once it holds something: an answer, a skip, a draft or a note.
 * `rehearse practice </dev/null` leaves nothing behind. */
export function worthSaving(record: SessionRecord): boolean {
  return record.questions.some(
    (q) =>
      q.status === 'answered' ||
      q.status === 'skipped' ||
      Boolean(q.draft) ||
      q.answer !== undefined ||
      q.note !== undefined ||
      q.self_rating !== undefined,
  );
}

export async function runAndSave(
  io: Io,
  store: SessionStore,
  record: SessionRecord,
  plain: boolean,
): Promise<void> {
  const c = colourFor(io.stdout, io.env);
  const warn = (text: string) => io.stderr.write(`${c.yellow(sanitizeInline(text))}\n`);
  let savedTo: string | undefined;
  let unsaved = false;
  let dumped = false;

  const saveSync = (r: SessionRecord) => {
    if (!savedTo && !worthSaving(r)) return;
    try {
      const report = store.saveSync(r);
      if (report.note) warn(`rehearse: ${report.note}`);
      if (report.fallback)
        warn(
          `rehearse: ${report.fallback.reason}\nrehearse: saving to ${report.fallback.path} instead.`,
        );
      savedTo = report.path;
      unsaved = false;
    } catch (error) {
      if (!unsaved)
        warn(
          `rehearse: cannot save the session anywhere (${(error as Error).message}). Your answers will be printed when the session ends; copy them somewhere safe.`,
        );
      unsaved = true;
    }
  };
  // Both directories failed: print the answers once, on the way out, rather than drop them.
  const dumpIfUnsaved = (r: SessionRecord) => {
    if (!unsaved || dumped) return;
    dumped = true;
    io.stderr.write(`${toYaml(r)}\n`);
  };
  const stdoutClosed = keepRunningWhenStdoutCloses(io);

  // Each UI is loaded only when used: plain mode never loads the prompt runtime.
  const ui: SessionUi & { close?: () => void } = plain
    ? (await import('../ui/plain-ui.js')).plainUi(io)
    : (await import('../ui/terminal-ui.js')).terminalUi({
        io,
        colour: c,
        bell: record.settings.bell,
      });
  const dispose = onProcessExitPaths(() => {
    saveSync(record);
    dumpIfUnsaved(record);
    store.release();
  });
  try {
    saveSync(record);
    await runSession(record, { ui, clock: systemClock, save: async (r) => saveSync(r) });
  } catch (error) {
    saveSync(record);
    throw error;
  } finally {
    dispose();
    ui.close?.();
    dumpIfUnsaved(record);
    store.release();
    stdoutClosed.dispose();
  }
  if (unsaved) throw new SubjectFailed('the session could not be saved; your answers are above');
  io.stdout.write(`\n${renderSummary(summarize(record), record, savedTo, c)}\n`);
  const schedule = await (await import('./schedule-summary.js')).scheduleSummary(io, record, c);
  if (schedule) io.stdout.write(`\n${schedule}\n`);
}
