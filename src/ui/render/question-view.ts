// Text for the question screens: the header above the prompt and the live status line. Pure.
import type { ChalkInstance } from 'chalk';
import { formatClock } from '../../core/duration.js';
import type { QuestionRecord } from '../../core/session/record.js';
import type { LiveStatus } from '../../core/session/run-session.js';
import type { TimeLevel, TimeStatus } from '../../core/session/timer.js';
import { sanitizeForTerminal, sanitizeInline } from '../sanitize.js';
import { fitLine, wrapStyled } from './layout.js';

export function renderQuestionHeader(
  q: QuestionRecord,
  index: number,
  count: number,
  width: number,
  c: ChalkInstance,
): string {
  const meta = [q.kind, q.difficulty, ...(q.tags ?? []).slice(0, 4)]
    .filter(Boolean)
    .map((m) => sanitizeInline(String(m)));
  const title = `${c.bold(`Question ${index + 1} of ${count}`)}${meta.length ? c.dim(`  ·  ${meta.join(' · ')}`) : ''}`;
  const prompt = wrapStyled(sanitizeForTerminal(q.prompt.trim()), Math.max(20, width)).join('\n');
  return `${wrapStyled(title, Math.max(20, width)).join('\n')}\n\n${c.cyan(prompt)}`;
}

/** The heading of a reveal: which question it belongs to (number, id, the prompt's start). */
export function renderRevealHeading(
  q: QuestionRecord,
  index: number,
  count: number,
  width: number,
  c: ChalkInstance,
): string {
  const title = `${c.bold(`Question ${index + 1} of ${count}`)}${c.dim(`  ·  ${sanitizeInline(q.id)}`)}`;
  const prompt = sanitizeInline(q.prompt.trim().replace(/\s+/g, ' '));
  return [
    ...wrapStyled(title, Math.max(1, width)),
    fitLine(c.cyan(prompt), Math.max(1, width)),
  ].join('\n');
}

const LEVEL_STYLE: Record<TimeLevel, keyof ChalkInstance> = {
  calm: 'green',
  low: 'yellow',
  critical: 'red',
  over: 'red',
};

function renderClock(label: string, status: TimeStatus, c: ChalkInstance): string {
  if (status.remaining === undefined) return `${label} ${formatClock(status.elapsed)}`;
  const style = c[LEVEL_STYLE[status.level]] as ChalkInstance;
  if (status.remaining <= 0)
    return style.bold(`${label} over time +${formatClock(status.overtime)}`);
  return style(`${label} ${formatClock(Math.ceil(status.remaining))} left`);
}

export function renderStatus(
  label: string,
  live: LiveStatus,
  c: ChalkInstance,
  extra = '',
): string {
  const parts = [renderClock(label, live.phase, c)];
  if (live.total) parts.push(renderClock('Session', live.total, c));
  if (extra) parts.push(c.dim(extra));
  return parts.join(c.dim('  │  '));
}

/** Plain-text announcement of a warning point, for plain mode and screen readers. */
export function announceTime(label: string, status: TimeStatus): string {
  if (status.remaining === undefined) return '';
  if (status.remaining <= 0)
    return `${label}: time is up (over by ${formatClock(status.overtime)}).`;
  return `${label}: ${formatClock(Math.ceil(status.remaining))} left.`;
}
