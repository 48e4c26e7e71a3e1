import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayoutCache } from '../../src/ui/editor/layout.js';
import { backspace, insert, left } from '../../src/ui/editor/text-buffer.js';
import { layoutLine, rewrapLine, wrapLine } from '../../src/ui/editor/wrap.js';
import { reachCounter } from '../helpers/reached.js';
import { layoutOf, parse } from './caret.js';

const FAMILY = '👩‍👩‍👧';

const rowsOf = (line: string, width: number) => {
  const starts = wrapLine(line, width);
  return starts.map((start, i) => line.slice(start, starts[i + 1] ?? line.length));
};

describe('wrapLine', () => {
  it.each([
    ['', 10, ['']],
    ['hello', 10, ['hello']],
    ['hello world', 10, ['hello ', 'world']],
    ['abcdefghij', 10, ['abcdefghij']],
    ['abcdefghijk', 10, ['abcdefghij', 'k']], // a word longer than the row is hard-broken
    ['abcdefghij ', 10, ['abcdefghij ', '']], // the space hangs; the cursor after it starts a row
    ['abcdefghij x', 10, ['abcdefghij ', 'x']],
    ['a  b', 2, ['a  ', 'b']],
    ['one two three four', 9, ['one two ', 'three ', 'four']],
    ['x abcdefghijklmnop', 10, ['x ', 'abcdefghij', 'klmnop']],
    ['字字字字字字', 5, ['字字', '字字', '字字']], // 2 cells each, never split
    ['ab 字字字', 5, ['ab ', '字字', '字']],
    ['a\tb', 5, ['a\t', 'b']], // a tab is 4 cells and a break opportunity
    [`${FAMILY}${FAMILY}${FAMILY}`, 4, [`${FAMILY}${FAMILY}`, FAMILY]],
    ['🇺🇸🇫🇷🇩🇪', 4, ['🇺🇸🇫🇷', '🇩🇪']],
    ['\u001b[31mred', 4, ['\u001b[31', 'mred']], // ␛[31mred: controls count as shown
    ['e\u0301e\u0301e\u0301', 2, ['e\u0301e\u0301', 'e\u0301']],
    ['e\u0301 e\u0301 e\u0301', 4, ['e\u0301 e\u0301 ', 'e\u0301']], // spaces inside a segmented run
  ] as const)('%j at width %i → %j', (line, width, rows) => {
    expect(rowsOf(line, width)).toEqual(rows);
  });
});

describe('cursor → (row, cell)', () => {
  it.each([
    ['hello| world', 10, 0, 5],
    ['hello |world', 10, 1, 0],
    ['hello world|', 10, 1, 5],
    ['abcdefghij|', 10, 0, 10], // after a full row: the spare column
    ['abcdefghij |', 10, 1, 0],
    ['a\n字|字', 10, 1, 2],
    [`${FAMILY}|x`, 10, 0, 2],
    ['ab\tc|', 10, 0, 7],
    ['\u001b[31m|', 10, 0, 5],
    ['字字字|字字字', 5, 1, 2],
  ] as const)('%j at width %i → row %i, cell %i', (marked, width, row, cell) => {
    const buffer = parse(marked);
    expect(layoutOf(buffer, width).locate(buffer.line, buffer.col)).toEqual({ row, cell });
  });
});

describe('LayoutCache', () => {
  it('re-wraps only the edited line, nothing for a cursor move, everything at a new width', () => {
    const cache = new LayoutCache();
    let buffer = parse('one two\nthree four five|\nsix');
    const first = cache.layout(buffer.lines, 8);
    expect([cache.lastWrapped, first.rowCount, first.words]).toEqual([3, 5, 6]);
    buffer = insert(buffer, ' seven');
    const second = cache.layout(buffer.lines, 8);
    expect([cache.lastWrapped, second.rowCount, second.words]).toEqual([1, 6, 7]);
    buffer = left(buffer);
    expect(cache.layout(buffer.lines, 8)).toBe(second);
    expect(cache.lastWrapped).toBe(0);
    cache.layout(buffer.lines, 40);
    expect(cache.lastWrapped).toBe(3);
  });

  it('maps rows back to their lines', () => {
    const layout = layoutOf(parse('hello world|\n\nabc'), 10);
    expect(layout.rowCount).toBe(4);
    expect([0, 1, 2, 3].map((row) => layout.rowBounds(row))).toEqual([
      { line: 0, start: 0, end: 6, lastInLine: false },
      { line: 0, start: 6, end: 11, lastInLine: true },
      { line: 1, start: 0, end: 0, lastInLine: true },
      { line: 2, start: 0, end: 3, lastInLine: true },
    ]);
  });
});

describe('rewrapLine: re-wrapping around an edit gives the rows and words of a full pass', () => {
  const piece = fc.constantFrom(
    'a',
    'b',
    'c',
    'd',
    ' ',
    ' ',
    ' ',
    '  ',
    '\t',
    '-',
    "'",
    'word ',
    'averyveryverylongword',
    '字',
    '😀',
    '😁',
    'e\u0301',
    '\u0301',
    '🇺🇸',
    '🇫',
    '👩‍👩‍👧',
    '\u001b',
  );
  const text = fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(''));

  it('re-wraps from before a word that was hard-broken over several rows', () => {
    // Rows "abcde " / " " / "ab字" / "字d": shortening the word lets it fit on row 2.
    const oldLine = 'abcde  ab字字d';
    const line = 'abcde  ab字';
    expect(wrapLine(oldLine, 5)).toEqual([0, 6, 7, 10]);
    expect(rewrapLine(oldLine, layoutLine(oldLine, 5), line, 5)).toEqual(layoutLine(line, 5));
    expect(layoutLine(line, 5).starts).toEqual([0, 6]);
  });

  it('for any replacement of any range at any width', () => {
    const count = reachCounter('replacement at any width');
    fc.assert(
      fc.property(
        text,
        fc.nat(),
        fc.nat(),
        text,
        fc.integer({ min: 2, max: 24 }),
        (oldLine, a, b, added, width) => {
          count.run();
          const start = a % (oldLine.length + 1);
          const end = start + (b % (oldLine.length - start + 1));
          const line = oldLine.slice(0, start) + added.slice(0, 12) + oldLine.slice(end);
          const incremental = rewrapLine(oldLine, layoutLine(oldLine, width), line, width);
          count.reached();
          expect(incremental).toEqual(layoutLine(line, width));
        },
      ),
      { numRuns: 3000 },
    );
    count.check();
  });

  it('over a run of typing and deleting in one long paragraph (the cache path)', () => {
    const cache = new LayoutCache();
    const words =
      'we measured the latency before and after the migration, then agreed on a plan'.split(' ');
    let buffer = parse(
      `${Array.from({ length: 400 }, (_, i) => words[i % words.length]).join(' ')}|`,
    );
    const count = reachCounter('typing and deleting');
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom('x', ' ', 'word ', '\n', '', '字'),
        fc.nat({ max: 3 }),
        (at, typed, deleted) => {
          count.run();
          const text = buffer.lines.join('\n').replaceAll('\n', ' ');
          buffer = parse(`${text.slice(0, at % text.length)}|${text.slice(at % text.length)}`);
          cache.layout(buffer.lines, 60);
          let next = insert(buffer, typed);
          for (let i = 0; i < deleted; i++) next = backspace(next);
          const layout = cache.layout(next.lines, 60);
          const fresh = new LayoutCache().layout(next.lines, 60);
          count.reached();
          expect([layout.rowCount, layout.words]).toEqual([fresh.rowCount, fresh.words]);
          for (let row = 0; row < layout.rowCount; row++)
            expect(layout.rowBounds(row)).toEqual(fresh.rowBounds(row));
          buffer = next;
        },
      ),
      { numRuns: 300 },
    );
    count.check();
  });
});
