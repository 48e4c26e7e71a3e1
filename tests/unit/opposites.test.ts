import { describe, expect, it } from 'vitest';
import { coverKeyPoints, RELATED_THRESHOLD } from '../../src/core/compare/coverage.js';
import { areOpposites } from '../../src/core/compare/opposites.js';
import { wordRelatedness } from '../../src/store/word-vectors.js';

describe('areOpposites', () => {
  it.each([
    // Opposing prefixes on one stem.
    ['inbound', 'outbound', true],
    ['upstream', 'downstream', true],
    ['online', 'offline', true],
    ['encrypt', 'decrypt', true],
    ['valid', 'invalid', true],
    ['authorized', 'unauthorized', true],
    ['symmetric', 'asymmetric', true],
    ['import', 'export', true],
    ['preauth', 'postauth', true],
    ['maximum', 'minimum', true],
    // Opposites from the list, in any inflection.
    ['hardware', 'software', true],
    ['approved', 'rejected', true],
    ['rejects', 'accepting', true],
    ['permanent', 'temporary', true],
    ['strong', 'weak', true],
    // Not opposites: near-synonyms, the same word, stems too short to share.
    ['listened', 'heard', false],
    ['patch', 'fix', false],
    ['valid', 'valid', false],
    ['input', 'put', false],
    ['ion', 'on', false],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(areOpposites(a, b)).toBe(expected);
    expect(areOpposites(b, a)).toBe(expected);
  });
});

describe('opposites never stand in for each other', () => {
  const related = wordRelatedness();
  it.each([
    ['We do outbound filtering at the gateway.', 'inbound filtering', 'inbound', 'outbound'],
    ['Logs go downstream.', 'logs upstream', 'upstream', 'downstream'],
    ['Keys are in software.', 'keys in hardware', 'hardware', 'software'],
  ])('%j does not cover %j', (answer, point, pointWord, answerWord) => {
    // The word vectors alone would let one stand in for the other.
    expect(related(pointWord, answerWord)).toBeGreaterThanOrEqual(RELATED_THRESHOLD);
    expect(coverKeyPoints(answer, [point], '', { related })[0]?.covered).toBe(false);
  });
});
