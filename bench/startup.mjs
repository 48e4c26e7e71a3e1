// Benchmark: `rehearse --help` against bare `node -e 0`, interleaved in the same run.
// Target (issue #2): median ratio ≤ 1.3. Run: npm run build && node bench/startup.mjs [runs]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 40);
const bin = fileURLToPath(new URL('../bin/rehearse.js', import.meta.url));
const subjects = {
  'node -e 0': [process.execPath, ['-e', '0']],
  'rehearse --help': [process.execPath, [bin, '--help']],
};

function time([cmd, args]) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const samples = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
for (const s of Object.values(subjects)) time(s); // warm the file cache
for (let i = 0; i < runs; i++)
  for (const [name, s] of Object.entries(subjects)) samples[name].push(time(s));

const base = median(samples['node -e 0']);
for (const [name, xs] of Object.entries(samples)) {
  console.log(
    `${name.padEnd(16)} median ${median(xs).toFixed(1)} ms  (min ${Math.min(...xs).toFixed(1)}, ${runs} runs)`,
  );
}
const ratio = median(samples['rehearse --help']) / base;
console.log(`ratio rehearse --help / node -e 0: ${ratio.toFixed(2)}× (target ≤ 1.30×)`);
