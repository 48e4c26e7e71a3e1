import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { fitLine, sideBySide, wrapStyled } from '../../src/ui/render/layout.js';

const red = new Chalk({ level: 1 }).red;

describe('wrapStyled', () => {
  it.each([
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['  • indented bullet text', 14, ['  • indented', 'bullet text']],
    ['a\n  b', 10, ['a', '  b']],
    // No word is split across rows: one wider than the row is cut with an ellipsis.
    ['abcdefghij', 4, ['abc…']],
    ['see https://example.com/a/long/path now', 12, ['see', 'https://exa…', 'now']],
  ])('%j at %i columns', (text, width, rows) => expect(wrapStyled(text, width)).toEqual(rows));

  it('drops the break space after a colour code too', () => {
    const rows = wrapStyled(red('alpha beta gamma'), 6);
    const esc = '\u001b';
    const breakSpace = new RegExp(`^(?:${esc}\\[[0-9;]*m)* `);
    expect(rows.every((r) => !breakSpace.test(r))).toBe(true);
  });
});

describe('fitLine', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['eleven cell', 10, 'eleven ce…'],
    ['漢字漢字', 5, '漢字…'],
  ])('%j in %i cells → %j', (text, width, out) => expect(fitLine(text, width)).toBe(out));

  it('keeps colour codes balanced when it cuts', () => {
    expect(fitLine(red('abcdefgh'), 4)).toBe(`${red('abc')}…`);
  });
});

describe('sideBySide', () => {
  const c = new Chalk({ level: 0 });
  it.each([
    [98, false],
    [99, true],
  ])('at %i columns side by side: %s', (width, side) => {
    const rows = sideBySide(['Yours', 'a b c'], ['Example', 'd e f'], width, c);
    expect(rows[0]?.includes('│')).toBe(side);
    for (const r of rows) expect(r.length).toBeLessThanOrEqual(width);
  });
});
