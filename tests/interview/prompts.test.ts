// The interviewer's score prompt and the practice reveal page, driven key by key.
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { scorePrompt } from '../../src/ui/interview/score-prompt.js';
import { revealPage } from '../../src/ui/prompts/reveal-page.js';

describe('scorePrompt', () => {
  it.each([
    ['a digit scores', undefined, ['3'], 3],
    ['a digit replaces an earlier score', 2, ['4'], 4],
    ['Enter with no earlier score leaves it unscored', undefined, ['enter'], undefined],
    ['Enter keeps the earlier score', 3, ['enter'], 3],
    ['Backspace then y clears it', 3, ['backspace', 'y'], undefined],
    [
      'Backspace then another key keeps asking; Enter then keeps it',
      3,
      ['backspace', 'n', 'enter'],
      3,
    ],
    ['a digit off the scale is refused', undefined, ['9', '2'], 2],
  ] as const)('%s', async (_, current, keys, expected) => {
    const { answer, events } = await render(scorePrompt, {
      message: 'Depth',
      min: 1,
      max: 4,
      ...(current === undefined ? {} : { current }),
    });
    for (const key of keys) events.keypress(key);
    await expect(answer).resolves.toBe(expected);
  });

  it('says what Enter and Backspace do when there is an earlier score, and confirms a clear', async () => {
    const { getScreen, events, answer } = await render(scorePrompt, {
      message: 'Depth',
      min: 1,
      max: 4,
      current: 3,
    });
    expect(getScreen()).toContain('was 3: 1–4 to change, Enter keeps it, Backspace clears it');
    events.keypress('backspace');
    expect(getScreen()).toContain('Clear the score of 3?');
    events.keypress('y');
    await expect(answer).resolves.toBeUndefined();
  });
});

describe('revealPage (not full screen: everything printed, prompt last)', () => {
  const config = {
    heading: () => 'Question 1 of 2  ·  a',
    body: () => 'Your answer\nExample answer',
    message: 'How did you do? Rate yourself',
    askRating: true,
  };

  it.each([
    ['a digit rates', false, ['4'], { rating: 4 }],
    ['Enter skips the rating', false, ['enter'], {}],
    ['t tries again when offered', true, ['t'], { retry: true }],
    ['t is refused when not offered', false, ['t', '2'], { rating: 2 }],
  ] as const)('%s', async (_, retry, keys, expected) => {
    const { answer, events } = await render(revealPage, { ...config, retry });
    for (const key of keys) events.keypress(key);
    await expect(answer).resolves.toEqual(expected);
  });

  it('names the question above the comparison and offers try again', async () => {
    const { getScreen, events, answer } = await render(revealPage, { ...config, retry: true });
    const screen = getScreen();
    expect(screen.indexOf('Question 1 of 2')).toBeLessThan(screen.indexOf('Your answer'));
    expect(screen).toContain('(1–5, Enter to skip, t to try again)');
    events.keypress('enter');
    await expect(answer).resolves.toEqual({});
  });
});
