import { describe, expect, it } from 'vitest';
import { coverKeyPoints, wordsNeeded } from '../../src/core/compare/coverage.js';

describe('coverKeyPoints: stemmed, order-free matching', () => {
  it.each([
    ['We validated inputs at every boundary.', 'input validation', true],
    ['Input validation was redesigned.', 'validated inputs', true],
    ['We encrypted data at rest and in transit.', 'encryption in transit', true],
    ['We did threat modelling with STRIDE.', 'threat model the device', true],
    ['We talked to the team.', 'input validation', false],
    ['Validation only.', 'input validation', false],
    [
      'The SBOM lists components; we monitor them for CVEs.',
      'SBOM with vulnerability monitoring of components',
      true,
    ],
    ['', 'anything at all', false],
    ['the and of', 'the and of', false],
  ])('%j covers %j: %s', (answer, point, covered) =>
    expect(coverKeyPoints(answer, [point])[0]?.covered).toBe(covered),
  );

  it('reports matched and missing stems and where they are', () => {
    const [c] = coverKeyPoints('Validated inputs.', ['input validation and logging']);
    expect(c).toMatchObject({
      matched: ['input', 'valid'],
      missing: ['log'],
      answerSpans: [
        [0, 9],
        [10, 16],
      ],
    });
  });

  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 3],
    [6, 4],
  ])('a point of %i words needs %i', (n, need) => expect(wordsNeeded(n)).toBe(need));
});
