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

/**
 * Wraps each line to `width`, keeping its indentation; a row that continues a wrapped line does
 * not start with the space the line was broken at.
 */
export function wrapStyled(styled: string, width: number): string[] {
  return styled.split('\n').flatMap((line) =>
    wrapAnsi(line, width, { hard: true, trim: false })
      .split('\n')
      .map((row, i) => (i === 0 ? row : row.replace(LEADING_BREAK, '$1')).trimEnd()),
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
