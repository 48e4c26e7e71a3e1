// Interviewer-screen text: the question to ask, guidance, key-point checklist and the schedule.
// Pure. Example answers never appear here: this screen may be shared with nobody, but the
// interview mode still keeps example answers out of it entirely.
import type { ChalkInstance } from 'chalk';
import { formatClock } from '../../core/duration.js';
import type { InterviewQuestionView } from '../../core/interview/run-interview.js';
import type { ScheduleStatus } from '../../core/interview/schedule.js';
import { wrapStyled } from '../render/layout.js';
import { sanitizeForTerminal, sanitizeInline } from '../sanitize.js';

export function renderGuidance(
  view: InterviewQuestionView,
  width: number,
  c: ChalkInstance,
): string {
  const q = view.question;
  const g = view.guidance;
  const out = [
    `${c.bold(`${sanitizeInline(g.sectionTitle)}`)}${c.dim(`  ·  question ${view.index + 1} of ${view.count}  ·  ${sanitizeInline(q.id)}`)}`,
  ];
  if (g.sectionNotes)
    out.push(...wrapStyled(c.dim(sanitizeForTerminal(g.sectionNotes.trim())), width));
  out.push('', c.bold('Ask:'), ...wrapStyled(c.cyan(sanitizeForTerminal(q.prompt.trim())), width));
  const list = (title: string, items: string[], style: (s: string) => string) => {
    if (!items.length) return;
    out.push('', c.bold(title));
    for (const item of items)
      out.push(...wrapStyled(`  ${style('•')} ${sanitizeForTerminal(item)}`, width));
  };
  list('Follow-ups:', g.followUps, c.dim);
  list('Look for:', g.lookFor, c.green);
  list('Red flags:', g.redFlags, c.red);
  if (q.key_points.length) {
    out.push('', c.bold('Key points heard (Alt+1…9 to tick):'));
    q.key_points.forEach((k, i) => {
      const box = k.ticked ? c.green('[x]') : '[ ]';
      out.push(...wrapStyled(`  ${box} ${i + 1} ${sanitizeForTerminal(k.point)}`, width));
    });
  }
  if (q.follow_up_notes.length)
    out.push('', c.dim(`Follow-ups asked: ${q.follow_up_notes.length}`));
  return out.join('\n');
}

export function renderSchedule(s: ScheduleStatus, budget: number, c: ChalkInstance): string {
  const question = `Question ${formatClock(s.questionElapsed)} / ${formatClock(budget)}`;
  const section =
    s.sectionRemaining >= 0
      ? `section ${formatClock(s.sectionRemaining)} left`
      : `section over by ${formatClock(-s.sectionRemaining)}`;
  const overall = `overall ${formatClock(s.overallElapsed)} / ${formatClock(s.overallElapsed + s.overallRemaining)}`;
  const pace =
    s.pace === 'behind'
      ? c.red(`${formatClock(s.drift)} behind`)
      : s.pace === 'ahead'
        ? c.green(`${formatClock(-s.drift)} ahead`)
        : c.green('on time');
  const q = s.questionRemaining < 0 ? c.yellow(question) : question;
  return [q, section, overall, pace].join(c.dim('  │  '));
}
