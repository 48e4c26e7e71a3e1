import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellsOf,
  clusterAt,
  displayText,
  nextBoundary,
  previousBoundary,
  widthOf,
} from '../../src/ui/editor/graphemes.js';
import { reachCounter } from '../helpers/reached.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segmenterBoundaries = (text: string) => {
  const ends = [0];
  for (const { index, segment } of segmenter.segment(text)) ends.push(index + segment.length);
  return ends;
};

// Pieces that stress every shortcut: marks, ZWJ sequences, flags, Hangul jamo, Indic conjuncts,
// prepend marks, half-width voiced marks, skin tones, lone surrogates, controls.
const PIECES = [
  'a',
  ' ',
  'Z',
  '\t',
  'e\u0301',
  '\u0301',
  '\u200d',
  '\u200c',
  '字',
  '😀',
  '👩‍👩‍👧',
  '🇺🇸',
  '🇫',
  '❤️',
  '\ufe0f',
  '👍🏽',
  '🏽',
  '각',
  '\u1100',
  '\u1161',
  '\u11a8',
  'क्ष',
  '\u094d',
  '\u0600',
  'ｶ',
  '\uff9e',
  '\ud800',
  '\udc00',
  '\u001b',
  '\u009b',
  '1️⃣',
  '\u0e33',
  'ก',
];

describe('cluster boundaries agree with Intl.Segmenter', () => {
  it('walking forward and backward visits exactly the segmenter boundaries', () => {
    const count = reachCounter('segmenter boundaries');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        count.run();
        const text = pieces.join('');
        const expected = segmenterBoundaries(text);
        const forward = [0];
        for (let i = 0; i < text.length; forward.push(i)) i = nextBoundary(text, i);
        const backward = [text.length];
        for (let i = text.length; i > 0; backward.unshift(i)) i = previousBoundary(text, i);
        count.reached();
        expect(forward).toEqual(expected);
        expect(backward).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
    count.check();
  });

  it.each([
    ['a👩‍👩‍👧b', 3, [1, 9]],
    ['🇺🇸🇫🇷', 5, [4, 8]],
    ['xe\u0301', 2, [1, 3]],
    ['ab', 1, [1, 2]],
  ] as const)('clusterAt(%j, %i) = %j', (text, i, range) => {
    expect(clusterAt(text, i)).toEqual(range);
  });
});

describe('cells as the editor shows text', () => {
  it.each([
    ['abc', 3],
    ['字字', 4],
    ['😀', 2],
    ['👩‍👩‍👧', 2],
    ['e\u0301', 1],
    ['\t', 4],
    ['\u001b[31m', 5], // ␛[31m
    ['\u009b', 6], // \u009b
    ['\u202e', 6], // bidi override shown as \u202e
    ['ｶﾞ', 2],
    ['\ud800x', 2], // a lone surrogate half shows as U+FFFD
  ] as const)('%j takes %i cells', (text, cells) => {
    expect(widthOf(text)).toBe(cells);
    for (const unsafe of ['\u001b', '\u009b', '\u202e'])
      expect(displayText(text)).not.toContain(unsafe);
  });

  it('measures one cluster', () => {
    expect(cellsOf('a字b', 1, 2)).toBe(2);
  });
});
