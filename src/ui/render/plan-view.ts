// `rehearse plan` as terminal text. Pure.
import type { ChalkInstance } from 'chalk';
import { type Day, startOfDay } from '../../core/schedule/days.js';
import type { Plan } from '../../core/schedule/plan.js';
import { sanitizeInline } from '../sanitize.js';
import { interviewLine } from './due-view.js';
import { wrapStyled } from './layout.js';

const weekday = (day: Day) => startOfDay(day).toLocaleDateString('en-GB', { weekday: 'short' });

export function renderPlan(
  plan: Plan,
  options: { width: number; c: ChalkInstance; today: Day; neverPractised: ReadonlySet<string> },
): string {
  const { c } = options;
  const out = [
    c.bold(
      `Plan to your interview on ${plan.interview}: ${plan.days.length} day${plan.days.length === 1 ? '' : 's'}, at most ${plan.perDay} questions a day`,
    ),
    '',
  ];
  const introduced = new Set<string>();
  for (const d of plan.days) {
    const head = `${weekday(d.date)} ${d.date}  ${String(d.questions.length).padStart(2)}  `;
    const ids = d.questions
      .map((id) => {
        const first = options.neverPractised.has(id) && !introduced.has(id);
        introduced.add(id);
        return first ? `${sanitizeInline(id)}*` : sanitizeInline(id);
      })
      .join(', ');
    const rows = wrapStyled(ids || c.dim('rest day'), Math.max(20, options.width - head.length));
    out.push(`${d.date === options.today ? c.bold(head) : head}${rows[0] ?? ''}`);
    for (const row of rows.slice(1)) out.push(`${' '.repeat(head.length)}${row}`);
  }
  out.push('', c.dim('* first time: never practised yet'));
  if (plan.uncovered.length)
    out.push(
      c.yellow(
        `${plan.uncovered.length} question${plan.uncovered.length === 1 ? '' : 's'} did not fit (raise --per-day): ${plan.uncovered.map(sanitizeInline).join(', ')}`,
      ),
    );
  out.push('', interviewLine(options.today, plan.interview, options.neverPractised.size));
  if (plan.days[0]?.questions.length) out.push(c.dim("Today's share: rehearse practice --plan"));
  return out.join('\n');
}
