// The answer being typed: pure, immutable text + cursor, and every edit a key can make.
//
// The text is kept as its logical lines so that a keystroke replaces one array entry: unchanged
// lines keep their identity, which lets the layout cache skip them (layout.ts). Positions are
// (line, col) with col a UTF-16 offset that always sits on a grapheme-cluster boundary.
import { nextBoundary, previousBoundary, snapToBoundary } from './graphemes.js';

export interface TextBuffer {
  /** The text split at '\n' (never empty: '' is one empty line). */
  readonly lines: readonly string[];
  /** Cursor line index. */
  readonly line: number;
  /** Cursor offset in lines[line], in UTF-16 units, on a cluster boundary. */
  readonly col: number;
  /** Cell column that up/down aim for; set by vertical moves, dropped by every other edit. */
  readonly goal?: number;
}

export interface Position {
  line: number;
  col: number;
}

/** Visual rows of the current layout, for the moves that depend on wrapping (layout.ts). */
export interface VisualRows {
  readonly rowCount: number;
  /** The visual row holding a position and its cell column on that row. */
  locate(line: number, col: number): { row: number; cell: number };
  /** The position on `row` closest to `cell` without passing it. */
  positionAt(row: number, cell: number): Position;
  /** First and last cursor positions on a visual row. */
  rowSpan(row: number): { line: number; first: number; last: number };
}

/** CRLF and lone CR (Windows pastes, old Macs) become LF. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * A buffer holding `text` (newlines normalised), the cursor at offset `cursor` of the normalised
 * text (default: the end), snapped back to a cluster boundary.
 */
export function fromText(text: string, cursor?: number): TextBuffer {
  const lines = normalizeNewlines(text).split('\n');
  let rest = cursor ?? Number.POSITIVE_INFINITY;
  let line = 0;
  while (line < lines.length - 1 && rest > (lines[line] as string).length) {
    rest -= (lines[line] as string).length + 1;
    line++;
  }
  const current = lines[line] as string;
  return { lines, line, col: snapToBoundary(current, Math.min(Math.max(rest, 0), current.length)) };
}

export function textOf(buffer: TextBuffer): string {
  return buffer.lines.length === 1 ? (buffer.lines[0] as string) : buffer.lines.join('\n');
}

/** The cursor as a UTF-16 offset into textOf(buffer). */
export function cursorOffset(buffer: TextBuffer): number {
  let offset = buffer.col;
  for (let i = 0; i < buffer.line; i++) offset += (buffer.lines[i] as string).length + 1;
  return offset;
}

const lineAt = (buffer: TextBuffer, index: number) => buffer.lines[index] as string;
const lastLine = (buffer: TextBuffer) => buffer.lines.length - 1;
const at = (buffer: TextBuffer, line: number, col: number): TextBuffer => ({
  lines: buffer.lines,
  line,
  col,
});

/** Replaces the text between two positions (from ≤ to) and puts the cursor after `text`. */
function replaceRange(buffer: TextBuffer, from: Position, to: Position, text: string): TextBuffer {
  const head = lineAt(buffer, from.line).slice(0, from.col);
  const tail = lineAt(buffer, to.line).slice(to.col);
  const parts = normalizeNewlines(text).split('\n');
  const lastPart = parts.length - 1;
  parts[0] = head + parts[0];
  const col = (parts[lastPart] as string).length;
  parts[lastPart] += tail;
  const lines =
    parts.length === 1 && from.line === to.line
      ? buffer.lines.with(from.line, parts[0] as string)
      : [...buffer.lines.slice(0, from.line), ...parts, ...buffer.lines.slice(to.line + 1)];
  const line = from.line + lastPart;
  // The edit can merge clusters (typing "e" before a lone combining mark): stay on a boundary,
  // after the merged cluster when text was typed, before it when text was deleted.
  const current = lines[line] as string;
  const snapped = snapToBoundary(current, col);
  return {
    lines,
    line,
    col: snapped === col || text === '' ? snapped : nextBoundary(current, snapped),
  };
}

const cursorOf = (buffer: TextBuffer): Position => ({ line: buffer.line, col: buffer.col });

/** Types or pastes `text` at the cursor (any number of lines). */
export function insert(buffer: TextBuffer, text: string): TextBuffer {
  return text === '' ? buffer : replaceRange(buffer, cursorOf(buffer), cursorOf(buffer), text);
}

function deleteBetween(buffer: TextBuffer, a: Position, b: Position): TextBuffer {
  // Nothing to delete: keep the same lines array, so callers can tell the text did not change.
  if (a.line === b.line && a.col === b.col) return at(buffer, buffer.line, buffer.col);
  const aFirst = a.line < b.line || (a.line === b.line && a.col <= b.col);
  return aFirst ? replaceRange(buffer, a, b, '') : replaceRange(buffer, b, a, '');
}

// --- Moves by grapheme, word and line -----------------------------------------------------

export function left(buffer: TextBuffer): TextBuffer {
  if (buffer.col > 0)
    return at(buffer, buffer.line, previousBoundary(lineAt(buffer, buffer.line), buffer.col));
  if (buffer.line > 0) return at(buffer, buffer.line - 1, lineAt(buffer, buffer.line - 1).length);
  return at(buffer, 0, 0);
}

export function right(buffer: TextBuffer): TextBuffer {
  const current = lineAt(buffer, buffer.line);
  if (buffer.col < current.length)
    return at(buffer, buffer.line, nextBoundary(current, buffer.col));
  if (buffer.line < lastLine(buffer)) return at(buffer, buffer.line + 1, 0);
  return at(buffer, buffer.line, buffer.col);
}

// Letters, digits, marks and underscore make words for moving and deleting by word.
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const wordFlags = new Uint8Array(0x10000); // 1 = not a word char, 2 = word char, 0 = unknown

const isAsciiAlnum = (unit: number) =>
  ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) || (unit >= 0x30 && unit <= 0x39);

function isWordAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return isAsciiAlnum(unit) || unit === 0x5f;
  if (unit >= 0xd800 && unit <= 0xdfff) {
    const start = unit >= 0xdc00 && i > 0 ? i - 1 : i;
    return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start) as number));
  }
  let flag = wordFlags[unit] as number;
  if (flag === 0) {
    flag = WORD_CHAR.test(String.fromCharCode(unit)) ? 2 : 1;
    wordFlags[unit] = flag;
  }
  return flag === 2;
}

/** Start of the word before the cursor (Ctrl/Alt+Left, Alt+B); crosses line starts. */
export function wordLeft(buffer: TextBuffer): TextBuffer {
  let { line, col } = buffer;
  if (col === 0) {
    if (line === 0) return at(buffer, 0, 0);
    line--;
    col = lineAt(buffer, line).length;
  }
  const text = lineAt(buffer, line);
  while (col > 0 && !isWordAt(text, col - 1)) col--;
  while (col > 0 && isWordAt(text, col - 1)) col--;
  return at(buffer, line, snapToBoundary(text, col));
}

/** End of the word after the cursor (Ctrl/Alt+Right, Alt+F); crosses line ends. */
export function wordRight(buffer: TextBuffer): TextBuffer {
  let { line, col } = buffer;
  if (col === lineAt(buffer, line).length) {
    if (line === lastLine(buffer)) return at(buffer, line, col);
    line++;
    col = 0;
  }
  const text = lineAt(buffer, line);
  while (col < text.length && !isWordAt(text, col)) col++;
  while (col < text.length && isWordAt(text, col)) col++;
  const snapped = snapToBoundary(text, col);
  return at(buffer, line, snapped === col ? col : nextBoundary(text, snapped));
}

/** Ctrl+A: start of the logical line. */
export const lineStart = (buffer: TextBuffer): TextBuffer => at(buffer, buffer.line, 0);
/** Ctrl+Home. */
export const textStart = (buffer: TextBuffer): TextBuffer => at(buffer, 0, 0);
/** Ctrl+End. */
export const textEnd = (buffer: TextBuffer): TextBuffer =>
  at(buffer, lastLine(buffer), lineAt(buffer, lastLine(buffer)).length);

// --- Deletions ------------------------------------------------------------------------------

export const backspace = (buffer: TextBuffer): TextBuffer =>
  deleteBetween(buffer, left(buffer), cursorOf(buffer));
export const deleteForward = (buffer: TextBuffer): TextBuffer =>
  deleteBetween(buffer, cursorOf(buffer), right(buffer));
/** Ctrl+W, Alt+Backspace. */
export const deleteWordBack = (buffer: TextBuffer): TextBuffer =>
  deleteBetween(buffer, wordLeft(buffer), cursorOf(buffer));
/** Alt+D, Ctrl+Delete. */
export const deleteWordForward = (buffer: TextBuffer): TextBuffer =>
  deleteBetween(buffer, cursorOf(buffer), wordRight(buffer));
/** Ctrl+U: back to the start of the logical line (nothing at a line start). */
export const deleteToLineStart = (buffer: TextBuffer): TextBuffer =>
  deleteBetween(buffer, { line: buffer.line, col: 0 }, cursorOf(buffer));
/** Ctrl+K: to the end of the logical line; at a line end, joins the next line. */
export function deleteToLineEnd(buffer: TextBuffer): TextBuffer {
  const end = lineAt(buffer, buffer.line).length;
  return buffer.col < end
    ? deleteBetween(buffer, cursorOf(buffer), { line: buffer.line, col: end })
    : deleteForward(buffer);
}

// --- Moves that depend on wrapping ------------------------------------------------------

/** Up/down (delta < 0 / > 0) by visual rows, keeping the goal column; past the ends: start/end. */
export function moveRows(buffer: TextBuffer, rows: VisualRows, delta: number): TextBuffer {
  const { row, cell } = rows.locate(buffer.line, buffer.col);
  const goal = buffer.goal ?? cell;
  const target = row + delta;
  if (target < 0) return textStart(buffer);
  if (target >= rows.rowCount) return textEnd(buffer);
  const { line, col } = rows.positionAt(target, goal);
  return { lines: buffer.lines, line, col, goal };
}

/** Home: start of the visual row. */
export function rowStart(buffer: TextBuffer, rows: VisualRows): TextBuffer {
  const span = rows.rowSpan(rows.locate(buffer.line, buffer.col).row);
  return at(buffer, span.line, span.first);
}

/** End: last position on the visual row (before the break, so the cursor stays on this row). */
export function rowEnd(buffer: TextBuffer, rows: VisualRows): TextBuffer {
  const span = rows.rowSpan(rows.locate(buffer.line, buffer.col).row);
  return at(buffer, span.line, span.last);
}

// --- Word count -----------------------------------------------------------------------------

const COUNTED_WORD_CHAR = /[\p{L}\p{N}]/u;
const countedFlags = new Uint8Array(0x10000); // 1 = no, 2 = yes, 0 = unknown

function isCountedWordChar(codePoint: number): boolean {
  if (codePoint < 0x80) return isAsciiAlnum(codePoint);
  if (codePoint > 0xffff) return COUNTED_WORD_CHAR.test(String.fromCodePoint(codePoint));
  let flag = countedFlags[codePoint] as number;
  if (flag === 0) {
    flag = COUNTED_WORD_CHAR.test(String.fromCharCode(codePoint)) ? 2 : 1;
    countedFlags[codePoint] = flag;
  }
  return flag === 2;
}

/**
 * Words as the review counts them (core/compare/words.ts: letters/digits joined by ' ’ -), as a
 * single pass without a regex so the live count stays cheap on long lines.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false; // the previous code point was a word character
  let joined = false; // the previous code point was a joiner right after a word
  for (let i = 0; i < text.length; i++) {
    let codePoint = text.charCodeAt(i);
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < text.length) {
      codePoint = text.codePointAt(i) as number;
      if (codePoint > 0xffff) i++;
    }
    if (isCountedWordChar(codePoint)) {
      if (!inWord && !joined) count++;
      inWord = true;
      joined = false;
    } else {
      joined = inWord && (codePoint === 0x27 || codePoint === 0x2019 || codePoint === 0x2d);
      inWord = false;
    }
  }
  return count;
}
