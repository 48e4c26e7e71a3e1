// Coverage of points an answer denies, and of numbers written as words.
import { describe, expect, it } from 'vitest';
import { coverKeyPoints } from '../../src/core/compare/coverage.js';

const stateOf = (answer: string, point: string) => coverKeyPoints(answer, [point])[0]?.state;

describe('coverKeyPoints: what the answer denies does not cover a point', () => {
  it.each([
    ['We did not use MFA for clinicians.', 'MFA for clinicians', 'missing'],
    [
      "We didn't draw a data flow diagram or trust boundaries.",
      'data flow diagram with trust boundaries',
      'missing',
    ],
    [
      'Nobody turned the threats into requirements or tests.',
      'threats become requirements and tests',
      'missing',
    ],
    ['We never rated threats by patient harm.', 'threats rated by patient harm', 'missing'],
    // The denial ends with its clause: what follows a comma or "but" is said.
    [
      'We never skipped reviews, we rated threats by patient harm.',
      'threats rated by patient harm',
      'covered',
    ],
    [
      "We didn't wait, but rated threats by patient harm at once.",
      'threats rated by patient harm',
      'covered',
    ],
    // ... and with a new clause that has its own subject.
    [
      'There was no budget and we rated threats by patient harm anyway.',
      'threats rated by patient harm',
      'covered',
    ],
    // Denying a verb like "leave" affirms the rest: the keys stay in the HSM.
    ['Signing keys never leave the HSM.', 'signing keys kept in an HSM', 'covered'],
    // "Not only" does not deny.
    ['We used not only MFA for clinicians but also audit logs.', 'MFA for clinicians', 'covered'],
    // A denied point is made by a denial: "nothing shared across the fleet".
    [
      'A key from one unit opens nothing else in the fleet; no fleet-wide secret.',
      'no fleet-wide secret',
      'covered',
    ],
    ['We put one fleet-wide secret in every unit.', 'no fleet-wide secret', 'missing'],
    // A phrasing that says "not" itself is not a denial ("not affected" is a VEX status).
    ['The VEX says not affected, with the reason.', 'VEX states exploitability status', 'covered'],
  ])('%j → %j: %s', (answer, point, state) => expect(stateOf(answer, point)).toBe(state));
});

describe('coverKeyPoints: numbers in words and in digits are the same', () => {
  it.each([
    ['Support lasts ten years after release.', 'support for 10 years', 'covered'],
    ['We answered within 24 hours, and met the two-week deadline.', 'two week deadline', 'covered'],
    ['They asked for ninety days.', '90 days', 'covered'],
    ['They asked for thirty days.', '90 days', 'partly'],
  ])('%j → %j: %s', (answer, point, state) => expect(stateOf(answer, point)).toBe(state));
});
