// Runs every benchmark once with its default sizes (npm run bench). Each prints its own figures.
import { spawnSync } from 'node:child_process';

for (const [script, ...args] of [
  ['startup.mjs'],
  ['keystroke.mjs'],
  ['history.mjs'],
  ['schedule.mjs'],
  ['lint.mjs', '2000', '20000'],
  ['coverage.mjs'],
  ['star-callouts.mjs'],
  ['insights-scaling.mjs'],
]) {
  console.log(`\n== bench/${script} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [new URL(script, import.meta.url).pathname, ...args], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
