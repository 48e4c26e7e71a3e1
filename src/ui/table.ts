// Column layout for a terminal: cells sanitised, columns padded, and rows fitted to the width by
// shortening the widest column with an ellipsis (again and again while needed). Full rows when
// the width is unlimited (not a terminal).
import stringWidth from 'string-width';
import { fitLine } from './render/layout.js';
import { sanitizeInline } from './sanitize.js';

export interface TableOptions {
  width: number;
  header?: (text: string) => string;
}

const GAP = 2;
/** No column is shortened below this many cells (or its heading, if shorter). */
const MIN_COLUMN = 6;

/** Column widths that fit `width` cells in all, taking one cell at a time from the widest. */
export function fitColumns(natural: readonly number[], width: number): number[] {
  const widths = [...natural];
  const floor = natural.map((w) => Math.min(w, MIN_COLUMN));
  let total = widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);
  while (total > width) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > (floor[i] as number) && (widest < 0 || w > (widths[widest] as number))) widest = i;
    });
    if (widest < 0) break;
    widths[widest] = (widths[widest] as number) - 1;
    total--;
  }
  return widths;
}

export function renderTable(headings: string[], rows: string[][], options: TableOptions): string {
  const cells = rows.map((r) => r.map(sanitizeInline));
  const natural = headings.map((h, i) =>
    Math.max(stringWidth(h), ...cells.map((r) => stringWidth(r[i] ?? ''))),
  );
  const widths = Number.isFinite(options.width)
    ? fitColumns(natural, Math.max(1, options.width - 1))
    : natural;
  const line = (r: string[]) =>
    r
      .map((cell, i) => {
        const w = widths[i] ?? 0;
        const fitted = fitLine(cell, w);
        return i === r.length - 1
          ? fitted
          : fitted + ' '.repeat(Math.max(0, w - stringWidth(fitted)));
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  const head = line(headings);
  return `${[options.header ? options.header(head) : head, ...cells.map(line)].join('\n')}\n`;
}
