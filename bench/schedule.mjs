// Benchmark: `rehearse due` and `rehearse plan` over N generated sessions (default 1,000, the
// same files as bench/history.mjs: 10 questions each, ~35 KB a file) and a pack of BANK
// questions (default 34, the size of the bundled bank; 10 of them with that history), several
// runs each, interleaved with the baseline
// `rehearse history` on the same data so machine load affects all alike.
// Target (issue #11): due and plan each under 1 s.
// Run: npm run build && node bench/schedule.mjs [sessions] [runs] [bank]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { keyPoints, prompt, text, writeSessions } from './lib/sessions.mjs';

const count = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 5);
const bank = Number(process.argv[4] ?? 34);
const bin = fileURLToPath(new URL('../bin/rehearse.js', import.meta.url));
const home = mkdtempSync(path.join(os.tmpdir(), 'rehearse-bench-schedule-'));
writeSessions(path.join(home, 'sessions'), count);

const pack = path.join(home, 'pack.yaml');
writeFileSync(
  pack,
  stringify({
    title: 'Benchmark pack',
    questions: Array.from({ length: bank }, (_, q) => ({
      id: `question-${q}`,
      tags: [`tag-${q % 4}`, 'common'],
      prompt: prompt(q),
      example_answer: text(150, q),
      key_points: keyPoints(q),
    })),
  }),
);
const interview = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

const cpuFile = path.join(home, 'cpu.txt');
const env = { ...process.env, REHEARSE_HOME: home, NO_COLOR: '1', REHEARSE_BENCH_CPU: cpuFile };
const preload = new URL('./lib/cpu-report.mjs', import.meta.url).href;
/** Wall time of one run, and its CPU time as the process itself reported it. */
const time = (args) => {
  writeFileSync(cpuFile, '');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', preload, bin, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  return { wall, cpu: Number(readFileSync(cpuFile, 'utf8').trim()) };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const commands = {
  'history (baseline)': ['history'],
  due: ['due', pack],
  'due --json': ['due', pack, '--json'],
  plan: ['plan', pack, '--interview', interview],
  'plan --json': ['plan', pack, '--json'],
};
const results = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i < runs; i++)
  for (const [name, args] of Object.entries(commands)) results[name].push(time(args));

const med = (name, key) => median(results[name].map((x) => x[key]));
const ratio = (v, key) => `${(v / med('history (baseline)', key)).toFixed(2)}×`;
console.log(`${count} sessions × 10 questions, a pack of ${bank} questions, ${runs} runs each`);
console.log(`${''.padEnd(20)}  wall median          CPU median (user+sys)`);
for (const name of Object.keys(results)) {
  const [wall, cpu] = [med(name, 'wall'), med(name, 'cpu')];
  console.log(
    `${name.padEnd(20)} ${wall.toFixed(0).padStart(6)} ms ${ratio(wall, 'wall').padStart(6)}   ${cpu.toFixed(0).padStart(6)} ms ${ratio(cpu, 'cpu').padStart(6)} history`,
  );
}
const worst = (key) =>
  Math.max(...['due', 'due --json', 'plan', 'plan --json'].map((k) => med(k, key)));
console.log(
  `slowest median of due and plan: ${worst('wall').toFixed(0)} ms wall, ${worst('cpu').toFixed(0)} ms CPU; target < 1000 ms`,
);
rmSync(home, { recursive: true, force: true });
