import { describe, expect, it } from 'vitest';
import type { LoadedQuestion } from '../../src/core/load/parse-file.js';
import { BUILT_IN_TIMES, resolveTimes } from '../../src/core/questions/timing.js';

const loaded = (
  question: Partial<LoadedQuestion['question']>,
  defaults?: { prep_time?: string; answer_time?: string },
): LoadedQuestion => ({
  question: { id: 'q', prompt: 'p', ...question },
  file: 'f.yaml',
  index: 0,
  span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
  pack: { title: 't', ...(defaults ? { defaults } : {}) },
});

describe('resolveTimes: flag over question over file defaults over built-in', () => {
  it.each([
    [
      'built-in',
      {},
      undefined,
      {},
      { prepSeconds: BUILT_IN_TIMES.prep, answerSeconds: BUILT_IN_TIMES.answer },
    ],
    [
      'file defaults',
      {},
      { prep_time: '10s', answer_time: '1m' },
      {},
      { prepSeconds: 10, answerSeconds: 60 },
    ],
    [
      'question beats file',
      { prep_time: '45s', answer_time: '4m' },
      { prep_time: '10s', answer_time: '1m' },
      {},
      { prepSeconds: 45, answerSeconds: 240 },
    ],
    [
      'flags beat question',
      { prep_time: '45s', answer_time: '4m' },
      { prep_time: '10s' },
      { prepSeconds: 5, answerSeconds: 90 },
      { prepSeconds: 5, answerSeconds: 90 },
    ],
    [
      'mixed levels',
      { answer_time: '2m' },
      { prep_time: '20s' },
      {},
      { prepSeconds: 20, answerSeconds: 120 },
    ],
  ] as const)('%s', (_, question, defaults, flags, expected) =>
    expect(resolveTimes(loaded(question, defaults), flags)).toEqual(expected),
  );
});
