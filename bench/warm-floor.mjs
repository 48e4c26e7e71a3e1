// The least a warm `rehearse lint --cache` can cost: start Node, list the directory, stat every
// file, parse the cache and index every question's id and prompt fingerprint, and nothing else
// (no argument parsing, no report). bench/lint.mjs runs it beside ajv-cli to show how much of
// the warm target this bare work takes.
// Run: node bench/warm-floor.mjs <dir> <cache.json>
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const [dir, cacheFile] = process.argv.slice(2);
const { files } = JSON.parse(readFileSync(cacheFile, 'utf8'));
const ids = new Map();
const prompts = new Map();
let hits = 0;
for (const name of readdirSync(dir).sort()) {
  const file = path.join(dir, name);
  const info = statSync(file);
  const entry = files[file];
  if (entry?.key !== `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}:${info.dev}`)
    continue;
  hits++;
  for (const q of entry.result.q ?? []) {
    ids.set(q[5], q);
    prompts.set(q[6], q);
  }
}
if (hits === 0)
  throw new Error('no file matched the cache: run lint --cache on this directory first');
