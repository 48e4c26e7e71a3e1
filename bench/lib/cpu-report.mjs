// Preloaded with `node --import` by benchmarks: on exit, appends this process's CPU time (user +
// system, ms) to the file named by REHEARSE_BENCH_CPU. CPU time is far less disturbed than wall
// time when other work shares the machine.
import { appendFileSync } from 'node:fs';

const file = process.env.REHEARSE_BENCH_CPU;
if (file)
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    appendFileSync(file, `${(user + system) / 1000}\n`);
  });
