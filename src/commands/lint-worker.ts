// A lint worker thread (lint-pool.ts): lints the batches of files it is sent, one at a time, and
// sends back each file's result with its place in the list. Says "ready" once its modules are
// loaded, so no batch waits on a thread that is still starting.
import { parentPort, workerData } from 'node:worker_threads';
import { lintOne } from './lint-files.js';

export interface Batch {
  start: number;
  paths: string[];
}

const port = parentPort;
if (port) {
  const { cwd } = workerData as { cwd: string };
  port.on('message', (batch: Batch | null) => {
    if (batch === null) {
      port.close();
      return;
    }
    port.postMessage({ start: batch.start, results: batch.paths.map((p) => lintOne(p, cwd)) });
  });
  port.postMessage('ready');
}
