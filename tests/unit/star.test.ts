import { describe, expect, it } from 'vitest';
import { ownership, starBalance, starParts, starSegments } from '../../src/core/compare/star.js';

describe('starParts: the parts an answer has, with their cues', () => {
  const parts = (text: string) =>
    starParts(text)
      .filter((p) => p.found)
      .map((p) => p.part);
  it.each([
    [
      'At my previous job we had a flaky build. My task was to fix it. I decided to bisect. As a result builds passed.',
      ['situation', 'task', 'action', 'result'],
    ],
    // One sentence is one part: the part of its first cue.
    ['I led the rewrite and I learned a lot.', ['action']],
    ['I led the rewrite. I learned a lot.', ['action', 'result']],
    // The answer starts in the Situation, cue or not.
    ['Security matters.', ['situation']],
    ['We cut incidents by 40%.', ['result']],
  ])('%j → %j', (text, expected) => expect(parts(text)).toEqual(expected));

  it("reports the cue phrases found in each part's sentences", () => {
    const found = starParts('The pump leaked data. So I set up a meeting. Then I wrote a fix.');
    expect(found.map((p) => [p.part, p.found, p.cues])).toEqual([
      ['situation', true, []],
      ['task', false, []],
      ['action', true, ['so i', 'then i']],
      ['result', false, []],
    ]);
  });
});

describe('starSegments: which part each sentence is', () => {
  const partsOf = (text: string) =>
    starSegments(text)
      .map((s) => s.part[0])
      .join('');
  it.each([
    // A first-person subject with a past-tense verb is an action, without a listed cue phrase.
    ['The parser trusted a length field. We validated every input and added fuzzing.', 'sa'],
    ['The parser trusted a length field. I rewrote it with bounds checks.', 'sa'],
    ['The parser trusted a length field. We then ran the regression suite.', 'sa'],
    // Past tenses of a state of mind or a need are not actions.
    ['The parser trusted a length field. We needed a fix. We wanted it fast.', 'sss'],
    ['The parser trusted a length field. I thought it was fine. I felt stuck.', 'sss'],
    // Outcomes in other words than "as a result".
    ['I rewrote the parser. It no longer crashes on bad packages.', 'ar'],
    ['I rewrote the parser. Crash reports went from twelve a month to none.', 'ar'],
    ['I rewrote the parser. Looking back, I would have fuzzed earlier.', 'ar'],
    ['I rewrote the parser. The change was approved by the FDA reviewer.', 'ar'],
    ['I rewrote the parser. Six months later we moved to the cloud HSM.', 'ar'],
    ['I rewrote the template. Within a quarter the time to close findings fell.', 'ar'],
    ['I coached her. By the end of the year she ran the reviews.', 'ar'],
    ["I coached her. She's much faster now.", 'ar'],
    ['I held my ground. What I took from it is that numbers persuade.', 'ar'],
    // "Now" inside a word, or a time that is not a later one, is no outcome.
    ['I rewrote the parser. Nowhere else had the bug.', 'aa'],
    ['I rewrote the parser over six months.', 'a'],
    // Answers move forward: a later cue of an earlier part does not go back.
    ['I rewrote the parser. As a result it passed. Last year we had one too.', 'arr'],
    // Clauses split by a semicolon are read on their own.
    ['So I built a quick benchmark; the result was that we kept structured logs.', 'ar'],
    // Bullet notes and sentences without end marks.
    ['- pump parser overflow\n- I wrote the fix\n- crashes went from 12 to 0', 'sar'],
  ])('%j → %s', (text, expected) => expect(partsOf(text)).toBe(expected));
});

describe('ownership: I against we where the action is told', () => {
  it.each([
    [
      'At my previous job the build broke. I decided to bisect it and I fixed it.',
      2,
      0,
      100,
      false,
    ],
    [
      'At my previous job the build broke. So I asked around, and we bisected it, we fixed it and we reverted the change.',
      1,
      3,
      25,
      true,
    ],
    ['Security matters.', 0, 0, undefined, false],
  ])('%j → I %i, we %i (%j%% I), called out: %j', (text, i, we, percent, callout) => {
    const o = ownership(text);
    expect([o.i, o.we, o.iPercent, o.note !== undefined]).toEqual([i, we, percent, callout]);
  });
});

describe('STAR balance: each part’s share, a missing or one-line Result called out', () => {
  const shares = (text: string) => starBalance(text).parts.map((p) => p.percent);
  it.each([
    [
      'At my previous job we had a flaky build. My task was to fix it. I decided to bisect it. As a result builds passed. Since then nobody reverts.',
      [31, 21, 17, 31],
      [],
    ],
    [
      'At my previous job we had a flaky build. I decided to bisect it. As a result builds passed.',
      [47, 0, 26, 26],
      ['The Result is one sentence: say what changed, for whom, and how you know.'],
    ],
    [
      'At my previous job we had a flaky build. I decided to bisect it.',
      [64, 0, 36, 0],
      ['No Result: say how it ended, what changed and how you know (a number if you have one).'],
    ],
  ])('%j', (text, percents, notes) => {
    expect(shares(text)).toEqual(percents);
    expect(starBalance(text).notes).toEqual(notes);
  });
});

describe('cues shown to the user', () => {
  it('are one line: whitespace and line breaks in the answer become single spaces', () => {
    const parts = starParts('I rewrote it.\tWithin\ta\u000bquarter it fell.');
    expect(parts.find((p) => p.part === 'result')?.cues).toEqual(['within a quarter']);
  });
});
