// Which questions a session asks, in what order. Pure: the seed decides any shuffle.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { LoadedQuestion } from '../load/parse-file.js';
import { filterQuestions, type QuestionFilter } from '../questions/bank.js';

export interface PlanOptions extends QuestionFilter {
  count?: number;
  shuffle?: boolean;
  seed?: number;
}

/** A stable 32-bit seed from whatever the user typed (`--seed banana` works as well as `--seed 42`). */
export function seedFrom(text: string): number {
  if (/^\d{1,9}$/.test(text)) return Number(text);
  let hash = 0x811c9dc5; // FNV-1a
  for (const char of text) {
    hash ^= char.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const rng = xoroshiro128plus(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Filter, then order (file order, or the order of --ids, or shuffled by seed), then cut to count. */
export function planQuestions(
  all: readonly LoadedQuestion[],
  options: PlanOptions,
): LoadedQuestion[] {
  const kept = filterQuestions(all, options);
  const ordered = options.shuffle ? shuffled(kept, options.seed ?? 0) : kept;
  return options.count === undefined ? ordered : ordered.slice(0, options.count);
}
