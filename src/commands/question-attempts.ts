// `rehearse history --question ID` and `rehearse review --question ID --attempts`: every attempt
// at one question, across sessions.
import type { Io } from '../base/io.js';
import { type AttemptLine, attemptsAt } from '../core/history/attempts.js';
import { sessionsWithQuestion } from '../store/question-sessions.js';
import { homeSessionStore } from '../store/session-store.js';
import { colourFor } from '../ui/colour.js';
import { renderAttemptsSideBySide, renderAttemptTable } from '../ui/render/attempts-view.js';

function attempts(io: Io, id: string): AttemptLine[] {
  const found = sessionsWithQuestion(homeSessionStore(io.env), id);
  for (const u of found.unreadable) io.stderr.write(`rehearse: skipped ${u.file}: ${u.reason}\n`);
  return attemptsAt(found.records, id);
}

const widthOf = (io: Io) => (io.stdout.isTTY ? Math.max(40, (io.stdout.columns ?? 80) - 1) : 100);

export function questionHistory(io: Io, id: string, options: { json?: boolean }): void {
  const lines = attempts(io, id);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(lines, null, 2)}\n`);
    return;
  }
  io.stdout.write(`${renderAttemptTable(id, lines, widthOf(io), colourFor(io.stdout, io.env))}\n`);
}

export function questionAttempts(io: Io, id: string, options: { json?: boolean }): void {
  const lines = attempts(io, id);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(lines, null, 2)}\n`);
    return;
  }
  io.stdout.write(
    `${renderAttemptsSideBySide(id, lines, widthOf(io), colourFor(io.stdout, io.env))}\n`,
  );
}
