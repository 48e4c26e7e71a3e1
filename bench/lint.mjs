// Benchmark: `rehearse lint` against `ajv-cli validate` on the same N generated question files
// (5 questions each, in the bundled packs' style), in the same run, several runs each; median
// wall time and peak memory (the child's max RSS), and the ratios.
// Targets (issue #3): N=2,000 ≤ 1.0× ajv-cli's time; N=20,000 ≤ 11× N=2,000; ≤ 200 MB at 20,000.
// Run: npm run build && node bench/lint.mjs [N …] [--runs R]   (default: 2000 20000, 3 runs)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 3 : Number(args[runsAt + 1]);
const sizes = args
  .filter((a, i) => /^\d+$/.test(a) && (runsAt === -1 || i !== runsAt + 1))
  .map(Number);
if (sizes.length === 0) sizes.push(2000, 20000);

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/rehearse.js');
const ajv = path.join(root, 'node_modules/ajv-cli/dist/index.js');
const schema = path.join(root, 'schema/question-file.schema.json');

const words =
  'we validated every input at the boundary threat model firmware signed update patient safety risk sbom components monitored vulnerability disclosure team clinical harm encryption transit rest keys rotated'.split(
    ' ',
  );
const text = (n, seed) =>
  Array.from({ length: n }, (_, i) => words[(i * 7 + seed * 3) % words.length]).join(' ');

function generate(dir, n) {
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f < n; f++) {
    let yaml = `# yaml-language-server: $schema=../schema/question-file.schema.json\ntitle: Generated pack ${f}\nrole: Product Security Engineer\ndefaults:\n  prep_time: 30s\n  answer_time: 3m\nquestions:\n`;
    for (let q = 0; q < 5; q++) {
      const id = `pack-${f}-question-${q}`;
      yaml += `  - id: ${id}\n    kind: technical\n    difficulty: medium\n    tags: [threat-modelling, firmware]\n    answer_time: 4m\n    prompt: |\n      ${text(25, f + q)} (${f}.${q})?\n    example_answer: |\n      ${text(90, f * 5 + q)}\n      ${text(60, q)}\n    key_points:\n      - ${text(4, q)}\n      - ${text(4, q + 1)}\n      - ${text(3, q + 2)}\n    follow_ups:\n      - ${text(9, q)}?\n    interviewer:\n      look_for: [${text(5, q)}]\n      red_flags: [${text(4, q + 3)}]\n`;
    }
    writeFileSync(path.join(dir, `pack-${String(f).padStart(5, '0')}.yaml`), yaml);
  }
}

function run(cmd, argv) {
  // /usr/bin/time -f %M prints the peak RSS in KiB on stderr's last line.
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...argv], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rssKiB = Number(r.stderr.trim().split('\n').at(-1));
  return { ms, mb: rssKiB / 1024, status: r.status, out: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const n of sizes) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `rehearse-bench-lint-${n}-`));
  generate(path.join(dir, 'q'), n);
  const subjects = {
    'rehearse lint': [process.execPath, [bin, 'lint', path.join(dir, 'q'), '--format', 'compact']],
    'ajv-cli validate': [
      process.execPath,
      // --strict=false: the schema carries editor keywords (patternErrorMessage, defaultSnippets)
      // that ajv-cli cannot be told about; strictness only affects compiling, not validating.
      [ajv, 'validate', '--strict=false', '-s', schema, '-d', `${path.join(dir, 'q')}/*.yaml`],
    ],
  };
  for (const [name, [cmd, argv]] of Object.entries(subjects)) {
    const check = run(cmd, argv);
    if (check.status !== 0)
      throw new Error(
        `${name} failed on N=${n} (exit ${check.status}):\n${check.out.slice(0, 500)}`,
      );
  }
  const samples = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
  for (let i = 0; i < runs; i++)
    for (const [name, [cmd, argv]] of Object.entries(subjects)) samples[name].push(run(cmd, argv));
  results[n] = Object.fromEntries(
    Object.entries(samples).map(([k, xs]) => [
      k,
      { ms: median(xs.map((x) => x.ms)), mb: Math.max(...xs.map((x) => x.mb)) },
    ]),
  );
  for (const [name, r] of Object.entries(results[n]))
    console.log(
      `N=${String(n).padEnd(6)} ${name.padEnd(18)} median ${r.ms.toFixed(0).padStart(6)} ms   peak ${r.mb.toFixed(0).padStart(4)} MB`,
    );
  console.log(
    `N=${String(n).padEnd(6)} ratio rehearse/ajv-cli: ${(results[n]['rehearse lint'].ms / results[n]['ajv-cli validate'].ms).toFixed(2)}×  (target ≤ 1.00×)`,
  );
  rmSync(dir, { recursive: true, force: true });
}
if (results[2000] && results[20000]) {
  const scale = results[20000]['rehearse lint'].ms / results[2000]['rehearse lint'].ms;
  console.log(
    `scaling N=20,000 / N=2,000: ${scale.toFixed(2)}×  (target ≤ 11×); peak at N=20,000: ${results[20000]['rehearse lint'].mb.toFixed(0)} MB (target ≤ 200 MB)`,
  );
}
