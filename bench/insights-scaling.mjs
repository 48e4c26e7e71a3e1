// How self-review insights (coverage, terms, hedges, STAR) scale with the answer's length: each
// shape of text at 50 KB (the baseline) and at 200 KB, in the same run. Linear work gives a ratio
// near 4; a ratio far above it means some step is quadratic (as the keyword-list step was: one
// 200 KB answer without a full stop took 60 s).
// Run: node bench/insights-scaling.mjs
import { importSrc } from './lib/import-src.mjs';

const { insightsFor } = await importSrc('src/core/compare/insights.ts');
const { wordRelatedness } = await importSrc('src/store/word-vectors.ts');
const related = wordRelatedness();
related('warm', 'up'); // read the vectors before timing

const shapes = {
  prose:
    'At my previous job we had a flaky build and I decided to bisect it, then we fixed it; six months later it no longer failed. ',
  'one line, no full stop': 'word ',
  'short note lines': 'Short note line\n',
  'keyword list': 'sbom, vex, ',
  semicolons: 'a;',
};
const run = (text) => {
  const start = performance.now();
  insightsFor({
    answer: text,
    exampleAnswer: 'I led the fix and we shipped it.',
    keyPoints: ['led the fix', 'software bill of materials generated in the build'],
    prompt: 'Tell me about a fix.',
    kind: 'behavioral',
    typed: true,
    related,
  });
  return performance.now() - start;
};
const sized = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length));
console.log('shape                      50 KB     200 KB   ratio');
for (const [name, unit] of Object.entries(shapes)) {
  const small = run(sized(unit, 50_000));
  const large = run(sized(unit, 200_000));
  console.log(
    `${name.padEnd(24)} ${small.toFixed(0).padStart(6)} ms ${large.toFixed(0).padStart(7)} ms ${(large / small).toFixed(1).padStart(6)}×`,
  );
}
