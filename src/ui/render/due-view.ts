// `rehearse due` and the interview countdown line as terminal text. Pure.
import type { ChalkInstance } from 'chalk';
import { type Day, dayOf, daysBetween } from '../../core/schedule/days.js';
import { countBy, type DueReport } from '../../core/schedule/due.js';
import { sanitizeInline } from '../sanitize.js';
import { renderTable } from '../table.js';
import { wrapStyled } from './layout.js';

/** The most common tags of the new questions; the rest are counted. */
const MAX_TAGS = 8;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "N days to your interview, M questions never practised" (or that it is today, or past). */
export function interviewLine(today: Day, interview: Day, neverPractised: number): string {
  const days = daysBetween(today, interview);
  const never = `${plural(neverPractised, 'question')} never practised`;
  if (days < 0)
    return `Your interview date (${interview}) has passed; set a new one with "rehearse plan --interview DATE" or forget it with "rehearse plan --clear".`;
  if (days === 0) return `Your interview is today; ${never}.`;
  return `${plural(days, 'day')} to your interview, ${never}.`;
}

export function renderDue(
  report: DueReport,
  options: { width: number; c: ChalkInstance; interview?: Day; today: Day },
): string {
  const { c, width } = options;
  const out: string[] = [];
  if (report.due.length) {
    out.push(
      c.bold(`Due by ${report.on}: ${plural(report.due.length, 'question')}, weakest first`),
    );
    const rows = report.due.map((d) => [
      d.question.id,
      `${Math.round(d.retrievability * 100)}%`,
      d.lastRating === undefined ? '—' : `${d.lastRating}/5`,
      String(d.attempts),
      dayOf(d.due),
      d.question.pack,
    ]);
    out.push(
      renderTable(['QUESTION', 'RECALL', 'LAST', 'TIMES', 'DUE', 'PACK'], rows, {
        width,
        header: c.bold,
      }).trimEnd(),
    );
  } else {
    out.push(c.bold(`Nothing is due by ${report.on}.`));
  }
  if (report.changed.length) {
    const one = report.changed.length === 1;
    const ids = report.changed.map((q) => sanitizeInline(q.id)).join(', ');
    out.push(
      '',
      ...wrapStyled(
        `${one ? 'Changed' : `${report.changed.length} questions changed`} since you last practised ${one ? 'it' : 'them'} (history kept): ${ids}`,
        width,
      ).map((row) => c.yellow(row)),
    );
  }
  if (report.fresh.length) {
    const list = (pairs: [string, number][]) =>
      pairs.map(([k, n]) => `${sanitizeInline(k)} ${n}`).join(', ');
    out.push(
      '',
      `${plural(report.fresh.length, 'new question')} ${report.fresh.length === 1 ? 'waits' : 'wait'}:`,
      `  by pack: ${list(countBy(report.fresh, (q) => [q.pack]))}`,
    );
    const tags = countBy(report.fresh, (q) => q.tags);
    const more = tags.length > MAX_TAGS ? `, and ${tags.length - MAX_TAGS} more tags` : '';
    if (tags.length)
      out.push(
        ...wrapStyled(`${list(tags.slice(0, MAX_TAGS))}${more}`, Math.max(20, width - 11)).map(
          (row, i) => `${i === 0 ? '  by tag:  ' : ' '.repeat(11)}${row}`,
        ),
      );
  }
  if (!report.due.length && report.nextDue) out.push('', `Next due: ${dayOf(report.nextDue)}.`);
  if (options.interview)
    out.push('', interviewLine(options.today, options.interview, report.fresh.length));
  if (report.due.length || report.fresh.length)
    out.push('', c.dim('Start with: rehearse practice --due'));
  return out.join('\n');
}
