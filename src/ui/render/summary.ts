// The one-screen summary at the end of a session, and the summary before it starts. Pure.
import type { ChalkInstance } from 'chalk';
import { formatClock } from '../../core/duration.js';
import type { SessionRecord, SessionSummary } from '../../core/session/record.js';
import { sanitizeInline } from '../sanitize.js';

export function renderSummary(
  s: SessionSummary,
  record: SessionRecord,
  savedAt: string | undefined,
  c: ChalkInstance,
): string {
  const lines = [
    c.bold(record.status === 'in-progress' ? 'Session paused' : 'Session complete'),
    `  answered      ${s.answered} of ${s.total}`,
    `  skipped       ${s.skipped}`,
    `  over time     ${s.overTime}`,
    `  self-rating   ${s.averageRating === undefined ? '—' : `${s.averageRating} / 5 average`}`,
    `  time used     ${formatClock(record.elapsed_seconds)}`,
  ];
  if (savedAt) lines.push('', `Saved to ${sanitizeInline(savedAt)}`);
  if (record.status === 'in-progress' && savedAt)
    lines.push(`Continue with: rehearse resume ${sanitizeInline(record.id)}`);
  if (record.status === 'out-of-time')
    lines.push(c.yellow('The session time ran out before every question was asked.'));
  return lines.join('\n');
}

export function renderIntro(record: SessionRecord, plain: boolean, c: ChalkInstance): string {
  const qs = record.questions;
  const budget = qs.reduce(
    (sum, q) => sum + (q.prep_limit_seconds ?? 0) + (q.time_limit_seconds ?? 0),
    0,
  );
  const s = record.settings;
  const limits = s.timer
    ? `about ${formatClock(budget)} of prep and answer time`
    : 'no time limits (durations are still recorded)';
  const total =
    s.total_seconds === undefined ? '' : `, capped at ${formatClock(s.total_seconds)} in all`;
  const keys = plain
    ? `To finish an answer, type a line holding only "." and press Enter. Ratings are a digit 1–5 on their own line.`
    : s.aloud
      ? 'Keys: Enter ends your spoken answer · Ctrl+X skips · Ctrl+C saves and quits'
      : 'Keys: Enter new line · Ctrl+D submit · Ctrl+E open $EDITOR · Ctrl+X skip · Ctrl+C save and quit';
  return [
    c.bold(`${qs.length} question${qs.length === 1 ? '' : 's'}: ${limits}${total}.`),
    s.order === 'shuffle'
      ? `Shuffled with seed ${s.seed} (use --seed ${s.seed} to repeat this order).`
      : '',
    c.dim(keys),
  ]
    .filter(Boolean)
    .join('\n');
}
