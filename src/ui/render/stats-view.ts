// Progress statistics as terminal text: sparklines of ratings and coverage per question and tag.
import type { ChalkInstance } from 'chalk';
import type { Stats, Trend } from '../../core/history/stats.js';
import { sanitizeInline } from '../sanitize.js';
import { renderTable } from '../table.js';
import { sparkline } from './sparkline.js';

function row(name: string, t: Trend): string[] {
  return [
    sanitizeInline(name),
    String(t.attempts),
    t.ratings.length
      ? `${sparkline(t.ratings.slice(-12), 1, 5)} ${t.averageRating?.toFixed(1)}`
      : '—',
    t.coverage.length
      ? `${sparkline(t.coverage.slice(-12), 0, 1)} ${Math.round((t.averageCoverage ?? 0) * 100)}%`
      : '—',
    t.timeUsed === undefined
      ? '—'
      : `${Math.round(t.timeUsed * 100)}%${t.overTimeCount ? ` (${t.overTimeCount}× over)` : ''}`,
  ];
}

export function renderStats(stats: Stats, width: number, c: ChalkInstance): string {
  if (stats.sessions === 0) return 'No sessions yet. Start one with "rehearse practice".';
  const heads = ['', 'TIMES', 'RATING (1–5)', 'KEY POINTS', 'TIME USED'];
  const out = [
    c.bold(`Progress over ${stats.sessions} session${stats.sessions === 1 ? '' : 's'}`),
    '',
  ];
  if (stats.weakest.length) {
    out.push(c.bold('Practise next'));
    for (const w of stats.weakest) out.push(`  ${sanitizeInline(w.id)}  ${c.dim(w.reason)}`);
    out.push(
      c.dim(
        `  Start them: rehearse practice --ids ${stats.weakest.map((w) => sanitizeInline(w.id)).join(',')}`,
      ),
      c.dim('  or what the schedule says is due: rehearse practice --due'),
      '',
    );
  }
  const byQuestion = Object.entries(stats.questions).map(([id, t]) => row(id, t));
  const byTag = Object.entries(stats.tags).map(([tag, t]) => row(tag, t));
  if (byQuestion.length)
    out.push(
      renderTable(['QUESTION', ...heads.slice(1)], byQuestion, { width, header: c.bold }).trimEnd(),
      '',
    );
  if (byTag.length)
    out.push(renderTable(['TAG', ...heads.slice(1)], byTag, { width, header: c.bold }).trimEnd());
  out.push(
    '',
    c.dim(
      'Sparklines run oldest to newest (last 12). Coverage is a word-match heuristic, not a grade.',
    ),
  );
  return out.join('\n');
}
