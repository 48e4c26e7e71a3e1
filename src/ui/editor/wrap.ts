// Word-wrapping one logical line of the answer into rows of terminal cells. Pure.
//
// Widths are cells as the editor shows the text (displayText): CJK and emoji take 2, a tab 4, a
// control character its visible picture. ASCII takes a fast path; clusters never split.
// A long line that was just edited is re-wrapped only around the edit (rewrapLine), so typing
// into one 5,000-word paragraph does not cost a pass over the whole paragraph per key.
import { cellsOf, clusterEnds, TAB_CELLS } from './graphemes.js';
import { countWords } from './text-buffer.js';

/** What the layout keeps per logical line. */
export interface LineLayout {
  /** UTF-16 offsets where the line's visual rows start; starts[0] is 0. */
  readonly starts: readonly number[];
  readonly words: number;
}

const SPACE = 1;
const TAB = 2;
const isBlank = (unit: number) => unit === 0x20 || unit === 0x09;

// Greedy word wrap: a row breaks after its last space or tab; a word longer than the row is
// hard-broken between clusters. A space that reaches past the edge "hangs" there and ends the row
// (as in word processors), so typing a space at the edge does not start the next row with it.
// The rows that follow a row start depend only on the text from there on (rewrapLine relies on it).
class RowBreaker {
  readonly starts: number[];
  #rowStart: number;
  #cells = 0;
  #breakAt = -1;
  #cellsAtBreak = 0;

  constructor(
    readonly width: number,
    from: number,
  ) {
    this.starts = [from];
    this.#rowStart = from;
  }

  add(start: number, end: number, cells: number, blank: number): void {
    if (this.#cells + cells > this.width && start > this.#rowStart) {
      if (blank === SPACE) {
        this.#newRow(end, 0);
        return;
      }
      if (this.#breakAt > this.#rowStart)
        this.#newRow(this.#breakAt, this.#cells - this.#cellsAtBreak);
      if (this.#cells + cells > this.width && start > this.#rowStart) this.#newRow(start, 0);
    }
    this.#cells += cells;
    if (blank !== 0) {
      this.#breakAt = end;
      this.#cellsAtBreak = this.#cells;
    }
  }

  #newRow(at: number, carriedCells: number): void {
    this.starts.push(at);
    this.#rowStart = at;
    this.#cells = carriedCells;
    this.#breakAt = -1;
  }
}

/**
 * Row starts of `line` from the row start `from` on. With `resync`, stops at the first new row
 * start it accepts (that start is the last element) and reports `synced`.
 */
function scanRows(
  line: string,
  width: number,
  from: number,
  resync?: (rowStart: number) => boolean,
): { starts: number[]; synced: boolean } {
  const rows = new RowBreaker(Math.max(2, width), from);
  const n = line.length;
  let seen = 1;
  const synced = () => {
    while (seen < rows.starts.length) {
      if (resync?.(rows.starts[seen++] as number)) {
        rows.starts.length = seen;
        return true;
      }
    }
    return false;
  };
  let i = from;
  while (i < n) {
    const unit = line.charCodeAt(i);
    // Fast path: an ASCII character that the next one cannot join.
    if (unit < 0x7f && (i + 1 >= n || line.charCodeAt(i + 1) < 0x300)) {
      rows.add(
        i,
        i + 1,
        unit === 0x09 ? TAB_CELLS : 1,
        unit === 0x20 ? SPACE : unit === 0x09 ? TAB : 0,
      );
      i++;
    } else {
      for (const end of clusterEnds(line, i)) {
        const first = line.charCodeAt(i);
        const blank = end - i > 1 ? 0 : first === 0x20 ? SPACE : first === 0x09 ? TAB : 0;
        rows.add(i, end, cellsOf(line, i, end), blank);
        i = end;
      }
    }
    if (resync && seen < rows.starts.length && synced())
      return { starts: rows.starts, synced: true };
  }
  return { starts: rows.starts, synced: false };
}

/** Row start offsets of one logical line wrapped to `width` cells. */
export function wrapLine(line: string, width: number): number[] {
  return scanRows(line, width, 0).starts;
}

export function layoutLine(line: string, width: number): LineLayout {
  return { starts: wrapLine(line, width), words: countWords(line) };
}

export function upperBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

// Edits touch one spot: compare in native chunks first, then unit by unit.
const CHUNK = 256;

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n + CHUNK <= max && a.slice(n, n + CHUNK) === b.slice(n, n + CHUNK)) n += CHUNK;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (
    n + CHUNK <= max &&
    a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)
  )
    n += CHUNK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/**
 * The layout of `line`, an edited version of `oldLine` (laid out as `old` at the same width),
 * recomputed only around the change:
 * - Rows end before the edit keep their starts, except the row before the first row that starts
 *   a fresh word (after a blank): a shortened word may now fit there. Rows before it cannot change.
 * - From there rows are scanned again until a row start past the change lands on an old row
 *   start (shifted by the length difference): greedy wrapping from a row start depends only on
 *   the text after it, which is the same, so the old rows follow.
 * - Words are recounted between the spaces around the change (no word spans a space).
 */
export function rewrapLine(
  oldLine: string,
  old: LineLayout,
  line: string,
  width: number,
): LineLayout {
  const prefix = commonPrefix(oldLine, line);
  if (prefix === line.length && prefix === oldLine.length) return old;
  const suffix = commonSuffix(oldLine, line, Math.min(oldLine.length, line.length) - prefix);
  const delta = line.length - oldLine.length;
  const changedEnd = line.length - suffix;

  let fresh = upperBound(old.starts, prefix) - 1;
  while (fresh > 0 && !isBlank(oldLine.charCodeAt((old.starts[fresh] as number) - 1))) fresh--;
  const restart = Math.max(0, fresh - 1);
  const isOldStart = (start: number) => {
    const i = upperBound(old.starts, start) - 1;
    return i >= 0 && old.starts[i] === start;
  };
  const scanned = scanRows(line, width, old.starts[restart] as number, (start) => {
    return start >= changedEnd && isOldStart(start - delta);
  });
  const starts = old.starts.slice(0, restart).concat(scanned.starts);
  if (scanned.synced) {
    const tail = upperBound(old.starts, (starts[starts.length - 1] as number) - delta);
    for (let i = tail; i < old.starts.length; i++) starts.push((old.starts[i] as number) + delta);
  }

  const from = prefix === 0 ? 0 : line.lastIndexOf(' ', prefix - 1) + 1;
  const spaceAfter = line.indexOf(' ', changedEnd);
  const to = spaceAfter < 0 ? line.length : spaceAfter;
  const words =
    old.words - countWords(oldLine.slice(from, to - delta)) + countWords(line.slice(from, to));
  return { starts, words };
}

/** Below this length a full pass is as cheap as finding the change. */
const INCREMENTAL_FROM = 200;

/** The layout of `line`, reusing the layout of its previous version `oldLine` when that pays. */
export function relayoutLine(
  oldLine: string,
  old: LineLayout,
  line: string,
  width: number,
): LineLayout {
  return line.length < INCREMENTAL_FROM || oldLine.length < INCREMENTAL_FROM
    ? layoutLine(line, width)
    : rewrapLine(oldLine, old, line, width);
}
