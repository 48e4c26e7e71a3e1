import { describe, expect, it } from 'vitest';
import { COVERAGE_FILLERS, SYNONYM_GROUPS } from '../../src/core/compare/synonyms.js';
import { tokenize } from '../../src/core/compare/words.js';

// What coverage matches a phrasing by: its content words' stems (as in units.ts).
const stems = (phrasing: string) =>
  tokenize(phrasing.replaceAll('-', ' '))
    .filter((t) => !t.stop && !COVERAGE_FILLERS.has(t.word))
    .map((t) => t.stem)
    .join(' ');

describe('the synonym list', () => {
  it('gives every phrasing some content words', () => {
    const empty = SYNONYM_GROUPS.flat().filter((p) => stems(p) === '');
    expect(empty).toEqual([]);
  });

  it('never puts one phrasing (after stemming) in two groups', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const group of SYNONYM_GROUPS)
      for (const phrasing of group) {
        const key = stems(phrasing);
        const first = owner.get(key);
        if (first !== undefined && first !== group[0])
          clashes.push(`${phrasing}: ${first} / ${group[0]}`);
        owner.set(key, first ?? (group[0] as string));
      }
    expect(clashes).toEqual([]);
  });
});
