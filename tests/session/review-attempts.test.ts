// "Try again" keeps the earlier answers; review and the reports show them, oldest first, with
// their rating, time and coverage measured as the latest answer's is.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { reviewQuestion, reviewSession } from '../../src/core/review/review.js';
import type { QuestionRecord } from '../../src/core/session/record.js';
import { renderReview } from '../../src/ui/render/review-view.js';
import { TEST_SETTINGS } from '../helpers/sessions.js';

const question = (attempts?: QuestionRecord['attempts']): QuestionRecord => ({
  id: 'input-validation',
  status: 'answered',
  prompt: 'How do you stop malformed input reaching a device?',
  answer: 'We validate every input at the boundary and fuzz the parser.',
  example_answer: 'Validate every input at the boundary and fuzz the parser.',
  key_points: ['input validation at the boundary', 'fuzz the parser'],
  self_rating: 4,
  mode: 'typed',
  prep_limit_seconds: 30,
  time_limit_seconds: 120,
  source: { file: 'pack.yaml', line: 1 },
  ...(attempts ? { attempts } : {}),
});

describe('earlier attempts in a review', () => {
  it.each([
    ['no attempts', undefined, undefined],
    [
      'one weak attempt',
      [{ answer: 'We fuzz the parser.', self_rating: 2, answer_seconds: 40 }],
      [{ selfRating: 2, answerSeconds: 40, covered: 1, timedOut: false }],
    ],
    [
      'two, oldest first, one timed out and unrated',
      [
        { answer: 'Not sure.', answer_seconds: 120, timed_out: true },
        { answer: 'Validate input at the boundary.', self_rating: 3 },
      ],
      [
        { selfRating: undefined, answerSeconds: 120, covered: 0, timedOut: true },
        { selfRating: 3, answerSeconds: undefined, covered: 1, timedOut: false },
      ],
    ],
  ])('%s', (_, attempts, expected) => {
    const r = reviewQuestion(question(attempts));
    if (!expected) return expect(r.attempts).toBeUndefined();
    expect(
      r.attempts?.map((a) => ({
        selfRating: a.selfRating,
        answerSeconds: a.answerSeconds,
        covered: a.coverage.covered,
        timedOut: a.timedOut,
      })),
    ).toEqual(expected);
  });

  it('the terminal review lists them after the latest answer, escapes shown harmlessly', () => {
    const review = reviewSession({
      version: 1,
      id: 's',
      tool: 'rehearse test',
      status: 'finished',
      started_at: '2026-11-30T10:00:00.000Z',
      elapsed_seconds: 60,
      settings: TEST_SETTINGS,
      sources: [],
      questions: [question([{ answer: 'First try \u001b]0;pwned\u0007 here.', self_rating: 2 }])],
    });
    const text = renderReview(review, 80, new Chalk({ level: 0 }));
    const at = text.indexOf('Earlier attempts (1), before the answer above:');
    expect(at).toBeGreaterThan(text.indexOf('Your answer'));
    expect(text.slice(at)).toContain('1  2/5 · 0 of 2 key points seem covered');
    expect(text.slice(at)).toContain('First try ␛]0;pwned␇ here.');
    expect(text).not.toContain('\u001b');
  });
});
