// The interviewer's screen above the notes, laid out by priority for the rows there are: what to
// ask and the key-point checklist always show; follow-ups, look-for, red flags and the section's
// notes share one pane that the interviewer switches (Ctrl+O) and scrolls (Alt+↑/↓). Pure.
import type { ChalkInstance } from 'chalk';
import type { InterviewQuestionView } from '../../core/interview/run-interview.js';
import { fitLine, wrapStyled } from '../render/layout.js';
import { sanitizeForTerminal, sanitizeInline } from '../sanitize.js';

export interface PaneState {
  /** Index into the panes that have content. */
  pane: number;
  /** First row shown of that pane. */
  scroll: number;
}

interface Pane {
  title: string;
  rows: string[];
}

/** The panes with content, in the order Ctrl+O visits them. */
export function guidancePanes(
  view: InterviewQuestionView,
  width: number,
  c: ChalkInstance,
): Pane[] {
  const g = view.guidance;
  const asked = view.question.follow_up_notes.length;
  const bullets = (items: string[], style: (s: string) => string) =>
    items.flatMap((item, i) => {
      const mark = style(items === g.followUps && i < asked ? '✓' : '•');
      return wrapStyled(`${mark} ${sanitizeForTerminal(item)}`, width).map((row, j) =>
        j === 0 ? row : `  ${row}`,
      );
    });
  const panes: Pane[] = [
    { title: `Follow-ups${asked ? ` ${asked}✓` : ''}`, rows: bullets(g.followUps, c.dim) },
    { title: 'Look for', rows: bullets(g.lookFor, c.green) },
    { title: 'Red flags', rows: bullets(g.redFlags, c.red) },
    {
      title: 'Notes',
      rows: g.sectionNotes
        ? wrapStyled(c.dim(sanitizeForTerminal(g.sectionNotes.trim())), width)
        : [],
    },
  ];
  return panes.filter((p) => p.rows.length > 0);
}

function checklist(view: InterviewQuestionView, width: number, c: ChalkInstance): string[][] {
  return view.question.key_points.map((k, i) => {
    const box = k.ticked ? c.green('[x]') : '[ ]';
    return wrapStyled(`${box} ${i + 1} ${sanitizeForTerminal(k.point)}`, width).map((row, j) =>
      j === 0 ? row : `      ${row}`,
    );
  });
}

/** The checklist in at most `rows` rows; what does not fit is summed up, ticks included. */
function fitChecklist(items: string[][], ticked: number[], rows: number, c: ChalkInstance) {
  const all = items.flat();
  if (all.length <= rows) return all;
  const out: string[] = [];
  let shown = 0;
  for (const item of items) {
    if (out.length + item.length > rows - 1) break;
    out.push(...item);
    shown++;
  }
  const hiddenTicks = ticked.filter((n) => n > shown);
  const more = `+${items.length - shown} more key points (Alt+N ticks them)`;
  out.push(
    hiddenTicks.length
      ? `${c.dim(more)} ${c.green(`ticked: ${hiddenTicks.join(', ')}`)}`
      : c.dim(more),
  );
  return out;
}

export function renderInterviewerScreen(
  view: InterviewQuestionView,
  width: number,
  maxRows: number,
  state: PaneState,
  c: ChalkInstance,
): string {
  const q = view.question;
  const g = view.guidance;
  // One row: where we are matters less than what to ask.
  const head = [
    fitLine(
      `${c.bold(sanitizeInline(g.sectionTitle))}${c.dim(`  ·  question ${view.index + 1} of ${view.count}  ·  ${sanitizeInline(q.id)}`)}`,
      width,
    ),
  ];
  const ask = wrapStyled(
    `${c.bold('Ask:')} ${c.cyan(sanitizeForTerminal(q.prompt.trim()))}`,
    width,
  );
  const ticked = q.key_points.flatMap((k, i) => (k.ticked ? [i + 1] : []));
  const items = checklist(view, width - 2, c);
  const panes = guidancePanes(view, width - 2, c);
  const out = [...head, ...ask];
  // What is left for the checklist and the pane; blank separators only when there is room.
  const tabRows = panes.length ? 1 : 0;
  const itemsRows = items.flat().length + (items.length ? 1 : 0);
  const spare = maxRows - out.length - itemsRows - tabRows - 3;
  const gap = spare >= 2;
  if (items.length) {
    if (gap) out.push('');
    out.push(c.bold(`Key points heard (Alt+1…${Math.min(9, items.length)} to tick):`));
    // The checklist before the pane: the pane keeps at least its bar.
    const room = Math.max(1, maxRows - out.length - (panes.length ? 1 : 0));
    out.push(...fitChecklist(items, ticked, room, c).map((row) => `  ${row}`));
  }
  if (!panes.length) return out.slice(0, maxRows).join('\n');

  const active = ((state.pane % panes.length) + panes.length) % panes.length;
  const pane = panes[active] as Pane;
  if (gap && out.length + 3 <= maxRows) out.push('');
  const tabs = panes
    .map((p, i) => (i === active ? c.inverse(` ${p.title} `) : c.dim(` ${p.title} `)))
    .join(' ');
  const keys =
    panes.length > 1 ? c.dim('  Ctrl+O switch · Alt+↑↓ scroll') : c.dim('  Alt+↑↓ scroll');
  // One row: on a narrow terminal the key reminder gives way first.
  out.push(fitLine(`${tabs}${keys}`, width));
  const room = Math.max(0, maxRows - out.length);
  const top = Math.max(0, Math.min(state.scroll, pane.rows.length - room));
  state.scroll = top;
  const shown = pane.rows.slice(top, top + room);
  const below = pane.rows.length - top - shown.length;
  if (below > 0 && shown.length) shown[shown.length - 1] = c.dim(`  ↓ ${below + 1} more rows`);
  if (top > 0 && shown.length > 1) shown[0] = c.dim(`  ↑ ${top + 1} more rows`);
  out.push(...shown.map((row) => `  ${row}`));
  return out.join('\n');
}
