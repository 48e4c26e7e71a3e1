// The editor screen as one string: header, the window of text rows around the cursor, the status
// line with the live word count, and the key hints. Pure; no terminal access.
//
// Only the rows that fit on the terminal are built (the rest are summarised by "↑/↓ N more
// lines"), so the cost of a frame does not grow with the answer. The cursor is drawn
// as an inverse-video cell, or (terminalCursor) left to the terminal's own cursor at Frame.caret.
import { stripVTControlCharacters } from 'node:util';
import { cellsOf, displayText, nextBoundary, widthOf } from './graphemes.js';
import type { TextLayout } from './layout.js';
import type { TextBuffer } from './text-buffer.js';

/** The text area never shrinks below this many rows, however tall the header. */
export const MIN_TEXT_ROWS = 5;
/** Narrowest width laid out, so a tiny terminal degrades instead of breaking. */
const MIN_COLUMNS = 20;
const INVERSE = '\u001b[7m';
const INVERSE_OFF = '\u001b[27m';

/** Cells per text row: one column is kept free so a cursor after a full row still fits. */
export function textWidth(columns: number): number {
  return Math.max(MIN_COLUMNS, columns) - 1;
}

/** Terminal rows that already-styled text takes once the terminal wraps it at `columns`. */
export function screenRows(styled: string, columns: number): number {
  let rows = 0;
  for (const line of styled.split('\n')) {
    const cells = widthOf(stripVTControlCharacters(line));
    rows += Math.max(1, Math.ceil(cells / Math.max(1, columns)));
  }
  return rows;
}

export interface FrameInput {
  buffer: TextBuffer;
  /** `buffer` laid out at textWidth(columns). */
  layout: TextLayout;
  /** Trusted, pre-rendered text above the editor, and its height from screenRows(). */
  header: string;
  headerRows: number;
  /** Trusted, pre-styled status line; the word count is appended to it. */
  status: string;
  /** Trusted, pre-styled key hints. */
  hints: string;
  columns: number;
  rows: number;
  /** First visible row of the previous frame (scrolling only as needed to show the cursor). */
  top: number;
  dim: (text: string) => string;
  placeholder?: string;
  /** The terminal's own cursor shows the caret (at Frame.caret): no inverse-video cell. */
  terminalCursor?: boolean;
  /** The text area never shrinks below this many rows (default MIN_TEXT_ROWS). */
  minTextRows?: number;
}

export interface Frame {
  screen: string;
  /** First visible row; pass back as `top` next time. */
  top: number;
  /** Rows of the text window (a page for PageUp/PageDown). */
  textRows: number;
  /** Screen row and column of the caret within `screen` (for the terminal's cursor). */
  caret: { row: number; col: number };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function wordCountLabel(words: number): string {
  return plural(words, 'word');
}

/** The smallest scroll from `previous` that shows `cursorRow` in a window of `height` rows. */
export function scrollTop(
  previous: number,
  cursorRow: number,
  height: number,
  total: number,
): number {
  let top = Math.min(previous, Math.max(0, total - height));
  if (cursorRow < top) top = cursorRow;
  else if (cursorRow >= top + height) top = cursorRow - height + 1;
  return Math.max(0, top);
}

/** Where the cursor cell starts and ends: its cluster, or past a zero-width one so it shows. */
function cursorCell(buffer: TextBuffer, rowEnd: number): [number, number] {
  const text = buffer.lines[buffer.line] as string;
  const col = buffer.col;
  let stop = col < rowEnd ? nextBoundary(text, col) : col;
  while (stop < rowEnd && cellsOf(text, col, stop) === 0) stop = nextBoundary(text, stop);
  return [col, stop];
}

export function renderFrame(input: FrameInput): Frame {
  const { buffer, layout, columns, dim } = input;
  const words = wordCountLabel(layout.words);
  const status = input.status ? `${input.status}${dim('  │  ')}${dim(words)}` : dim(words);
  // Lines around the text: header, the two "more lines" lines, status, hints; one row spare so
  // the screen never scrolls (Inquirer erases what it drew by moving up, which stops at the top).
  const chrome =
    input.headerRows + 2 + screenRows(status, columns) + screenRows(input.hints, columns);
  const textRows = Math.max(input.minTextRows ?? MIN_TEXT_ROWS, input.rows - 1 - chrome);
  const cursor = layout.locate(buffer.line, buffer.col);
  const top = scrollTop(input.top, cursor.row, textRows, layout.rowCount);
  const end = Math.min(layout.rowCount, top + textRows);

  // The raw rows before and after the cursor cell, each shown with one displayText call (the
  // sanitiser works character by character, so joining first changes nothing but the cost).
  const before: string[] = [];
  const after: string[] = [];
  let under: string | undefined;
  for (let row = top; row < end; row++) {
    const { line, start, end: rowEnd } = layout.rowBounds(row);
    const text = buffer.lines[line] as string;
    if (row < cursor.row) before.push(text.slice(start, rowEnd));
    else if (row > cursor.row) after.push(text.slice(start, rowEnd));
    else {
      const [from, to] = cursorCell(buffer, rowEnd);
      before.push(text.slice(start, from));
      if (to > from) under = displayText(text.slice(from, to));
      after.push(text.slice(to, rowEnd));
    }
  }
  const empty = buffer.lines.length === 1 && buffer.lines[0] === '';
  const placeholder = empty && input.placeholder ? dim(input.placeholder) : '';
  const cursorCellText = input.terminalCursor
    ? `${under ?? ''}${placeholder}`
    : `${INVERSE}${under ?? ' '}${INVERSE_OFF}${placeholder}`;
  const rows = `${displayText(before.join('\n'))}${cursorCellText}${displayText(after.join('\n'))}`;
  const below = layout.rowCount - end;
  const out = [
    input.header,
    top > 0 ? dim(`↑ ${plural(top, 'more line')}`) : '',
    rows,
    below > 0 ? dim(`↓ ${plural(below, 'more line')}`) : '',
    status,
    input.hints,
  ];
  const caret = { row: input.headerRows + 1 + cursor.row - top, col: cursor.cell };
  return { screen: out.join('\n'), top, textRows, caret };
}
