// The cheap scans before parsing: depth is refused by a count, never left to where the parser's
// stack runs out (that depends on the thread and the JIT, and a file's report must not).
import { describe, expect, it } from 'vitest';
import { preflight } from '../../src/core/load/preflight.js';

/** `depth` nested block mappings, one space more per level. */
const nestedMaps = (depth: number) =>
  `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n`;
/** `depth` nested sequences on one line: "- - - … x". */
const compactSeqs = (depth: number) => `${'- '.repeat(depth)}x\n`;
const blockScalar = (indent: number) =>
  `title: T\nquestions:\n  - id: a\n    prompt: |\n${' '.repeat(indent)}code\n`;

describe('preflight: block nesting', () => {
  it.each([
    ['200 nested maps', nestedMaps(200), undefined],
    ['302 nested maps', nestedMaps(302), { line: 302, column: 302 }],
    ['150 sequences on one line', compactSeqs(150), undefined],
    ['151 sequences on one line', compactSeqs(151), { line: 1, column: 303 }],
    ['a block scalar line indented 120 columns', blockScalar(120), undefined],
    ['a block scalar line indented 400 columns', blockScalar(400), { line: 5, column: 401 }],
  ])('%s', (_, text, refused) => {
    const r = preflight(text);
    if (!refused) return expect(r).toBeUndefined();
    expect(r).toMatchObject({ rule: 'yaml-syntax', span: refused });
    expect(r?.message).toMatch(/nested too deeply.*limit of 300; flatten the file/);
  });

  it('files rehearse writes keep answers indented however they were typed', () => {
    expect(preflight(blockScalar(400), 100_000, false)).toBeUndefined();
  });
});
