// One question's attempts as terminal text: the table of `history --question`, and the answers
// side by side with a word diff of the last two for `review --question --attempts`. Pure.
import type { ChalkInstance } from 'chalk';
import { diffWords } from 'diff';
import stringWidth from 'string-width';
import { formatClock } from '../../core/duration.js';
import type { AttemptLine } from '../../core/history/attempts.js';
import { sanitizeForTerminal, sanitizeInline } from '../sanitize.js';
import { renderTable } from '../table.js';
import { wrapStyled } from './layout.js';

/** Narrowest useful column for an answer; at most this many answers side by side. */
const MIN_COLUMN = 24;
const MAX_COLUMNS = 3;

const when = (a: AttemptLine) => a.startedAt.slice(0, 16).replace('T', ' ');
const rating = (a: AttemptLine) => (a.rating === undefined ? '—' : `${a.rating}/5`);
const coverage = (a: AttemptLine) =>
  a.coverage === undefined ? '—' : `${Math.round(a.coverage * 100)}%`;
const timeUsed = (a: AttemptLine) =>
  a.answerSeconds === undefined
    ? '—'
    : `${formatClock(a.answerSeconds)}${a.limitSeconds ? ` / ${formatClock(a.limitSeconds)}` : ''}${a.overtimeSeconds ? ' (over)' : ''}`;

export function renderAttemptTable(
  id: string,
  attempts: readonly AttemptLine[],
  width: number,
  c: ChalkInstance,
): string {
  if (!attempts.length) return `No attempts at ${sanitizeInline(id)} yet.`;
  const rows = attempts.map((a) => [
    when(a),
    a.status,
    rating(a),
    coverage(a),
    a.wordsPerMinute === undefined ? '—' : String(a.wordsPerMinute),
    timeUsed(a),
    a.sessionId,
  ]);
  return [
    c.bold(`${sanitizeInline(id)}: ${attempts.length} attempt${attempts.length === 1 ? '' : 's'}`),
    renderTable(['DATE', 'STATUS', 'RATING', 'KEY POINTS', 'WPM', 'TIME USED', 'SESSION'], rows, {
      width,
      header: c.bold,
    }).trimEnd(),
  ].join('\n');
}

function columns(blocks: string[][], width: number, c: ChalkInstance): string[] {
  const col = Math.floor((width - 3 * (blocks.length - 1)) / blocks.length);
  const wrapped = blocks.map((b) => b.flatMap((line) => wrapStyled(line, col)));
  const out: string[] = [];
  const height = Math.max(...wrapped.map((w) => w.length));
  for (let i = 0; i < height; i++)
    out.push(
      wrapped
        .map((w) => {
          const cell = w[i] ?? '';
          return cell + ' '.repeat(Math.max(0, col - stringWidth(cell)));
        })
        .join(` ${c.dim('│')} `)
        .trimEnd(),
    );
  return out;
}

/** Old words as [-…-], new as {+…+} (in red and green when colour is on). */
export function wordDiff(before: string, after: string, c: ChalkInstance): string {
  return diffWords(before, after)
    .map((part) => {
      const text = sanitizeForTerminal(part.value);
      if (part.removed) return c.red(`[-${text}-]`);
      if (part.added) return c.green(`{+${text}+}`);
      return text;
    })
    .join('');
}

export function renderAttemptsSideBySide(
  id: string,
  attempts: readonly AttemptLine[],
  width: number,
  c: ChalkInstance,
): string {
  const answered = attempts.filter((a) => a.status === 'answered');
  if (!answered.length) return `No answers to ${sanitizeInline(id)} yet.`;
  const fit = Math.max(1, Math.min(MAX_COLUMNS, Math.floor((width + 3) / (MIN_COLUMN + 3))));
  const shown = answered.slice(-fit);
  const out = [
    c.bold(
      `${sanitizeInline(id)}: ${answered.length} answer${answered.length === 1 ? '' : 's'}${answered.length > shown.length ? `, the last ${shown.length} side by side` : ''}`,
    ),
    '',
    ...columns(
      shown.map((a) => [
        c.bold(when(a)),
        c.dim(`rating ${rating(a)} · key points ${coverage(a)}`),
        '',
        sanitizeForTerminal(a.text?.trim() || '(no text)'),
      ]),
      width,
      c,
    ),
  ];
  const [before, after] = answered.slice(-2);
  if (before && after) {
    out.push(
      '',
      c.bold(`What changed from ${when(before)} to ${when(after)}`),
      ...wrapStyled(wordDiff(before.text ?? '', after.text ?? '', c), width),
    );
  }
  if (answered.length > shown.length)
    out.push('', c.dim(`Every attempt: rehearse history --question ${sanitizeInline(id)}`));
  return out.join('\n');
}
