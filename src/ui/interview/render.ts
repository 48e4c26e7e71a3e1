// Interviewer text for plain mode: the question to ask, guidance, key-point checklist (with the
// plain commands that act on them) and the schedule. Pure. Example answers never appear in
// interview mode: only the interviewer guidance does. The terminal screen is screen-layout.ts.
import type { ChalkInstance } from 'chalk';
import { formatClock } from '../../core/duration.js';
import type { InterviewQuestionView } from '../../core/interview/run-interview.js';
import type { ScheduleStatus } from '../../core/interview/schedule.js';
import { wrapStyled } from '../render/layout.js';
import { sanitizeForTerminal, sanitizeInline } from '../sanitize.js';

/**
 * The guidance, most important first (what to ask, the checklist, then signals and follow-ups),
 * cut to `maxRows` so the notes area and the clock always stay on screen.
 */
export function renderGuidance(
  view: InterviewQuestionView,
  width: number,
  c: ChalkInstance,
  maxRows = Number.POSITIVE_INFINITY,
): string {
  const q = view.question;
  const g = view.guidance;
  const blocks: string[][] = [];
  const head = `${c.bold(sanitizeInline(g.sectionTitle))}${c.dim(`  ·  question ${view.index + 1} of ${view.count}  ·  ${sanitizeInline(q.id)}`)}`;
  blocks.push(wrapStyled(head, width));
  blocks.push([
    '',
    ...wrapStyled(`${c.bold('Ask:')} ${c.cyan(sanitizeForTerminal(q.prompt.trim()))}`, width),
  ]);
  if (q.key_points.length) {
    const rows = ['', c.bold('Key points heard (/tick N ticks one):')];
    for (const [i, k] of q.key_points.entries()) {
      const box = k.ticked ? c.green('[x]') : '[ ]';
      rows.push(...wrapStyled(`  ${box} ${i + 1} ${sanitizeForTerminal(k.point)}`, width));
    }
    blocks.push(rows);
  }
  const list = (title: string, items: string[], style: (s: string) => string) => {
    if (items.length)
      blocks.push([
        '',
        c.bold(title),
        ...items.flatMap((item) =>
          wrapStyled(`  ${style('•')} ${sanitizeForTerminal(item)}`, width),
        ),
      ]);
  };
  list('Look for:', g.lookFor, c.green);
  list('Red flags:', g.redFlags, c.red);
  const asked = q.follow_up_notes.length;
  list(
    `Follow-ups (/follow notes the next${asked ? `; ${asked} asked` : ''}):`,
    g.followUps,
    c.dim,
  );
  if (g.sectionNotes)
    blocks.push(['', ...wrapStyled(c.dim(sanitizeForTerminal(g.sectionNotes.trim())), width)]);

  const out: string[] = [];
  for (const [i, block] of blocks.entries()) {
    if (out.length + block.length > maxRows - (i < blocks.length - 1 ? 1 : 0)) {
      out.push(c.dim('(more guidance is hidden: make the terminal taller to see it)'));
      break;
    }
    out.push(...block);
  }
  return out.join('\n');
}

export function renderSchedule(s: ScheduleStatus, budget: number, c: ChalkInstance): string {
  const question = `Q ${formatClock(s.questionElapsed)}/${formatClock(budget)}`;
  const section =
    s.sectionRemaining >= 0
      ? `section ${formatClock(s.sectionRemaining)} left`
      : `section +${formatClock(-s.sectionRemaining)}`;
  const overall = `${formatClock(s.overallElapsed)}/${formatClock(s.overallElapsed + s.overallRemaining)}`;
  const pace =
    s.pace === 'behind'
      ? c.red(`${formatClock(s.drift)} behind`)
      : s.pace === 'ahead'
        ? c.green(`${formatClock(-s.drift)} ahead`)
        : c.green('on time');
  return [s.questionRemaining < 0 ? c.yellow(question) : question, section, overall, pace].join(
    c.dim(' │ '),
  );
}
