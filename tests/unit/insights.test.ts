import { describe, expect, it } from 'vitest';
import {
  insightsFor,
  missingTerms,
  topWords,
  wordsPerMinute,
} from '../../src/core/compare/insights.js';

describe('missingTerms: vocabulary the example uses and the answer does not', () => {
  it.each([
    [
      'We patched it.',
      'We patched the firmware and signed the firmware image.',
      ['firmware', 'image', 'signed'],
    ],
    ['Signed firmware images.', 'We signed the firmware image.', []],
    ['anything', '', []],
    ['We did it in 2024.', 'In 2024 we did it.', []],
    // Hyphenated words and their parts are one vocabulary.
    ['The parser does bounds checks.', 'The parser is bounds-checked.', []],
    ['It is bounds-checked.', 'We added bounds checks.', ['added']],
    ['We track end-of-support dates.', 'Each end of support is tracked.', []],
    // Verbs of doing in general are not terms.
    ['We fixed the parser.', 'I found the flaw and tried a fix.', ['flaw']],
  ])('%j vs %j → %j', (answer, example, words) =>
    expect(missingTerms(answer, example).map((w) => w.word)).toEqual(words),
  );
});

describe('topWords: repeated words, most used first, stop words excluded, inflections merged', () => {
  it.each([
    [
      'the risk, the risks and the RISK of a risky device',
      // Words used once are not "most used".
      [{ word: 'risk', count: 3 }],
    ],
    ['the and of a', []],
  ])('%j', (text, expected) => expect(topWords(text)).toEqual(expected));
});

describe('wordsPerMinute', () => {
  it.each([
    [120, 60, 120],
    [30, 90, 20],
    [10, 0, undefined],
    [0, 60, undefined],
    [10, undefined, undefined],
  ])('%i words in %j s → %j', (w, s, wpm) => expect(wordsPerMinute(w, s)).toBe(wpm));
});

describe('insightsFor', () => {
  it('adds STAR only for behavioral questions and words per minute only for typed answers', () => {
    const base = {
      answer: 'I led the fix. As a result it shipped.',
      exampleAnswer: 'I led it.',
      keyPoints: ['led the fix'],
      answerSeconds: 30,
    };
    expect(insightsFor({ ...base, kind: 'behavioral', typed: true })).toMatchObject({
      words: 9,
      exampleWords: 3,
      wordsPerMinute: 18,
    });
    expect(insightsFor({ ...base, kind: 'behavioral', typed: true }).star).toHaveLength(4);
    expect(insightsFor({ ...base, kind: 'technical', typed: false })).not.toHaveProperty('star');
    expect(insightsFor({ ...base, kind: 'technical', typed: false })).not.toHaveProperty(
      'wordsPerMinute',
    );
  });
});
