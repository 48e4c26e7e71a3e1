// Runs a session record to its end (practice and resume share this): picks the UI, saves after
// every answer and on every exit path, reports fallbacks, and prints where the file is.
import { stringify } from 'yaml';
import type { Io } from '../base/io.js';
import { onProcessExitPaths } from '../cli/signals.js';
import { systemClock } from '../core/session/clock.js';
import { type SessionRecord, summarize } from '../core/session/record.js';
import { runSession, type SessionUi } from '../core/session/run-session.js';
import type { SessionStore } from '../store/session-store.js';
import { colourFor } from '../ui/colour.js';
import { renderSummary } from '../ui/render/summary.js';

/** Plain mode: asked for, not a terminal at both ends, or a terminal that cannot move its cursor. */
export function usePlain(io: Io, plainFlag: boolean | undefined): boolean {
  return Boolean(plainFlag) || !io.stdin.isTTY || !io.stdout.isTTY || io.env.TERM === 'dumb';
}

export async function runAndSave(
  io: Io,
  store: SessionStore,
  record: SessionRecord,
  plain: boolean,
): Promise<void> {
  const c = colourFor(io.stdout, io.env);
  const warn = (text: string) => io.stderr.write(`${c.yellow(text)}\n`);
  let lastResort = false;

  const saveSync = (r: SessionRecord) => {
    try {
      const report = store.saveSync(r);
      if (report.fallback)
        warn(
          `rehearse: ${report.fallback.reason}\nrehearse: saving to ${report.fallback.path} instead.`,
        );
    } catch (error) {
      // Both directories failed: print the answers rather than drop them.
      if (!lastResort)
        warn(
          `rehearse: cannot save the session anywhere (${(error as Error).message}). Your answers follow; copy them somewhere safe.`,
        );
      lastResort = true;
      io.stderr.write(`${stringify(r, { blockQuote: 'literal', lineWidth: 0 })}\n`);
    }
  };

  // Each UI is loaded only when used: plain mode never loads the prompt runtime.
  const ui: SessionUi & { close?: () => void } = plain
    ? (await import('../ui/plain-ui.js')).plainUi(io)
    : (await import('../ui/terminal-ui.js')).terminalUi({
        io,
        colour: c,
        bell: record.settings.bell,
      });
  const dispose = onProcessExitPaths(() => saveSync(record));
  try {
    saveSync(record);
    await runSession(record, { ui, clock: systemClock, save: async (r) => saveSync(r) });
  } catch (error) {
    saveSync(record);
    throw error;
  } finally {
    dispose();
    ui.close?.();
  }
  io.stdout.write(
    `\n${renderSummary(summarize(record), record, lastResort ? undefined : store.pathFor(record.id), c)}\n`,
  );
}
