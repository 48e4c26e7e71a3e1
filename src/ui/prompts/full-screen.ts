// Full-screen drawing for our prompts on the alternate screen: every frame is painted from the
// top-left corner (so a resize, Ctrl+L or a return from Ctrl+Z cannot leave stale rows), the
// terminal's own cursor is put at the caret (IME pop-ups and magnifiers follow it), a resize
// redraws at once, and a terminal below the minimum size gets a message instead of a broken screen.
import { useEffect, type useKeypress, useRef, useState } from '@inquirer/core';
import wrapAnsi from 'wrap-ansi';
import { fitLine } from '../render/layout.js';
import { screenSuspended } from '../screen/alternate-screen.js';
import { useSuspendOnCtrlZ } from './suspend.js';

export interface ScreenSize {
  columns: number;
  rows: number;
}

/** Below this a session screen cannot be drawn usefully. */
export const MIN_SCREEN: ScreenSize = { columns: 30, rows: 10 };

export interface Caret {
  row: number;
  col: number;
}

const HOME = '\u001b[H';
const ERASE_LINE = '\u001b[K';
const ERASE_BELOW = '\u001b[J';
const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';

type Readline = Parameters<Parameters<typeof useKeypress>[0]>[1];
interface Muted {
  write(text: string): unknown;
  mute?: () => void;
  unmute?: () => void;
}

function sizeOf(rl: Readline | undefined): ScreenSize {
  const out = (rl?.output ?? process.stdout) as { columns?: number; rows?: number };
  return { columns: out.columns || 80, rows: out.rows || 24 };
}

export function tooSmall(size: ScreenSize, min: ScreenSize = MIN_SCREEN): boolean {
  return size.columns < min.columns || size.rows < min.rows;
}

/** The message shown instead of a screen that does not fit. */
export function tooSmallMessage(size: ScreenSize, min: ScreenSize = MIN_SCREEN): string {
  const text = `Make the terminal at least ${min.columns}×${min.rows} (it is ${size.columns}×${size.rows}).`;
  return wrapAnsi(text, Math.max(1, size.columns - 1), { hard: true });
}

/**
 * A frame as one string that paints the whole screen from its top-left corner. Rows beyond the
 * screen are dropped and each row is cut to the width (a full-width row would make the terminal
 * wrap, and a last row that ends exactly at the edge would make Inquirer add a line and scroll).
 * The cursor is hidden while painting and shown at the caret afterwards.
 */
export function paintFrame(frame: string, size: ScreenSize): string {
  const rows = frame.split('\n').slice(0, size.rows);
  const fitted = rows.map((row) => fitLine(row, size.columns - 1));
  if ((fitted[fitted.length - 1] ?? '') === '') fitted[fitted.length - 1] = ' ';
  return `${HIDE_CURSOR}${HOME}${fitted.join(`${ERASE_LINE}\n`)}${ERASE_LINE}${ERASE_BELOW}`;
}

/**
 * A header cut to `rows` rows, keeping what matters most: the title block (up to the first blank
 * line) gives way first, then the end of the rest, marked with "…".
 */
export function fitRows(text: string, rows: number): string {
  let lines = text.split('\n');
  if (lines.length <= rows) return text;
  const blank = lines.indexOf('');
  if (blank > 0) lines = lines.slice(blank + 1);
  if (lines.length <= rows) return lines.join('\n');
  return [...lines.slice(0, Math.max(0, rows - 1)), '…'].join('\n');
}

export interface FullScreen {
  /** The terminal's size for this render. */
  size: ScreenSize;
  /** Asks for another render (e.g. after a key that changes nothing in the prompt's state). */
  redraw(): void;
  /** Paints `frame`; with a caret, the terminal's cursor is shown there after the render. */
  paint(frame: string, caret?: Caret): string;
}

/**
 * The hook behind full-screen prompts. With `enabled` false (tests with fake streams, plain
 * output) paint() returns the frame unchanged and nothing else happens.
 */
export function useFullScreen(enabled: boolean): FullScreen {
  const [, setFrame] = useState(0);
  const state = useRef<{ rl?: Readline; caret?: Caret; renders: number }>({ renders: 0 });
  const redraw = () => setFrame((n) => n + 1);
  state.current.renders++;

  useEffect((rl) => {
    state.current.rl = rl;
    if (!enabled) return;
    const onResize = () => {
      if (!screenSuspended()) redraw();
    };
    const stdout = process.stdout;
    if (stdout.isTTY) stdout.on('resize', onResize);
    // The first render guessed the size before readline was known.
    redraw();
    return () => {
      stdout.removeListener('resize', onResize);
    };
  }, []);
  // After fg, draw again once the screen is back.
  useSuspendOnCtrlZ(() => {
    if (enabled) redraw();
  });

  // After every render: the terminal's cursor goes to the caret.
  useEffect(
    (rl) => {
      const caret = state.current.caret;
      if (!enabled || !caret) return;
      const out = rl.output as unknown as Muted;
      out.unmute?.();
      out.write(`\u001b[${caret.row + 1};${caret.col + 1}H${SHOW_CURSOR}`);
      out.mute?.();
    },
    [state.current.renders],
  );

  const size = sizeOf(state.current.rl);
  return {
    size,
    redraw,
    paint(frame, caret) {
      if (!enabled) return frame;
      if (tooSmall(size)) {
        state.current.caret = undefined;
        return paintFrame(tooSmallMessage(size), size);
      }
      state.current.caret = caret && caret.row < size.rows ? caret : undefined;
      return paintFrame(frame, size);
    },
  };
}
