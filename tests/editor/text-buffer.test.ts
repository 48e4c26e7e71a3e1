import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords as reviewWordCount } from '../../src/core/compare/words.js';
import { applyEdit, type EditAction } from '../../src/ui/editor/keymap.js';
import {
  countWords,
  cursorOffset,
  fromText,
  insert,
  textOf,
} from '../../src/ui/editor/text-buffer.js';
import { reachCounter } from '../helpers/reached.js';
import { layoutOf, parse, show } from './caret.js';

const FAMILY = '👩‍👩‍👧';
const FLAG = '🇺🇸';

describe('fromText / textOf / cursorOffset', () => {
  it.each([
    ['', undefined, '|'],
    ['abc', undefined, 'abc|'],
    ['abc', 1, 'a|bc'],
    ['ab\ncd', 3, 'ab\n|cd'],
    ['ab\r\ncd\ref', undefined, 'ab\ncd\nef|'],
    ['a😀b', 2, 'a|😀b'], // inside a surrogate pair: snapped back to the cluster start
    ['e\u0301x', 1, '|e\u0301x'], // inside e + combining acute
  ] as const)('%j at %s → %j', (text, cursor, expected) => {
    expect(show(fromText(text, cursor))).toBe(expected);
  });

  it('keeps lines and offsets consistent', () => {
    const buffer = parse('one\ntwo|\nthree');
    expect(buffer.lines).toEqual(['one', 'two', 'three']);
    expect([buffer.line, buffer.col, cursorOffset(buffer), textOf(buffer)]).toEqual([
      1,
      3,
      7,
      'one\ntwo\nthree',
    ]);
  });
});

describe('insert', () => {
  it.each([
    ['|', 'a', 'a|'],
    ['ab|', 'c', 'abc|'],
    ['a|c', 'b', 'ab|c'],
    ['a|d', 'b\nc', 'ab\nc|d'],
    ['a|d', 'b\r\nc\rx', 'ab\nc\nx|d'],
    ['x|', '\n\n', 'x\n\n|'],
    ['|', '字😀', '字😀|'],
    ['a|', '\u001b[31m', 'a\u001b[31m|'], // raw: only the display sanitises
    ['e|', '\u0301', 'e\u0301|'],
    ['|\u0301', 'e', 'e\u0301|'], // merges with the lone mark after it: stays on a boundary
  ] as const)('%j + %j → %j', (before, text, after) => {
    expect(show(insert(parse(before), text))).toBe(after);
  });

  it('leaves untouched lines as the same strings (the layout cache relies on it)', () => {
    const before = parse('one\ntw|o\nthree');
    const after = insert(before, 'X');
    expect(after.lines[0]).toBe(before.lines[0]);
    expect(after.lines[2]).toBe(before.lines[2]);
  });
});

// Edits that do not depend on wrapping.
describe('moves and deletions', () => {
  it.each([
    ['ab|c', 'left', 'a|bc'],
    ['|abc', 'left', '|abc'],
    ['ab\n|cd', 'left', 'ab|\ncd'],
    [`a${FAMILY}|b`, 'left', `a|${FAMILY}b`],
    [`a${FLAG}${FLAG}|`, 'left', `a${FLAG}|${FLAG}`],
    ['e\u0301|', 'left', '|e\u0301'],
    ['a|bc', 'right', 'ab|c'],
    ['ab|\ncd', 'right', 'ab\n|cd'],
    ['abc|', 'right', 'abc|'],
    [`|${FAMILY}b`, 'right', `${FAMILY}|b`],
    ['|字字', 'right', '字|字'],
    ['one two thr|ee', 'wordLeft', 'one two |three'],
    ['one two |three', 'wordLeft', 'one |two three'],
    ['one, |two', 'wordLeft', '|one, two'],
    ['one\n|two', 'wordLeft', '|one\ntwo'],
    ['|one', 'wordLeft', '|one'],
    ["it's| ok", 'wordLeft', "it'|s ok"],
    ['o|ne two', 'wordRight', 'one| two'],
    ['one| two', 'wordRight', 'one two|'],
    ['one|\ntwo', 'wordRight', 'one\ntwo|'],
    ['café| ok', 'wordLeft', '|café ok'],
    ['ab\ncd|ef', 'lineStart', 'ab\n|cdef'],
    ['a|b\ncd', 'textEnd', 'ab\ncd|'],
    ['ab\nc|d', 'textStart', '|ab\ncd'],
    ['abc|', 'backspace', 'ab|'],
    ['|abc', 'backspace', '|abc'],
    ['ab\n|cd', 'backspace', 'ab|cd'],
    [`a${FAMILY}|`, 'backspace', 'a|'],
    ['字😀|', 'backspace', '字|'],
    ['e\u0301|x', 'backspace', '|x'],
    ['a|bc', 'delete', 'a|c'],
    ['ab|\ncd', 'delete', 'ab|cd'],
    ['ab|', 'delete', 'ab|'],
    [`|${FLAG}x`, 'delete', '|x'],
    ['one two|', 'deleteWordBack', 'one |'],
    ['one two  |', 'deleteWordBack', 'one |'],
    ['one\n|two', 'deleteWordBack', '|two'],
    ['one| two three', 'deleteWordForward', 'one| three'],
    ['ab\ncd|ef', 'deleteToLineStart', 'ab\n|ef'],
    ['ab\n|ef', 'deleteToLineStart', 'ab\n|ef'],
    ['ab|cd\nef', 'deleteToLineEnd', 'ab|\nef'],
    ['abcd|\nef', 'deleteToLineEnd', 'abcd|ef'],
  ] as const)('%j %s → %j', (before, action, after) => {
    const buffer = parse(before);
    expect(show(applyEdit(buffer, action, layoutOf(buffer, 80), 5))).toBe(after);
  });

  it('a no-op deletion keeps the same lines (no spurious onChange)', () => {
    const buffer = parse('|abc');
    expect(applyEdit(buffer, 'backspace', layoutOf(buffer, 80), 5).lines).toBe(buffer.lines);
  });
});

// Moves by visual row: "the quick brown fox jumps" at width 10 wraps as
// "the quick " / "brown fox " / "jumps".
describe('moves by visual row', () => {
  const text = 'the quick brown fox jumps';
  const at = (offset: number) => `${text.slice(0, offset)}|${text.slice(offset)}`;
  it.each([
    [at(5), 10, 'down', at(15)],
    [at(15), 10, 'down', at(25)],
    [at(25), 10, 'down', at(25)],
    [at(15), 10, 'up', at(5)],
    [at(3), 10, 'up', at(0)], // past the first row: text start
    [at(8), 10, 'down', at(18)],
    [at(18), 10, 'end', at(19)], // row end: on the space, still this row
    [at(22), 10, 'end', at(25)],
    [at(18), 10, 'home', at(10)],
    [at(2), 10, 'pageDown', at(22)],
    ['ab\n|cdef', 80, 'up', '|ab\ncdef'],
    ['abcdef\nx|y', 80, 'up', 'a|bcdef\nxy'],
    ['ab|cdef\nxy', 80, 'down', 'abcdef\nxy|'],
    ['字字|字\nabcdef', 80, 'down', '字字字\nabcd|ef'],
    ['abc|\n字字字', 80, 'down', 'abc\n字|字字'], // cell 3 is inside 字 #2: stay before it
  ] as const)('%j (width %i) %s → %j', (before, width, action, after) => {
    const buffer = parse(before);
    expect(show(applyEdit(buffer, action as EditAction, layoutOf(buffer, width), 3))).toBe(after);
  });

  it('keeps the goal column across a shorter row', () => {
    let buffer = parse('abcdef|\nab\nabcdefgh');
    const move = (action: EditAction) => {
      buffer = applyEdit(buffer, action, layoutOf(buffer, 80), 5);
    };
    move('down');
    expect(show(buffer)).toBe('abcdef\nab|\nabcdefgh');
    move('down');
    expect(show(buffer)).toBe('abcdef\nab\nabcdef|gh');
    move('left');
    move('up');
    expect(show(buffer)).toBe('abcdef\nab|\nabcdefgh');
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ['one two\nthree', 3],
    ["it's well-known — isn’t it?", 4],
    ['a--b', 2],
    ['-a- b-', 2],
    ['naïve café 2024', 3],
    ['字字 😀', 1],
  ] as const)('%j → %i', (text, count) => expect(countWords(text)).toBe(count));

  it('agrees with the review word count on any text', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '9',
      ' ',
      '\n',
      "'",
      '’',
      '-',
      'é',
      '\u0301',
      '字',
      '😀',
      '_',
      '.',
      '𝐀',
    );
    const count = reachCounter('word counts agree');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        count.run();
        const text = pieces.join('');
        count.reached();
        expect(countWords(text)).toBe(reviewWordCount(text));
      }),
    );
    count.check();
  });
});
