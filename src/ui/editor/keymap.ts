// Which key does what in the answer editor, and what each editing action does to the buffer.
// Pure: keypress objects in (as Node's readline emits them), commands and buffers out.
import {
  backspace,
  deleteForward,
  deleteToLineEnd,
  deleteToLineStart,
  deleteWordBack,
  deleteWordForward,
  left,
  lineStart,
  moveRows,
  right,
  rowEnd,
  rowStart,
  type TextBuffer,
  textEnd,
  textStart,
  type VisualRows,
  wordLeft,
  wordRight,
} from './text-buffer.js';

/** A keypress as Node's readline reports it (Inquirer's KeypressEvent type shows only part). */
export interface KeyEvent {
  name?: string;
  sequence?: string;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
}

export type EditAction =
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'home'
  | 'end'
  | 'wordLeft'
  | 'wordRight'
  | 'lineStart'
  | 'textStart'
  | 'textEnd'
  | 'backspace'
  | 'delete'
  | 'deleteWordBack'
  | 'deleteWordForward'
  | 'deleteToLineStart'
  | 'deleteToLineEnd';

export type PromptAction =
  | 'newline'
  | 'submit'
  | 'skip'
  | 'openEditor'
  | 'pasteStart'
  | 'pasteEnd'
  | 'redraw';

export type EditorCommand = { insert: string } | EditAction | PromptAction;

const CTRL = new Map<string, EditAction | PromptAction>([
  ['d', 'submit'],
  ['x', 'skip'],
  ['e', 'openEditor'],
  ['a', 'lineStart'],
  ['b', 'left'],
  ['f', 'right'],
  ['p', 'up'],
  ['n', 'down'],
  ['w', 'deleteWordBack'],
  ['u', 'deleteToLineStart'],
  ['k', 'deleteToLineEnd'],
  ['left', 'wordLeft'],
  ['right', 'wordRight'],
  ['up', 'up'],
  ['down', 'down'],
  ['home', 'textStart'],
  ['end', 'textEnd'],
  ['backspace', 'deleteWordBack'],
  ['delete', 'deleteWordForward'],
  ['l', 'redraw'],
]);

const META = new Map<string, EditAction>([
  ['b', 'wordLeft'],
  ['f', 'wordRight'],
  ['left', 'wordLeft'],
  ['right', 'wordRight'],
  ['up', 'up'],
  ['down', 'down'],
  ['backspace', 'deleteWordBack'],
  ['d', 'deleteWordForward'],
  ['delete', 'deleteWordForward'],
]);

const PLAIN = new Map<string, EditAction>([
  ['left', 'left'],
  ['right', 'right'],
  ['up', 'up'],
  ['down', 'down'],
  ['pageup', 'pageUp'],
  ['pagedown', 'pageDown'],
  ['home', 'home'],
  ['end', 'end'],
  ['backspace', 'backspace'],
  ['delete', 'delete'],
]);

/** Control keys that Node's readline acts on itself (SIGINT, suspend), and NUL (Ctrl+Space). */
const NEVER_TEXT = new Set(['\u0000', '\u0003', '\u001a']);

/**
 * The command for one keypress. `pasting` is true between bracketed-paste markers: then every
 * key, Ctrl+D included, is text. Outside a paste, Enter (\r or \n) is a newline, never "submit".
 * Without bracketed paste a pasted control character or escape sequence looks like a key; when
 * no binding claims it, it is taken as text (saved as typed, shown visibly by the sanitiser).
 */
export function commandFor(key: KeyEvent, pasting: boolean): EditorCommand | undefined {
  // Node names an unrecognised CSI sequence "undefined" (the string).
  const name = key.name === 'undefined' || key.name === '' ? undefined : key.name;
  if (name === 'paste-start') return 'pasteStart';
  if (name === 'paste-end') return 'pasteEnd';
  if (name === 'return' || name === 'enter') return 'newline';
  const text = key.sequence;
  if (pasting) return text ? { insert: text } : undefined;
  if (name !== undefined) {
    const bound =
      key.ctrl && !key.meta ? CTRL.get(name) : key.meta ? META.get(name) : PLAIN.get(name);
    if (bound) return bound;
    if (name === 'tab' && !key.ctrl && !key.meta) return key.shift ? undefined : { insert: '\t' };
  }
  if (!text || NEVER_TEXT.has(text)) return undefined;
  // A recognised escape sequence is a key we do not bind; an unrecognised one can only be text.
  if (text.charCodeAt(0) === 0x1b) return name === undefined ? { insert: text } : undefined;
  return { insert: text };
}

/** Applies an editing action; `rows` is the current layout, `pageRows` the visible text height. */
export function applyEdit(
  buffer: TextBuffer,
  action: EditAction,
  rows: VisualRows,
  pageRows: number,
): TextBuffer {
  switch (action) {
    case 'left':
      return left(buffer);
    case 'right':
      return right(buffer);
    case 'up':
      return moveRows(buffer, rows, -1);
    case 'down':
      return moveRows(buffer, rows, 1);
    case 'pageUp':
      return moveRows(buffer, rows, -Math.max(1, pageRows - 1));
    case 'pageDown':
      return moveRows(buffer, rows, Math.max(1, pageRows - 1));
    case 'home':
      return rowStart(buffer, rows);
    case 'end':
      return rowEnd(buffer, rows);
    case 'wordLeft':
      return wordLeft(buffer);
    case 'wordRight':
      return wordRight(buffer);
    case 'lineStart':
      return lineStart(buffer);
    case 'textStart':
      return textStart(buffer);
    case 'textEnd':
      return textEnd(buffer);
    case 'backspace':
      return backspace(buffer);
    case 'delete':
      return deleteForward(buffer);
    case 'deleteWordBack':
      return deleteWordBack(buffer);
    case 'deleteWordForward':
      return deleteWordForward(buffer);
    case 'deleteToLineStart':
      return deleteToLineStart(buffer);
    case 'deleteToLineEnd':
      return deleteToLineEnd(buffer);
  }
}
