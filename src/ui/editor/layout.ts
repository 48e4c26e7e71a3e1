// The whole answer laid out in visual rows: which row holds the cursor and at which cell, where
// each row starts, and the cache that makes a keystroke re-wrap only the line it edits.
// Pure; no terminal access.
import { cellsOf, clusterEnds, previousBoundary, TAB_CELLS, widthOf } from './graphemes.js';
import type { Position, VisualRows } from './text-buffer.js';
import { type LineLayout, layoutLine, relayoutLine, upperBound } from './wrap.js';

/** The furthest position in text[start, limit] whose width from `start` does not pass `cells`. */
function advanceCells(text: string, start: number, limit: number, cells: number): number {
  let used = 0;
  let i = start;
  while (i < limit) {
    const unit = text.charCodeAt(i);
    if (unit < 0x7f && (i + 1 >= limit || text.charCodeAt(i + 1) < 0x300)) {
      used += unit === 0x09 ? TAB_CELLS : 1;
      if (used > cells) return i;
      i++;
      continue;
    }
    for (const end of clusterEnds(text, i, limit)) {
      used += cellsOf(text, i, end);
      if (used > cells) return i;
      i = end;
    }
  }
  return i;
}

/** The answer laid out in visual rows at one width. */
export class TextLayout implements VisualRows {
  readonly rowCount: number;
  readonly words: number;
  readonly #lines: readonly string[];
  readonly #wraps: readonly LineLayout[];
  /** firstRow[i] = visual row where logical line i starts; one extra entry = rowCount. */
  readonly #firstRow: number[];

  constructor(lines: readonly string[], wraps: readonly LineLayout[]) {
    this.#lines = lines;
    this.#wraps = wraps;
    this.#firstRow = new Array<number>(wraps.length + 1);
    let rows = 0;
    let words = 0;
    for (let i = 0; i < wraps.length; i++) {
      this.#firstRow[i] = rows;
      const wrap = wraps[i] as LineLayout;
      rows += wrap.starts.length;
      words += wrap.words;
    }
    this.#firstRow[wraps.length] = rows;
    this.rowCount = rows;
    this.words = words;
  }

  /** The logical line a visual row belongs to, and the row's index within that line. */
  lineOfRow(row: number): { line: number; rowInLine: number } {
    const line = upperBound(this.#firstRow, row) - 1;
    return { line, rowInLine: row - (this.#firstRow[line] as number) };
  }

  /** Offsets [start, end) of a visual row within its logical line. */
  rowBounds(row: number): { line: number; start: number; end: number; lastInLine: boolean } {
    const { line, rowInLine } = this.lineOfRow(row);
    const starts = (this.#wraps[line] as LineLayout).starts;
    const lastInLine = rowInLine === starts.length - 1;
    const end = lastInLine
      ? (this.#lines[line] as string).length
      : (starts[rowInLine + 1] as number);
    return { line, start: starts[rowInLine] as number, end, lastInLine };
  }

  locate(line: number, col: number): { row: number; cell: number } {
    const starts = (this.#wraps[line] as LineLayout).starts;
    const rowInLine = upperBound(starts, col) - 1;
    const text = this.#lines[line] as string;
    const start = starts[rowInLine] as number;
    return {
      row: (this.#firstRow[line] as number) + rowInLine,
      cell: widthOf(text, start, col),
    };
  }

  rowSpan(row: number): { line: number; first: number; last: number } {
    const { line, start, end, lastInLine } = this.rowBounds(row);
    // A position at a row's end belongs to the next row: the last one here starts the last cluster.
    const last = lastInLine
      ? end
      : Math.max(start, previousBoundary(this.#lines[line] as string, end));
    return { line, first: start, last };
  }

  positionAt(row: number, cell: number): Position {
    const { line, first, last } = this.rowSpan(row);
    return { line, col: advanceCells(this.#lines[line] as string, first, last, cell) };
  }
}

/**
 * Layouts for successive versions of the answer. Lines are looked up by content, so after an
 * edit only the changed line is wrapped and counted again, and a long changed line only around
 * the edit (relayoutLine). At a new width everything is redone.
 */
export class LayoutCache {
  /** Lines wrapped (not found in the cache) by the last layout() call; for tests and benchmarks. */
  lastWrapped = 0;
  #width = -1;
  #byContent = new Map<string, LineLayout>();
  #lines: readonly string[] = [];
  #layout: TextLayout | undefined;

  layout(lines: readonly string[], width: number): TextLayout {
    if (lines === this.#lines && width === this.#width && this.#layout) {
      this.lastWrapped = 0;
      return this.#layout;
    }
    let wrapped = 0;
    const previous = width === this.#width ? this.#byContent : new Map<string, LineLayout>();
    const current = new Map<string, LineLayout>();
    const wraps = new Array<LineLayout>(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i] as string;
      let wrap = current.get(text) ?? previous.get(text);
      if (wrap === undefined) {
        // Most likely the line at the same index is this line's previous version.
        const before = this.#lines[i];
        const old = before === undefined ? undefined : previous.get(before);
        wrap =
          before !== undefined && old !== undefined
            ? relayoutLine(before, old, text, width)
            : layoutLine(text, width);
        wrapped++;
      }
      current.set(text, wrap);
      wraps[i] = wrap;
    }
    this.lastWrapped = wrapped;
    this.#width = width;
    this.#byContent = current;
    this.#lines = lines;
    this.#layout = new TextLayout(lines, wraps);
    return this.#layout;
  }
}
