import path from 'node:path';
import type { Io } from '../base/io.js';
import { formatClock } from '../core/duration.js';
import { byNewest, computeStats, historyLines, scorecardLine } from '../core/history/stats.js';
import { scorecardsDir, sessionsDir } from '../store/paths.js';
import { scorecardStore } from '../store/scorecard-file.js';
import { loadDigests } from '../store/session-digests.js';
import { SessionStore } from '../store/session-store.js';
import { colourFor } from '../ui/colour.js';
import { renderStats } from '../ui/render/stats-view.js';
import { escapeJsonText } from '../ui/reporters/escape.js';
import { sanitizeInline } from '../ui/sanitize.js';
import { renderTable } from '../ui/table.js';

function digests(io: Io) {
  const result = loadDigests(new SessionStore(sessionsDir(io.env)));
  for (const u of result.unreadable)
    io.stderr.write(`rehearse: skipped ${sanitizeInline(u.file)}: ${sanitizeInline(u.reason)}\n`);
  return result.digests;
}

export function history(io: Io, options: { json?: boolean }): void {
  const cards = scorecardStore(scorecardsDir(io.env));
  const interviews = cards.filesSync().flatMap((file) => {
    try {
      return [scorecardLine(cards.loadSync(file))];
    } catch {
      io.stderr.write(`rehearse: skipped ${sanitizeInline(file)}: not a readable scorecard\n`);
      return [];
    }
  });
  const lines = byNewest([...historyLines(digests(io)), ...interviews]);
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
  const result = computeStats(digests(io));
  if (options.json) {
    io.stdout.write(`${escapeJsonText(JSON.stringify(result, null, 2))}\n`);
    return;
  }
  const width = io.stdout.isTTY ? (io.stdout.columns ?? 80) : 100;
  io.stdout.write(`${renderStats(result, width, colourFor(io.stdout, io.env))}\n`);
}
