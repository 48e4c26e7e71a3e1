// Benchmark: `rehearse history` and `rehearse stats` over N generated sessions (default 1,000,
// 10 questions of ~200-word answers each, about 35 KB a file), several runs each:
//   - as rehearse writes them (a self-checking digest on the first line: the normal case);
//   - without that line (files from older versions, or edited by hand: a full YAML parse each).
// Target (issue #5): under 1 s. Baseline in the same run: `node -e 0` start-up.
// Run: npm run build && node bench/history.mjs [sessions] [runs]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSessions } from './lib/sessions.mjs';

const count = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 5);
const bin = fileURLToPath(new URL('../bin/rehearse.js', import.meta.url));
const home = mkdtempSync(path.join(os.tmpdir(), 'rehearse-bench-history-'));
const dir = path.join(home, 'sessions');
writeSessions(dir, count);

const env = { ...process.env, REHEARSE_HOME: home, NO_COLOR: '1' };
const time = (args) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// The same files without their digest line, as an older version or a hand edit leaves them.
const { readdirSync, readFileSync } = await import('node:fs');
const plainHome = mkdtempSync(path.join(os.tmpdir(), 'rehearse-bench-history-plain-'));
mkdirSync(path.join(plainHome, 'sessions'));
for (const name of readdirSync(dir)) {
  const text = readFileSync(path.join(dir, name), 'utf8');
  writeFileSync(path.join(plainHome, 'sessions', name), text.slice(text.indexOf('\n') + 1));
}
const timeIn = (h, args) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    env: { ...env, REHEARSE_HOME: h },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};

const results = {
  'node -e 0': [],
  history: [],
  stats: [],
  'history (no digest)': [],
  'stats (no digest)': [],
};
for (let i = 0; i < runs; i++) {
  results['node -e 0'].push(time(['-e', '0']));
  for (const cmd of ['history', 'stats']) {
    results[cmd].push(timeIn(home, [bin, cmd]));
    results[`${cmd} (no digest)`].push(timeIn(plainHome, [bin, cmd]));
  }
}
console.log(`${count} sessions × 10 questions, ${runs} runs each`);
for (const [name, xs] of Object.entries(results))
  console.log(
    `${name.padEnd(20)} median ${median(xs).toFixed(0).padStart(5)} ms  (min ${Math.min(...xs).toFixed(0)})`,
  );
const worst = Math.max(median(results.history), median(results.stats));
console.log(
  `slowest median (files as rehearse writes them): ${worst.toFixed(0)} ms; target < 1000 ms`,
);
for (const h of [home, plainHome]) rmSync(h, { recursive: true, force: true });
