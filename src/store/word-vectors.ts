// Word vectors for key-point coverage (data/word-vectors.bin.gz, built by
// scripts/build-word-vectors.mjs: 50,000 frequent English words, 100 signed bytes each). Read on
// the first comparison and kept, so commands that never compare answers never pay for them
// (about 0.1 s and 5 MB of memory when they do).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Relatedness } from '../core/compare/coverage.js';

const FILE = new URL('../../data/word-vectors.bin.gz', import.meta.url);
const DIMENSIONS = 100;

interface Table {
  index: Map<string, number>;
  vectors: Int8Array;
}

function load(file: URL | string): Table | null {
  let bytes: Buffer;
  try {
    bytes = gunzipSync(readFileSync(file));
  } catch {
    // Without the table coverage still matches words, stems and synonyms: a weaker hint, not a failure.
    return null;
  }
  const listLength = bytes.readUInt32LE(0);
  const words = bytes
    .subarray(4, 4 + listLength)
    .toString('utf8')
    .split('\n');
  const start = 4 + listLength;
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset + start, bytes.length - start);
  if (vectors.length !== words.length * DIMENSIONS) return null;
  return { index: new Map(words.map((w, i) => [w, i])), vectors };
}

/** Cosine similarity of two words' vectors; 0 when either word is not in the table. */
export function wordRelatedness(file: URL | string = FILE): Relatedness {
  let table: Table | null | undefined;
  const related: Relatedness = (a, b) => {
    table ??= load(file);
    const i = table?.index.get(a);
    const j = table?.index.get(b);
    if (!table || i === undefined || j === undefined) return 0;
    let dot = 0;
    for (let d = 0; d < DIMENSIONS; d++)
      dot +=
        (table.vectors[i * DIMENSIONS + d] as number) *
        (table.vectors[j * DIMENSIONS + d] as number);
    return dot / (127 * 127);
  };
  // The table lists words by frequency, most frequent first.
  related.rank = (word) => {
    table ??= load(file);
    const i = table?.index.get(word);
    return i === undefined ? undefined : i + 1;
  };
  return related;
}
