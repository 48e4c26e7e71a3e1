import { describe, expect, it } from 'vitest';
import { commandFor, type KeyEvent } from '../../src/ui/editor/keymap.js';

// Key events as Node's readline emits them for the bytes a terminal sends.
const key = (sequence: string, name?: string, mods: Partial<KeyEvent> = {}): KeyEvent => ({
  sequence,
  ...(name === undefined ? {} : { name }),
  ctrl: false,
  meta: false,
  shift: false,
  ...mods,
});
const ctrl = (letter: string) =>
  key(String.fromCharCode(letter.charCodeAt(0) - 96), letter, { ctrl: true });

describe('commandFor', () => {
  it.each([
    ['a', key('a', 'a'), { insert: 'a' }],
    ['A', key('A', 'a', { shift: true }), { insert: 'A' }],
    ['space', key(' ', 'space'), { insert: ' ' }],
    ['字', key('字'), { insert: '字' }],
    ['😀', key('😀'), { insert: '😀' }],
    ['Tab', key('\t', 'tab'), { insert: '\t' }],
    ['Shift+Tab', key('\u001b[Z', 'tab', { shift: true }), undefined],
    ['Enter (\\r)', key('\r', 'return'), 'newline'],
    ['Ctrl+J (\\n)', key('\n', 'enter'), 'newline'],
    ['Alt+Enter', key('\u001b\r', 'return', { meta: true }), 'newline'],
    ['Ctrl+D', ctrl('d'), 'submit'],
    ['Ctrl+X', ctrl('x'), 'skip'],
    ['Ctrl+E', ctrl('e'), 'openEditor'],
    ['Ctrl+A', ctrl('a'), 'lineStart'],
    ['Ctrl+B', ctrl('b'), 'left'],
    ['Ctrl+F', ctrl('f'), 'right'],
    ['Ctrl+P', ctrl('p'), 'up'],
    ['Ctrl+N', ctrl('n'), 'down'],
    ['Ctrl+W', ctrl('w'), 'deleteWordBack'],
    ['Ctrl+U', ctrl('u'), 'deleteToLineStart'],
    ['Ctrl+K', ctrl('k'), 'deleteToLineEnd'],
    ['Ctrl+L', ctrl('l'), 'redraw'],
    ['Ctrl+C (readline: SIGINT)', ctrl('c'), undefined],
    ['Ctrl+Z (readline: suspend)', ctrl('z'), undefined],
    ['Ctrl+Space (NUL)', key('\u0000', '`', { ctrl: true }), undefined],
    ['Ctrl+G: unbound, so text', ctrl('g'), { insert: '\u0007' }],
    ['Left', key('\u001b[D', 'left'), 'left'],
    ['Right', key('\u001b[C', 'right'), 'right'],
    ['Up', key('\u001b[A', 'up'), 'up'],
    ['Down', key('\u001b[B', 'down'), 'down'],
    ['Home', key('\u001b[H', 'home'), 'home'],
    ['End', key('\u001b[F', 'end'), 'end'],
    ['Page Up', key('\u001b[5~', 'pageup'), 'pageUp'],
    ['Page Down', key('\u001b[6~', 'pagedown'), 'pageDown'],
    ['Ctrl+Home', key('\u001b[1;5H', 'home', { ctrl: true }), 'textStart'],
    ['Ctrl+End', key('\u001b[1;5F', 'end', { ctrl: true }), 'textEnd'],
    ['Ctrl+Left', key('\u001b[1;5D', 'left', { ctrl: true }), 'wordLeft'],
    ['Ctrl+Right', key('\u001b[1;5C', 'right', { ctrl: true }), 'wordRight'],
    ['Alt+Left', key('\u001b[1;3D', 'left', { meta: true }), 'wordLeft'],
    ['Alt+B', key('\u001bb', 'b', { meta: true }), 'wordLeft'],
    ['Alt+F', key('\u001bf', 'f', { meta: true }), 'wordRight'],
    ['Alt+D', key('\u001bd', 'd', { meta: true }), 'deleteWordForward'],
    ['Alt+X: unbound', key('\u001bx', 'x', { meta: true }), undefined],
    ['Backspace', key('\u007f', 'backspace'), 'backspace'],
    ['Alt+Backspace', key('\u001b\u007f', 'backspace', { meta: true }), 'deleteWordBack'],
    ['Delete', key('\u001b[3~', 'delete'), 'delete'],
    ['Ctrl+Delete', key('\u001b[3;5~', 'delete', { ctrl: true }), 'deleteWordForward'],
    ['Escape', key('\u001b', 'escape'), undefined],
    ['F1: a key we do not bind', key('\u001bOP', 'f1'), undefined],
    ['pasted ESC[31m', key('\u001b[31m', 'undefined'), { insert: '\u001b[31m' }],
    ['pasted ESC]', key('\u001b]', undefined, { meta: true }), { insert: '\u001b]' }],
    ['pasted C1 CSI', key('\u009b'), { insert: '\u009b' }],
    ['paste as one event', key('a\r\nb'), { insert: 'a\r\nb' }],
    ['bracketed paste start', key('\u001b[200~', 'paste-start'), 'pasteStart'],
    ['bracketed paste end', key('\u001b[201~', 'paste-end'), 'pasteEnd'],
    ["Inquirer's test events (no sequence)", { name: 'a' }, undefined],
  ] as const)('%s', (_label, event, command) => {
    expect(commandFor(event, false)).toEqual(command);
  });

  it.each([
    ['Ctrl+D', ctrl('d'), { insert: '\u0004' }],
    ['Enter', key('\r', 'return'), 'newline'],
    ['Ctrl+X', ctrl('x'), { insert: '\u0018' }],
    ['ESC[31m', key('\u001b[31m', 'undefined'), { insert: '\u001b[31m' }],
    ['paste end', key('\u001b[201~', 'paste-end'), 'pasteEnd'],
  ] as const)('inside a bracketed paste: %s', (_label, event, command) => {
    expect(commandFor(event, true)).toEqual(command);
  });
});
