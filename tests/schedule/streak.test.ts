import { describe, expect, it } from 'vitest';
import { streak } from '../../src/core/schedule/streak.js';
import { session } from './helpers.js';

const on = (day: string, status = 'answered') => session(day, [{ id: 'a', status }]);

describe('streak', () => {
  it.each([
    ['no sessions', [], 0],
    ['only today', [on('2026-11-30')], 1],
    ['three days in a row', [on('2026-11-28'), on('2026-11-29'), on('2026-11-30')], 3],
    ['a gap breaks it', [on('2026-11-27'), on('2026-11-29'), on('2026-11-30')], 2],
    ['nothing today yet', [on('2026-11-29')], 0],
    ['only skips today do not count', [on('2026-11-29'), on('2026-11-30', 'skipped')], 0],
    ['two sessions the same day count once', [on('2026-11-30'), on('2026-11-30')], 1],
  ])('%s → %i', (_name, sessions, expected) => {
    expect(streak(sessions, '2026-11-30')).toBe(expected);
  });
});
