import path from 'node:path';
import { SubjectFailed } from '../base/errors.js';
import type { Io } from '../base/io.js';
import { formatClock } from '../core/duration.js';
import { byNewest, computeStats, historyLines, scorecardLine } from '../core/history/stats.js';
import { scorecardsDir, sessionsDir } from '../store/paths.js';
import { scorecardStore } from '../store/scorecard-file.js';
import { loadDigests } from '../store/session-digests.js';
import { SessionFileError } from '../store/session-file.js';
import { SessionStore } from '../store/session-store.js';
import { colourFor } from '../ui/colour.js';
import { renderStats } from '../ui/render/stats-view.js';
import { escapeJsonText } from '../ui/reporters/escape.js';
import { sanitizeInline } from '../ui/sanitize.js';
import { renderTable } from '../ui/table.js';

/** Files that could not be read are listed (path and reason) and the command ends with exit 1
 * after showing everything else. */
function reportUnreadable(io: Io, unreadable: readonly { file: string; reason: string }[]): void {
  for (const u of unreadable) io.stderr.write(`rehearse: skipped ${sanitizeInline(u.reason)}\n`);
  if (unreadable.length > 0) {
    const n = unreadable.length;
    throw new SubjectFailed(`${n} file${n === 1 ? '' : 's'} could not be read (listed above)`);
  }
}

export async function history(
  io: Io,
  options: { json?: boolean; question?: string },
): Promise<void> {
  if (options.question !== undefined)
    return (await import('./question-attempts.js')).questionHistory(io, options.question, options);
  const cards = scorecardStore(scorecardsDir(io.env));
  const sessions = loadDigests(new SessionStore(sessionsDir(io.env)));
  const unreadable = [...sessions.unreadable];
  const interviews = cards.filesSync().flatMap((file) => {
    try {
      return [scorecardLine(cards.loadSync(file))];
    } catch (error) {
      if (!(error instanceof SessionFileError)) throw error;
      unreadable.push({ file, reason: error.message });
      return [];
    }
  });
  try {
    showHistory(io, options, [...historyLines(sessions.digests), ...interviews]);
  } finally {
    reportUnreadable(io, unreadable);
  }
}

function showHistory(
  io: Io,
  options: { json?: boolean },
  all: ReturnType<typeof historyLines>,
): void {
  const lines = byNewest(all);
  if (options.json) {
    io.stdout.write(`${escapeJsonText(JSON.stringify(lines, null, 2))}\n`);
    return;
  }
  if (lines.length === 0) {
    io.stdout.write('No sessions yet. Start one with "rehearse practice".\n');
    return;
  }
  const c = colourFor(io.stdout, io.env);
  const rows = lines.map((l) => [
    l.startedAt.slice(0, 16).replace('T', ' '),
    l.id,
    `${l.answered}/${l.questions}`,
    l.averageRating === undefined ? '—' : l.averageRating.toFixed(1),
    formatClock(l.elapsedSeconds),
    l.finished ? l.status : 'unfinished',
    l.packs.map((p) => path.basename(p, path.extname(p))).join(', '),
  ]);
  const width = io.stdout.isTTY ? (io.stdout.columns ?? 80) : Number.POSITIVE_INFINITY;
  io.stdout.write(
    renderTable(['DATE', 'SESSION', 'ANSWERED', 'RATING', 'TIME', 'STATUS', 'PACKS'], rows, {
      width,
      header: c.bold,
    }),
  );
}

export function stats(io: Io, options: { json?: boolean }): void {
  const sessions = loadDigests(new SessionStore(sessionsDir(io.env)));
  const result = computeStats(sessions.digests);
  if (options.json) io.stdout.write(`${escapeJsonText(JSON.stringify(result, null, 2))}\n`);
  else {
    const width = io.stdout.isTTY ? (io.stdout.columns ?? 80) : 100;
    io.stdout.write(`${renderStats(result, width, colourFor(io.stdout, io.env))}\n`);
  }
  reportUnreadable(io, sessions.unreadable);
}
