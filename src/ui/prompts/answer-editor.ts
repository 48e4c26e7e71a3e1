// The multi-line answer editor of `rehearse practice`: Enter is a newline, Ctrl+D submits, Ctrl+X
// skips (keeping the text), Ctrl+E hands the text to $VISUAL/$EDITOR. A tick re-renders the
// countdown and lets the caller end the answer when time is up.
//
// Editing, wrapping and the screen are pure modules in ../editor; this file is the Inquirer glue:
// keys in, one render per input chunk, the external editor, the clock.
import {
  createPrompt,
  type KeypressEvent,
  useEffect,
  useKeypress,
  useMemo,
  useState,
} from '@inquirer/core';
import { editAsync } from '@inquirer/external-editor';
import { applyEdit, commandFor, type KeyEvent } from '../editor/keymap.js';
import { LayoutCache } from '../editor/layout.js';
import {
  fromText,
  insert,
  normalizeNewlines,
  type TextBuffer,
  textOf,
} from '../editor/text-buffer.js';
import {
  MIN_TEXT_ROWS,
  renderFrame,
  screenRows,
  textWidth,
  wordCountLabel,
} from '../editor/view.js';
import { wrapStyled } from '../render/layout.js';
import { sanitizeInline } from '../sanitize.js';
import { screenSuspended } from '../screen/alternate-screen.js';
import { fitRows, useFullScreen } from './full-screen.js';
import { useCtrlDGuard } from './keys.js';

export interface AnswerEditorConfig {
  /** Pre-rendered, already sanitised text shown above the text area (the question etc.); a
   * function is re-read on every render (the interviewer's checklist changes as keys tick it). */
  header: string | ((columns: number) => string);
  /** Restored draft; the cursor starts at its end. */
  initial?: string;
  /** Pre-styled status line (countdown etc.), re-read on every render. */
  status: () => string;
  /** Key hints line (trusted, pre-styled). */
  hints?: string;
  /** Re-render interval so the countdown moves (default 250 ms); also how soon a resize shows. */
  tickMs?: number;
  /** After edits (the caller autosaves drafts); one call per input chunk (a paste is one). */
  onChange?: (text: string) => void;
  /** Called each tick; 'submit' ends the prompt with the current text (hard timeout). */
  onTick?: () => 'continue' | 'submit';
  /** Ctrl+E: hand the text to an external editor and take it back (default: $VISUAL/$EDITOR). */
  openEditor?: (text: string) => Promise<string>;
  /** Style for secondary text (word count, "more lines", default hints); default: unstyled. */
  dim?: (text: string) => string;
  /** Terminal size; default: the prompt's output stream (80×24 when unknown). */
  terminalSize?: () => { columns: number; rows: number };
  /** Sees each key first: 'handled' (redraw), 'next'/'back' (end with that action), or text
   * to insert; undefined leaves the key to the editor. */
  onKey?: (key: KeyEvent) => 'handled' | 'next' | 'back' | { insert: string } | undefined;
  /** Shown in an empty text area (default: " Type your answer…"). */
  placeholder?: string;
  /** What the finished prompt says after Ctrl+D (default: "Answer submitted"). */
  submittedLabel?: string;
  /** Paint whole screens on the alternate screen, with the terminal's cursor at the caret. */
  fullScreen?: boolean;
  /** Ctrl+D with an empty answer asks "Submit an empty answer?" first. */
  confirmEmpty?: boolean;
  /** Rows the text area keeps however tall the header (default 5). */
  minTextRows?: number;
}

export interface AnswerResult {
  action: 'submit' | 'skip' | 'timeout' | 'next' | 'back';
  text: string;
}

const DEFAULT_HINTS = 'Enter newline · Ctrl+D submit · Ctrl+E editor · Ctrl+X skip';
const PLACEHOLDER = ' Type your answer…';
const EDITING_NOTE = 'Save and close the editor to come back; the clock keeps running.';
const EMPTY_QUESTION = 'Submit an empty answer? y or Ctrl+D: submit · any other key: keep typing';
const HIDE_CURSOR = '\u001b[?25l';
// Terminals re-flow what is on screen when their width changes, so the lines Inquirer erases on
// the next render no longer match what it drew: start that render from a clean screen.
const CLEAR_SCREEN = '\u001b[H\u001b[2J';
const SHOW_CURSOR = '\u001b[?25h';

type Readline = Parameters<Parameters<typeof useKeypress>[0]>[1];

interface Session {
  buffer: TextBuffer;
  /** Lines last reported through onChange (same array = same text). */
  reported: readonly string[];
  layouts: LayoutCache;
  columns: number;
  top: number;
  textRows: number;
  rl?: Readline;
  pasting: boolean;
  /** The previous key of this input chunk was \r: a \n right after it is the same newline. */
  afterReturn: boolean;
  flushQueued: boolean;
  editing: boolean;
  timeUp: boolean;
  finished?: AnswerResult['action'];
  closed: boolean;
  error?: string;
  /** Width of the last frame drawn once the real terminal size was known. */
  drawnColumns?: number;
  /** Ctrl+D on an empty answer is waiting for "Submit an empty answer?". */
  askingEmpty?: boolean;
}

function newSession(config: AnswerEditorConfig): Session {
  const buffer = fromText(config.initial ?? '');
  return {
    buffer,
    reported: buffer.lines,
    layouts: new LayoutCache(),
    columns: 80,
    top: 0,
    textRows: 5,
    pasting: false,
    afterReturn: false,
    flushQueued: false,
    editing: false,
    timeUp: false,
    closed: false,
  };
}

function terminalSize(config: AnswerEditorConfig, rl: Readline | undefined) {
  if (config.terminalSize) return config.terminalSize();
  // Before the first effect runs there is no readline yet; the prompt's output is usually stdout.
  const out = (rl?.output ?? process.stdout) as { columns?: number; rows?: number };
  return { columns: out.columns || 80, rows: out.rows || 24 };
}

const defaultOpenEditor = (text: string) => editAsync(text, { postfix: '.md' });

export const answerEditor = createPrompt<AnswerResult, AnswerEditorConfig>((config, done) => {
  const [session] = useState(() => newSession(config));
  const [, setFrame] = useState(0);
  const redraw = () => setFrame((n) => n + 1);
  const dim = config.dim ?? ((text: string) => text);
  const screen = useFullScreen(Boolean(config.fullScreen));
  const size = config.fullScreen ? screen.size : terminalSize(config, session.rl);
  const fullHeader =
    typeof config.header === 'function' ? config.header(size.columns) : config.header;
  // On a full screen the text area, clock and keys always show: a taller header is cut.
  const header = config.fullScreen
    ? fitRows(fullHeader, headerRoom(size.rows, config.minTextRows ?? MIN_TEXT_ROWS))
    : fullHeader;
  const headerRows = useMemo(() => screenRows(header, size.columns), [header, size.columns]);

  const layout = () => session.layouts.layout(session.buffer.lines, textWidth(session.columns));

  const reportChange = () => {
    if (session.buffer.lines === session.reported) return;
    session.reported = session.buffer.lines;
    config.onChange?.(textOf(session.buffer));
  };

  // One render and one onChange per input chunk: a paste arrives as hundreds of keypresses in
  // one synchronous burst, and a microtask runs only after the burst.
  const flush = () => {
    session.flushQueued = false;
    session.afterReturn = false;
    if (session.finished || session.closed) return;
    reportChange();
    redraw();
  };
  const update = (next: TextBuffer) => {
    session.buffer = next;
    session.error = undefined;
    if (session.flushQueued) return;
    session.flushQueued = true;
    queueMicrotask(flush);
  };

  const finish = (action: AnswerResult['action']) => {
    if (session.finished) return;
    reportChange();
    session.finished = action;
    redraw();
    done({ action, text: textOf(session.buffer) });
  };

  const runEditor = async (rl: Readline) => {
    const before = textOf(session.buffer);
    rl.pause(); // the editor owns the terminal's input until it exits
    try {
      const edited = normalizeNewlines(await (config.openEditor ?? defaultOpenEditor)(before));
      // Editors end the file with a newline; do not add one the user never typed.
      const text = edited.endsWith('\n') && !before.endsWith('\n') ? edited.slice(0, -1) : edited;
      if (text !== before) session.buffer = fromText(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      session.error = sanitizeInline(`Could not open the editor: ${reason}`);
    }
    if (session.closed) return;
    rl.resume();
    session.editing = false;
    if (session.timeUp) finish('timeout');
    else {
      reportChange();
      redraw();
    }
  };

  useCtrlDGuard();

  useEffect((rl) => {
    session.rl = rl;
    const timer = setInterval(() => {
      if (session.finished) return;
      if (config.onTick?.() === 'submit') {
        // Time is up. With the external editor open, end as soon as it returns the text.
        if (session.editing) session.timeUp = true;
        else finish('timeout');
      } else if (!session.editing && !screenSuspended()) redraw();
    }, config.tickMs ?? 250);
    // The first render guessed the size before readline was known.
    const real = terminalSize(config, rl);
    if (real.columns !== size.columns || real.rows !== size.rows) redraw();
    else session.drawnColumns = size.columns;
    return () => {
      session.closed = true;
      clearInterval(timer);
    };
  }, []);

  useKeypress((event: KeypressEvent, rl) => {
    rl.clearLine(0); // readline's own copy of the line is unused; keep it empty
    if (session.finished || session.editing) return;
    const key = event as KeyEvent;
    if (session.askingEmpty) {
      // "Submit an empty answer?": y or Ctrl+D submits; anything else goes back to editing.
      session.askingEmpty = false;
      if (key.name === 'y' || (key.ctrl && key.name === 'd')) return finish('submit');
      return redraw();
    }
    const custom = session.pasting ? undefined : config.onKey?.(key);
    if (custom === 'handled') return redraw();
    if (custom === 'next' || custom === 'back') return finish(custom);
    if (custom) return update(insert(session.buffer, custom.insert));
    const command = commandFor(key, session.pasting);
    const afterReturn = session.afterReturn;
    session.afterReturn = key.name === 'return';
    if (command === undefined) return;
    if (typeof command === 'object') return update(insert(session.buffer, command.insert));
    switch (command) {
      case 'newline':
        if (key.name === 'enter' && afterReturn) return; // the \n of a pasted \r\n
        return update(insert(session.buffer, '\n'));
      case 'submit':
        if (config.confirmEmpty && textOf(session.buffer).trim() === '' && !session.askingEmpty) {
          session.askingEmpty = true;
          return redraw();
        }
        return finish('submit');
      case 'skip':
        return finish('skip');
      case 'openEditor':
        reportChange();
        session.editing = true;
        session.error = undefined;
        redraw(); // drawn when this handler returns, before the editor takes the terminal
        queueMicrotask(() => void runEditor(rl));
        return;
      case 'redraw':
        redraw();
        return;
      case 'pasteStart':
      case 'pasteEnd':
        session.pasting = command === 'pasteStart';
        return;
      default:
        return update(applyEdit(session.buffer, command, layout(), session.textRows));
    }
  });

  session.columns = size.columns;
  const words = () => wordCountLabel(layout().words);
  const ended = endedText(session.finished, header, config, dim, words);
  if (ended !== undefined) return config.fullScreen ? screen.paint(ended) : ended;

  const rawHints = session.askingEmpty
    ? EMPTY_QUESTION
    : session.editing
      ? dim(EDITING_NOTE)
      : (session.error ?? config.hints ?? dim(DEFAULT_HINTS));
  // Hints wrap at spaces like everything else on the screen (never "Ctrl+E e" / "ditor").
  const hints = config.fullScreen
    ? wrapStyled(rawHints, Math.max(1, size.columns - 1)).join('\n')
    : rawHints;
  const frame = renderFrame({
    buffer: session.buffer,
    layout: layout(),
    header,
    headerRows,
    status: config.status(),
    hints,
    columns: size.columns,
    rows: size.rows,
    top: session.top,
    dim,
    placeholder: config.placeholder ?? PLACEHOLDER,
    terminalCursor: Boolean(config.fullScreen),
    ...(config.fullScreen
      ? { minTextRows: textRoom(size.rows, config.minTextRows ?? MIN_TEXT_ROWS) }
      : config.minTextRows
        ? { minTextRows: config.minTextRows }
        : {}),
  });
  session.top = frame.top;
  session.textRows = frame.textRows;
  if (config.fullScreen) {
    session.drawnColumns = size.columns;
    return screen.paint(frame.screen, session.editing ? undefined : frame.caret);
  }
  const resized = session.drawnColumns !== undefined && session.drawnColumns !== size.columns;
  if (session.rl) session.drawnColumns = size.columns;
  // Our cursor is the inverse cell; the terminal's shows for the external editor and at the end.
  return (
    (resized ? CLEAR_SCREEN : '') + frame.screen + (session.editing ? SHOW_CURSOR : HIDE_CURSOR)
  );
});

/** Rows around the text area: the two "more lines" rows, the clock, the keys, spare rows. */
const EDITOR_CHROME = 6;

/** Rows for the header: what the text area leaves, but a few rows even on a tiny terminal. */
function headerRoom(rows: number, minText: number): number {
  return Math.max(rows - EDITOR_CHROME - minText, Math.min(3, rows - EDITOR_CHROME - 2));
}

function textRoom(rows: number, minText: number): number {
  return Math.max(1, Math.min(minText, rows - EDITOR_CHROME - headerRoom(rows, minText)));
}

function endedText(
  finished: AnswerResult['action'] | undefined,
  header: string,
  config: AnswerEditorConfig,
  dim: (text: string) => string,
  words: () => string,
): string | undefined {
  if (finished === 'submit')
    return `${header}\n\n${dim(`${config.submittedLabel ?? 'Answer submitted'} (${words()}).`)}`;
  if (finished === 'skip') return `${header}\n\n${dim(`Skipped (${words()} kept).`)}`;
  if (finished === 'timeout')
    return `${header}\n\n${dim(`Time is up: answer submitted (${words()}).`)}`;
  return finished ? header : undefined;
}
