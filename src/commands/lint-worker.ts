// A lint worker thread: takes files from the queue it shares with the main thread (see lintAll
// in lint.ts) and posts back their results with their indexes, in batches so that neither side
// holds them all at once; an empty batch ends the work.
import { parentPort, workerData } from 'node:worker_threads';
import { type FileResult, lintOne } from './lint-files.js';

const BATCH = 250;
const { paths, cwd, counter } = workerData as {
  paths: string[];
  cwd: string;
  counter: Int32Array;
};
let batch: [number, FileResult][] = [];
for (let i = Atomics.add(counter, 0, 1); i < paths.length; i = Atomics.add(counter, 0, 1)) {
  batch.push([i, await lintOne(paths[i] as string, cwd)]);
  if (batch.length === BATCH) {
    parentPort?.postMessage(batch);
    batch = [];
  }
}
if (batch.length) parentPort?.postMessage(batch);
parentPort?.postMessage([]);
