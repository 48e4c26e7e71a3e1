// Plain column layout for ASCII cells (ids, kinds, tags are slugs); the last column is truncated to fit.
import { sanitizeInline } from './sanitize.js';

export interface TableOptions {
  width: number;
  header?: (text: string) => string;
}

export function renderTable(headings: string[], rows: string[][], options: TableOptions): string {
  const cells = rows.map((r) => r.map(sanitizeInline));
  const widths = headings.map((h, i) =>
    Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)),
  );
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  const lastWidth = Math.max(8, options.width - fixed);
  const line = (r: string[]) =>
    r
      .map((cell, i) => {
        if (i === r.length - 1)
          return cell.length > lastWidth ? `${cell.slice(0, lastWidth - 1)}…` : cell;
        return cell.padEnd(widths[i] ?? 0);
      })
      .join('  ')
      .trimEnd();
  const head = line(headings);
  return `${[options.header ? options.header(head) : head, ...cells.map(line)].join('\n')}\n`;
}
