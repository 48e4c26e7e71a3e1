// Properties of key-point coverage over generated answers and points.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverKeyPoints } from '../../src/core/compare/coverage.js';

const WORDS = [
  'firmware',
  'signed',
  'boot',
  'keys',
  'rotation',
  'patient',
  'harm',
  'SBOM',
  'software',
  'bill',
  'materials',
  'threat',
  'model',
  'fuzzing',
  'parser',
  'audit',
  'logging',
  'the',
  'and',
  'of',
  'we',
  'I',
  'validated',
  'inputs',
  'second',
  'factor',
  'MFA',
  'CVE',
  'vendor',
  'release',
];
const SEPARATORS = [' ', ', ', '. ', '\n', ' - ', '; ', ' (', ') '];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const point = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
  .map((w) => w.join(' '));

describe('coverKeyPoints properties', () => {
  it('never fails on any text, and every span marks a real word of the answer or the point', () => {
    let reached = 0;
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), fc.oneof(point, fc.string()), (answer, p) => {
        const [c] = coverKeyPoints(answer, [p]);
        expect(c).toBeDefined();
        if (!c) return;
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
        for (const [start, end] of c.answerSpans) {
          expect(answer.slice(start, end)).toMatch(/^[\p{L}\p{N}]/u);
          reached++;
        }
        for (const [start, end] of c.pointSpans)
          expect(p.slice(start, end)).toMatch(/^[\p{L}\p{N}]/u);
      }),
      { numRuns: 1500 },
    );
    console.log(`coverage spans: ${reached} answer spans checked`);
    expect(reached).toBeGreaterThan(100);
  });

  it('a point said in full, in a sentence of its own, is covered', () => {
    let reached = 0;
    fc.assert(
      fc.property(text, point, (before, p) => {
        const [c] = coverKeyPoints(`${before}.\nWe did this: ${p}.`, [p]);
        if (c?.matched.length === 0 && c.missingWords.length === 0) return; // only stop words
        reached++;
        expect(c?.state).toBe('covered');
      }),
      { numRuns: 1500 },
    );
    console.log(`said in full: ${reached} of 1500 generated points had content words`);
    expect(reached).toBeGreaterThan(500);
  });
});
