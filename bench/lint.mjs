// Benchmark: `rehearse lint` against `ajv-cli validate` (same schema, same files, same run) on
// question banks written in the three ways real banks are written (bench/bank.mjs: yaml.stringify
// output, hand-written block scalars + flow lists + comments, js-yaml dump). Each subject runs
// several times, interleaved so that machine load affects all alike; medians of wall time and the
// peak of the child's max RSS are printed, with the ratios the targets (issue #10) are set on:
//   cold `rehearse lint`, mixed 2,000 files             ≤ 1.5× ajv-cli
//   warm `rehearse lint --cache`, nothing changed        ≤ 0.25× ajv-cli
//   slowest writing style (700 files each)               ≤ 1.5× the fastest
//   mixed 20,000 files                                   ≤ 200 MB peak, ≤ 11× the 2,000-file time
// Run: npm run build && node bench/lint.mjs [--runs R] [--no-20000]   (default: 3 runs)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, STYLES } from './bank.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 3 : Number(args[runsAt + 1]);
const big = !args.includes('--no-20000');

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/rehearse.js');
const ajv = path.join(root, 'node_modules/ajv-cli/dist/index.js');
const schema = path.join(root, 'schema/question-file.schema.json');
const work = mkdtempSync(path.join(os.tmpdir(), 'rehearse-bench-lint-'));

function run([cmd, argv]) {
  // /usr/bin/time -f %M prints the peak RSS in KiB on stderr's last line.
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...argv], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rssKiB = Number(r.stderr.trim().split('\n').at(-1));
  if (r.status !== 0)
    throw new Error(`${cmd} ${argv.join(' ')} failed (exit ${r.status}):\n${r.stderr.slice(-500)}`);
  return { ms, mb: rssKiB / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const lint = (dir, ...extra) => [process.execPath, [bin, 'lint', dir, '-f', 'compact', ...extra]];
// --strict=false: the schema carries editor keywords (patternErrorMessage, defaultSnippets) that
// ajv-cli cannot be told about; strictness only affects compiling, not validating.
const ajvCli = (dir) => [
  process.execPath,
  [ajv, 'validate', '--strict=false', '-s', schema, '-d', `${dir}/*.yaml`],
];

/** Runs every subject `runs` times, interleaved; median ms and peak MB per subject. */
function measure(subjects) {
  for (const s of Object.values(subjects)) run(s); // warm the file cache, check they pass
  const samples = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
  for (let i = 0; i < runs; i++)
    for (const [name, s] of Object.entries(subjects)) samples[name].push(run(s));
  return Object.fromEntries(
    Object.entries(samples).map(([k, xs]) => [
      k,
      { ms: median(xs.map((x) => x.ms)), mb: Math.max(...xs.map((x) => x.mb)) },
    ]),
  );
}

const show = (title, results) => {
  console.log(`\n${title}`);
  for (const [name, r] of Object.entries(results))
    console.log(
      `  ${name.padEnd(34)} median ${r.ms.toFixed(0).padStart(6)} ms   peak ${r.mb.toFixed(0).padStart(4)} MB`,
    );
};
const verdict = (ok) => (ok ? 'met' : 'NOT met');

console.log(`node ${process.version}, ${os.availableParallelism()} cores, ${runs} runs each`);
console.log(
  `load average before: ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);

// Mixed 2,000: cold, warm cache, ajv-cli.
const mixed = path.join(work, 'mixed');
generate(mixed, 2000, 'mixed');
const cache = path.join(work, 'cache.json');
run(lint(mixed, '--cache', '--cache-location', cache)); // fills the cache
// The parser's own floor: yaml.parseDocument + toJS of the same files and nothing else
// (bench/yaml-floor.mjs), on one thread and on as many as `lint` uses here.
const threads = Math.min(os.availableParallelism(), 4);
const floor = (n) => [
  process.execPath,
  [path.join(root, 'bench/yaml-floor.mjs'), mixed, String(n)],
];
const m = measure({
  'rehearse lint (cold)': lint(mixed),
  'rehearse lint --concurrency off (cold)': lint(mixed, '--concurrency', 'off'),
  'rehearse lint --cache (warm)': lint(mixed, '--cache', '--cache-location', cache),
  'ajv-cli validate': ajvCli(mixed),
  'yaml parse only, 1 thread': floor(1),
  [`yaml parse only, ${threads} threads`]: floor(threads),
});
show('mixed, 2,000 files', m);
const cold = m['rehearse lint (cold)'].ms / m['ajv-cli validate'].ms;
const warm = m['rehearse lint --cache (warm)'].ms / m['ajv-cli validate'].ms;
console.log(`  cold / ajv-cli: ${cold.toFixed(2)}×  (target ≤ 1.5×: ${verdict(cold <= 1.5)})`);
console.log(`  warm / ajv-cli: ${warm.toFixed(2)}×  (target ≤ 0.25×: ${verdict(warm <= 0.25)})`);
const ajvMs = m['ajv-cli validate'].ms;
console.log(
  `  threads: cold ${(m['rehearse lint --concurrency off (cold)'].ms / m['rehearse lint (cold)'].ms).toFixed(2)}× faster than --concurrency off`,
);
console.log(
  `  the parser alone / ajv-cli: ${(m['yaml parse only, 1 thread'].ms / ajvMs).toFixed(2)}× on 1 thread, ${(m[`yaml parse only, ${threads} threads`].ms / ajvMs).toFixed(2)}× on ${threads}`,
);

// Each style alone, 700 files.
const styleSubjects = {};
for (const style of STYLES) {
  const dir = path.join(work, style);
  generate(dir, 700, style);
  styleSubjects[`rehearse lint, ${style}`] = lint(dir);
  styleSubjects[`ajv-cli, ${style}`] = ajvCli(dir);
}
const s = measure(styleSubjects);
show('each writing style alone, 700 files', s);
const times = STYLES.map((style) => s[`rehearse lint, ${style}`].ms);
const spread = Math.max(...times) / Math.min(...times);
console.log(
  `  slowest / fastest style: ${spread.toFixed(2)}×  (target ≤ 1.5×: ${verdict(spread <= 1.5)})`,
);
for (const style of STYLES)
  console.log(
    `  ${style}: rehearse / ajv-cli ${(s[`rehearse lint, ${style}`].ms / s[`ajv-cli, ${style}`].ms).toFixed(2)}×`,
  );

// Mixed 20,000: scaling and memory.
if (big) {
  const large = path.join(work, 'mixed-20000');
  generate(large, 20000, 'mixed');
  const l = measure({ 'rehearse lint (cold), 20,000': lint(large) });
  show('mixed, 20,000 files', l);
  const r = l['rehearse lint (cold), 20,000'];
  const scale = r.ms / m['rehearse lint (cold)'].ms;
  console.log(
    `  20,000 / 2,000 time: ${scale.toFixed(2)}×  (target ≤ 11×: ${verdict(scale <= 11)}); peak ${r.mb.toFixed(0)} MB (target ≤ 200 MB: ${verdict(r.mb <= 200)})`,
  );
}
console.log(
  `load average after: ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
rmSync(work, { recursive: true, force: true });
