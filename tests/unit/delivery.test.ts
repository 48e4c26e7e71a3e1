import { describe, expect, it } from 'vitest';
import { hedges, lengthFeedback } from '../../src/core/compare/delivery.js';
import { missingTerms, topWords } from '../../src/core/compare/insights.js';
import { sentences } from '../../src/core/compare/words.js';
import { plural } from '../../src/core/text/plural.js';

describe('sentences', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['- first bullet\n- second bullet', ['first bullet', 'second bullet']],
    ['No end mark', ['No end mark']],
    ['\n\n', []],
    // A sentence wrapped over lines is one sentence; paragraphs and numbered items are not joined.
    [
      'Within a quarter the time to close findings dropped from about six weeks to\nunder two, and I still write every review that way.',
      [
        'Within a quarter the time to close findings dropped from about six weeks to under two, and I still write every review that way.',
      ],
    ],
    [
      'First paragraph without a stop\n\nSecond one',
      ['First paragraph without a stop', 'Second one'],
    ],
    ['1. found the overflow\n2) wrote the fix', ['found the overflow', 'wrote the fix']],
    // Short note lines that start with a capital are notes of their own.
    [
      'Found overflow in parser\nRewrote it with bounds checks',
      ['Found overflow in parser', 'Rewrote it with bounds checks'],
    ],
    // A short line ending in a comma goes on.
    ['We fixed it,\nThen shipped.', ['We fixed it, Then shipped.']],
  ])('%j → %j', (text, expected) => expect(sentences(text).map((s) => s.text)).toEqual(expected));

  it('gives where each sentence starts in the text', () => {
    const text = 'One.\n- Two wraps\nhere. Three.';
    expect(sentences(text).map((s) => text.slice(s.start, s.start + 3))).toEqual([
      'One',
      'Two',
      'Thr',
    ]);
  });
});

describe('hedges: per 100 words, with the sentences they are in', () => {
  it.each([
    ['I fixed it.', 0, 0, []],
    [
      'I think it was kind of fine. We shipped.',
      2,
      22.2,
      [{ text: 'I think it was kind of fine.', hedges: ['i think', 'kind of'] }],
    ],
    [
      'Maybe. Perhaps.',
      2,
      100,
      [
        { text: 'Maybe.', hedges: ['maybe'] },
        { text: 'Perhaps.', hedges: ['perhaps'] },
      ],
    ],
    // Word edges: "actuallyx" and "sorting of" are not hedges.
    ['The actuator was sorting of packets.', 0, 0, []],
    ['', 0, 0, []],
  ])('%j → %i hedges, %d per 100 words', (text, count, per100, found) =>
    expect(hedges(text)).toEqual({ count, per100Words: per100, sentences: found }),
  );
});

describe('length against the example and the time used', () => {
  it.each([
    [
      { words: 40, exampleWords: 200, answerSeconds: 60, limitSeconds: 180, typed: true },
      { ofExample: 0.2, timeUsedPercent: 33, wordsPerMinute: 40 },
      2,
    ],
    [
      { words: 200, exampleWords: 200, answerSeconds: 170, limitSeconds: 180, typed: true },
      { ofExample: 1, timeUsedPercent: 94, wordsPerMinute: 71 },
      0,
    ],
    [{ words: 400, exampleWords: 200, typed: false }, { ofExample: 2 }, 1],
    [{ words: 10, exampleWords: 0, typed: true }, {}, 0],
  ])('%j', (input, figures, notes) => {
    const l = lengthFeedback(input);
    expect(l).toMatchObject(figures);
    expect(l.notes).toHaveLength(notes);
  });
});

describe('terms you did not use: content words, most specific to the question first, at most 8', () => {
  const pack = [
    'We patched the firmware and told the hospital when the patch goes out.',
    'The hospital network team segments the device.',
    'The hospital reviews the device logs when not busy.',
  ];
  it('ranks words other examples share below words only this one uses, and drops generic words', () => {
    const example =
      'When the firmware goes out, the hospital must not lose the signed image; rollback counters stop downgrades.';
    const words = missingTerms('We update it.', example, pack).map((w) => w.word);
    expect(words).not.toContain('when');
    expect(words).not.toContain('goes');
    expect(words).not.toContain('not');
    expect(words).toContain('rollback');
    const rank = (w: string) => (words.includes(w) ? words.indexOf(w) : words.length);
    expect(rank('hospital')).toBeGreaterThan(rank('rollback'));
    expect(rank('firmware')).toBeGreaterThan(rank('rollback'));
    expect(words.length).toBeLessThanOrEqual(8);
  });
});

describe('most-used words only when something repeats; plurals', () => {
  it.each([
    ['one answer with no repeats', []],
    ['keys and keys and more key rotation', [{ word: 'keys', count: 3 }]],
  ])('%j', (text, expected) => expect(topWords(text)).toEqual(expected));

  it.each([
    [0, 'word', '0 words'],
    [1, 'word', '1 word'],
    [2, 'word', '2 words'],
    [1, 'key point', '1 key point'],
  ])('%i %s → %s', (n, word, text) => expect(plural(n, word)).toBe(text));
});
