// Benchmark: key-point coverage against a careful reader's labels (tests/fixtures/coverage/
// labelled.yaml: 133 answers written for this purpose, 722 labelled key points; from held-out-2 on
// the parts use the bundled packs' key points with their `also` phrasings). Prints precision,
// recall and F1 of `covered`, in the same run, for the matcher used before issue #13
// (bench/lib/old-coverage.mjs), for the matcher in src/ without related words (`words only`) and
// with the shipped word vectors (`now`), on each part of the set and all of it.
// Target (issue #13): F1 ≥ 0.8 with precision ≥ 0.85. `--misses` lists every disagreement.
// Run: node bench/coverage.mjs [--parts tune,tune-2] [--misses]
import { readFileSync } from 'node:fs';
import { importSrc } from './lib/import-src.mjs';
import { oldCovered } from './lib/old-coverage.mjs';

const { coverKeyPoints } = await importSrc('src/core/compare/coverage.ts');
const { readLabelledSet, scoreMatcher } = await importSrc('bench/lib/coverage-set.ts');
const { wordRelatedness } = await importSrc('src/store/word-vectors.ts');
const related = wordRelatedness();

const set = readLabelledSet(
  readFileSync(new URL('../tests/fixtures/coverage/labelled.yaml', import.meta.url), 'utf8'),
);
const matchers = {
  // The old matcher knew nothing of `also` phrasings: it sees the point's text only.
  'before #13': (answer, point) =>
    oldCovered(answer, typeof point === 'string' ? point : point.point),
  'words only': (answer, point, prompt) => coverKeyPoints(answer, [point], prompt)[0].covered,
  now: (answer, point, prompt) => coverKeyPoints(answer, [point], prompt, { related })[0].covered,
};
// Every part of the set in the order it appears, then all of it. `--parts tune,tune-2` prints only
// those parts (tuning looks at the tuning parts alone; see docs/review.md).
const only = process.argv.includes('--parts')
  ? process.argv[process.argv.indexOf('--parts') + 1]?.split(',')
  : undefined;
const splits = [...new Set(set.map((a) => a.split))];
const parts = Object.fromEntries([
  ...splits.map((split) => [split, set.filter((a) => a.split === split)]),
  ['all', set],
]);
for (const name of Object.keys(parts)) if (only && !only.includes(name)) delete parts[name];
const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
console.log('part        matcher     labels  precision  recall      F1   (tp fp fn)');
for (const [part, answers] of Object.entries(parts))
  for (const [name, covered] of Object.entries(matchers)) {
    const s = scoreMatcher(answers, covered);
    console.log(
      `${part.padEnd(11)} ${name.padEnd(11)} ${String(s.labels).padStart(6)}  ${pct(s.precision)}   ${pct(s.recall)} ${pct(s.f1)}   (${s.tp} ${s.fp} ${s.fn})`,
    );
  }
if (process.argv.includes('--misses'))
  for (const a of set.filter((a) => !only || only.includes(a.split)))
    for (const k of a.key_points) {
      const point = k.also ? { point: k.point, also: k.also } : k.point;
      const c = coverKeyPoints(a.answer, [point], a.prompt, { related })[0];
      if (c.covered !== (k.human === 'covered'))
        console.log(
          `${a.split} ${a.question}: "${k.point}" human=${k.human} matcher=${c.state} [${c.answerWords.join(', ')}] missing [${c.missingWords.join(', ')}]`,
        );
    }
