// Layout helpers for styled (already sanitised) terminal text: wrapping and two columns.
import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** Below this many usable columns, two texts are stacked instead of side by side. Callers
 * leave the terminal's last column free, so a 100-column terminal gives 99. */
const SIDE_BY_SIDE_MIN = 99;

const ESC = '\u001b';
/** A row's leading space, after any of our own colour codes. */
const LEADING_BREAK = new RegExp(`^((?:${ESC}\\[[0-9;]*m)*) `);

const ELLIPSIS = '…';

/** One styled row cut to `width` cells, ending in an ellipsis when something was cut. */
export function fitLine(styled: string, width: number): string {
  if (stringWidth(styled) <= width) return styled;
  if (width <= 1) return width === 1 ? ELLIPSIS : '';
  const head = wrapAnsi(styled, width - 1, { hard: true, trim: false, wordWrap: false }).split(
    '\n',
  )[0] as string;
  return `${head}${ELLIPSIS}`;
}

/**
 * Wraps each line to `width` at spaces, keeping its indentation; a row that continues a wrapped
 * line does not start with the space the line was broken at. No word is split across rows: a
 * word wider than the whole row is cut with an ellipsis.
 */
export function wrapStyled(styled: string, width: number): string[] {
  return styled.split('\n').flatMap((line) =>
    wrapAnsi(line, width, { hard: false, trim: false })
      .split('\n')
      .map((row, i) =>
        fitLine((i === 0 ? row : row.replace(LEADING_BREAK, '$1')).trimEnd(), width),
      ),
  );
}

function pad(line: string, width: number): string {
  return line + ' '.repeat(Math.max(0, width - stringWidth(line)));
}

/** Two titled texts side by side when `width` allows, stacked otherwise. */
export function sideBySide(
  left: [string, string],
  right: [string, string],
  width: number,
  c: ChalkInstance,
): string[] {
  if (width < SIDE_BY_SIDE_MIN) {
    return [left[0], ...wrapStyled(left[1], width), '', right[0], ...wrapStyled(right[1], width)];
  }
  const col = Math.floor((width - 3) / 2);
  const l = [left[0], ...wrapStyled(left[1], col)];
  const r = [right[0], ...wrapStyled(right[1], col)];
  const out: string[] = [];
  for (let i = 0; i < Math.max(l.length, r.length); i++) {
    out.push(`${pad(l[i] ?? '', col)} ${c.dim('│')} ${r[i] ?? ''}`.trimEnd());
  }
  return out;
}

/**
 * Prose written with hard line breaks (a YAML block of a script's intro) as paragraphs, so it
 * wraps at the terminal's width instead of at the author's: a single line break becomes a space;
 * blank lines, and lines that start a list item or are indented, keep their breaks.
 */
export function unwrapProse(text: string): string {
  return text.replace(/([^\n])\n(?![\s\-*•]|\d+[.)]\s|\n)/g, '$1 ');
}

/** Wraps like wrapStyled, indenting the rows after the first by `indent` spaces. */
export function wrapHanging(styled: string, width: number, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return wrapStyled(styled, width).flatMap((row, i) =>
    i === 0 ? [row] : wrapStyled(`${pad}${row}`, width),
  );
}
