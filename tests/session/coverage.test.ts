import { describe, expect, it } from 'vitest';
import { coverageSummary, coverKeyPoints, wordsNeeded } from '../../src/core/compare/coverage.js';

const stateOf = (answer: string, point: string, question = '') =>
  coverKeyPoints(answer, [point], question)[0]?.state;

describe('coverKeyPoints: stemmed, order-free matching', () => {
  it.each([
    ['We validated inputs at every boundary.', 'input validation', 'covered'],
    ['Input validation was redesigned.', 'validated inputs', 'covered'],
    ['We encrypted data at rest and in transit.', 'encryption in transit', 'covered'],
    ['We talked to the team.', 'input validation', 'missing'],
    ['Validation only.', 'input validation', 'partly'],
    [
      'The SBOM lists components; we monitor them for CVEs.',
      'SBOM with vulnerability monitoring of components',
      'covered',
    ],
    ['', 'anything at all', 'missing'],
    ['the and of', 'the and of', 'missing'],
  ])('%j covers %j: %s', (answer, point, state) => expect(stateOf(answer, point)).toBe(state));
});

describe('coverKeyPoints: meaning, closeness and partial credit', () => {
  it.each([
    // Abbreviations and their spelled-out forms, both ways.
    ['We generate a software bill of materials in CI.', 'SBOM generated in the build', 'covered'],
    ['Clinicians use a second factor on the portal.', 'MFA for clinicians', 'covered'],
    ['Every known vulnerability gets a ticket.', 'CVE tracked in tickets', 'covered'],
    ['I did an attack surface analysis of the service port.', 'threat model', 'covered'],
    // Plain-English equivalents.
    ['A missed alarm could hurt a patient.', 'patient harm', 'covered'],
    // Some of the point's content: partly covered.
    ['We sign firmware.', 'signed firmware with anti-rollback and recovery', 'partly'],
    // Words scattered far apart in a long answer do not make the point.
    [
      `Keys matter. ${'We spent weeks on the user interface and the onboarding flow for nurses. '.repeat(4)} Rotation of staff was hard.`,
      'key rotation',
      'partly',
    ],
    // A bare keyword list names topics; it does not make points.
    [
      'Root of trust, chain of trust, hardware, keys, signatures, HSM, rollback, recovery: all buzzwords.',
      'hardware root of trust',
      'missing',
    ],
    ['We keep the hardware root of trust in ROM.', 'hardware root of trust', 'covered'],
  ])('%j → %j: %s', (answer, point, state) => expect(stateOf(answer, point)).toBe(state));

  it('takes the words of the question as given once the answer says something of its own', () => {
    const point = 'admitted the feedback was fair';
    const question = 'Tell me about a time you received critical feedback.';
    expect(stateOf('Honestly, she was right.', point, question)).toBe('covered');
    expect(stateOf('Honestly, she was right.', point)).toBe('partly');
    expect(stateOf('I got feedback.', point, question)).toBe('missing');
  });

  it('reports the words that matched, in the point and in the answer, and where they are', () => {
    const [c] = coverKeyPoints('Validated inputs.', ['input validation, logging and alerting']);
    expect(c).toMatchObject({
      state: 'partly',
      covered: false,
      score: 0.5,
      matched: ['input', 'validation'],
      missingWords: ['logging', 'alerting'],
      answerWords: ['validated', 'inputs'],
      answerSpans: [
        [0, 9],
        [10, 16],
      ],
    });
  });

  it('keeps partly covered points among the missed ones in the session summary', () => {
    const coverage = coverKeyPoints('We sign firmware.', [
      'signed firmware',
      'anti-rollback counter and recovery image',
      'key rotation',
    ]);
    expect(coverageSummary(coverage)).toEqual({
      covered: ['signed firmware'],
      missed: ['anti-rollback counter and recovery image', 'key rotation'],
    });
    const partly = coverKeyPoints('We rotate keys.', ['key rotation, revocation and escrow']);
    expect(coverageSummary(partly)).toEqual({
      covered: [],
      missed: ['key rotation, revocation and escrow'],
      partly: ['key rotation, revocation and escrow'],
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
