import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/ui/render/attempts-view.js';
import { interviewLine } from '../../src/ui/render/due-view.js';

const plain = new Chalk({ level: 0 });

describe('interviewLine', () => {
  it.each([
    ['2026-11-30', '2026-12-04', 12, '4 days to your interview, 12 questions never practised.'],
    ['2026-11-30', '2026-12-01', 1, '1 day to your interview, 1 question never practised.'],
    ['2026-11-30', '2026-11-30', 0, 'Your interview is today; 0 questions never practised.'],
    ['2026-11-30', '2026-11-20', 3, /has passed; set a new one/],
    // Across the end of the year and a DST change: whole calendar days.
    ['2026-12-30', '2027-01-02', 2, '3 days to your interview, 2 questions never practised.'],
    ['2026-03-28', '2026-03-30', 2, '2 days to your interview, 2 questions never practised.'],
  ])('%s → %s with %i new', (today, interview, never, expected) => {
    const line = interviewLine(today, interview, never);
    if (typeof expected === 'string') expect(line).toBe(expected);
    else expect(line).toMatch(expected);
  });
});

describe('wordDiff', () => {
  it.each([
    ['same words', 'we agreed', 'we agreed', 'we agreed'],
    ['a word replaced', 'we agreed', 'we decided', 'we [-agreed-]{+decided+}'],
    ['words added', 'we agreed', 'we quickly agreed', 'we {+quickly +}agreed'],
    ['control characters made visible', 'a', 'a \u001b[31mred', 'a {+␛[31mred+}'],
  ])('%s', (_name, before, after, expected) => {
    expect(wordDiff(before, after, plain)).toBe(expected);
  });
});
