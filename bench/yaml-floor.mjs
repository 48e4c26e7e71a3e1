// The least a cold `rehearse lint` can cost with `yaml` as its one parser: read and parse every
// file with yaml.parseDocument (positions kept) and toJS, on T threads, and nothing else: no
// validation, no checks, no report. bench/lint.mjs spawns it beside ajv-cli to show how much of
// the cold target the parser alone takes.
// Run: node bench/yaml-floor.mjs <dir> [threads]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { LineCounter, parseDocument } from 'yaml';

const parseAll = (files) => {
  let nodes = 0;
  for (const file of files) {
    const doc = parseDocument(readFileSync(file, 'utf8'), {
      lineCounter: new LineCounter(),
      prettyErrors: false,
      uniqueKeys: false,
      logLevel: 'error',
    });
    if (doc.toJS({ maxAliasCount: 100 })) nodes++;
  }
  return nodes;
};

if (isMainThread) {
  const [dir, threadsArg = '1'] = process.argv.slice(2);
  const threads = Number(threadsArg);
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f));
  // The main thread parses its share too, as lint's does.
  const share = (i) => files.filter((_, j) => j % threads === i);
  const workers = Array.from(
    { length: threads - 1 },
    (_, i) =>
      new Promise((resolve, reject) => {
        const w = new Worker(new URL(import.meta.url), { workerData: share(i + 1) });
        w.on('message', resolve);
        w.on('error', reject);
      }),
  );
  const parsed = parseAll(share(0)) + (await Promise.all(workers)).reduce((a, b) => a + b, 0);
  if (parsed !== files.length) throw new Error(`parsed ${parsed} of ${files.length} files`);
} else parentPort.postMessage(parseAll(workerData));
