// A lint worker thread: lints its share of the files and posts back only their results.
import { parentPort, workerData } from 'node:worker_threads';
import { type FileResult, lintOne } from './lint-files.js';

const { paths, cwd } = workerData as { paths: string[]; cwd: string };
const results: FileResult[] = [];
for (const p of paths) results.push(await lintOne(p, cwd));
parentPort?.postMessage(results);
