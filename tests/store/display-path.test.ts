// Paths in messages: relative to the working directory when the file is inside it, else absolute.
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/store/paths.js';

describe('displayPath', () => {
  it.each([
    // file, cwd → shown
    ['/work/bank/a.yaml', '/work/bank', 'a.yaml'],
    ['/work/bank/packs/a.yaml', '/work/bank', 'packs/a.yaml'],
    ['/work/bank/packs/a.yaml', '/work/bank/', 'packs/a.yaml'],
    ['/work/bankrupt/a.yaml', '/work/bank', '/work/bankrupt/a.yaml'],
    ['/elsewhere/a.yaml', '/work/bank', '/elsewhere/a.yaml'],
    ['/a.yaml', '/', 'a.yaml'],
    ['/work/bank/../other/a.yaml', '/work/bank', '/work/bank/../other/a.yaml'],
    ['/work/bank/x/../a.yaml', '/work/bank', 'a.yaml'],
    ['/work/bank', '/work/bank', '/work/bank'],
    ['/work/bank/..a.yaml', '/work/bank', '..a.yaml'],
  ])('%s from %s → %s', (file, cwd, shown) => expect(displayPath(file, cwd)).toBe(shown));
});
