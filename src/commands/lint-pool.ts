// Lints many files on several threads when that pays: parsing YAML is nearly all of a cold run's
// time and files are independent. The main thread lints batches too, so that nothing waits for a
// worker to start, and batches are handed out as threads free up, so that a few large files do
// not leave one thread working alone. Results come back in the order of the paths.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { type FileResult, lintOne } from './lint-files.js';
import type { Batch } from './lint-worker.js';

export type Concurrency = number | 'auto' | 'off';

/** Starting a worker costs about as much as linting 50 files; below about 200 files per thread
 * a thread does not pay for itself. */
const MIN_FILES_PER_THREAD = 200;
/** Beyond four threads, the files' reading and the results' copying stop it scaling. */
const MAX_AUTO_THREADS = 4;
const MAIN_BATCH = 8;
/** A worker's young generation: parsing makes much short-lived garbage, and a smaller young
 * generation measured a little faster and leaner than the default (bench/lint.mjs). */
const YOUNG_MB = 8;
const WORKER_BATCH = 32;

/** How many threads lint `files` files: --concurrency as given, or chosen for the machine. */
export function threadsFor(
  files: number,
  concurrency: Concurrency,
  cores = os.availableParallelism(),
): number {
  if (concurrency === 'off' || files < 2) return 1;
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, files));
  return Math.max(1, Math.min(cores, MAX_AUTO_THREADS, Math.floor(files / MIN_FILES_PER_THREAD)));
}

/** The built worker. From the sources and from dist/ alike this names dist/lib/lint-worker.js,
 * so tests run the worker that ships (the test run builds dist/ first). */
const WORKER_URL = new URL('../../dist/lib/lint-worker.js', import.meta.url);

export async function lintMany(
  paths: readonly string[],
  cwd: string,
  concurrency: Concurrency = 'auto',
): Promise<FileResult[]> {
  const threads = threadsFor(paths.length, concurrency);
  const results: FileResult[] = new Array(paths.length);
  let next = 0;
  const take = (size: number): Batch | null => {
    if (next >= paths.length) return null;
    const start = next;
    next = Math.min(paths.length, next + size);
    return { start, paths: paths.slice(start, next) };
  };
  const workers = Array.from({ length: threads - 1 }, () =>
    runWorker(cwd, () => take(WORKER_BATCH), results),
  );
  for (let batch = take(MAIN_BATCH); batch; batch = take(MAIN_BATCH)) {
    batch.paths.forEach((p, i) => {
      results[batch.start + i] = lintOne(p, cwd);
    });
    // Lets the workers' finished batches in, so they are sent the next ones.
    if (workers.length) await new Promise(setImmediate);
  }
  await Promise.all(workers);
  return results;
}

/** One worker, kept two batches ahead so that it never waits for the main thread to answer. */
function runWorker(cwd: string, take: () => Batch | null, results: FileResult[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, {
      workerData: { cwd },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
    });
    let inFlight = 0;
    const send = () => {
      const batch = take();
      if (batch) {
        inFlight++;
        worker.postMessage(batch);
      } else if (inFlight === 0) worker.postMessage(null);
    };
    worker.on('message', (message: 'ready' | { start: number; results: FileResult[] }) => {
      if (message === 'ready') {
        send();
        send();
        return;
      }
      inFlight--;
      message.results.forEach((r, i) => {
        results[message.start + i] = r;
      });
      send();
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`a lint worker stopped with exit code ${code}`)),
    );
  });
}
