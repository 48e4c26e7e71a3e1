import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/questions/content-hash.js';

const base = contentHash('Explain SBOMs.', ['list components', 'track versions']);

describe('contentHash', () => {
  it.each([
    ['the same text', 'Explain SBOMs.', ['list components', 'track versions'], true],
    [
      'a point written as { point }',
      'Explain SBOMs.',
      [{ point: 'list components' }, 'track versions'],
      true,
    ],
    [
      'other phrasings (also) added',
      'Explain SBOMs.',
      [{ point: 'list components', also: ['inventory'] }, 'track versions'],
      true,
    ],
    ['the prompt edited', 'Explain SBOMs briefly.', ['list components', 'track versions'], false],
    ['a key point edited', 'Explain SBOMs.', ['list all components', 'track versions'], false],
    ['a key point removed', 'Explain SBOMs.', ['list components'], false],
    ['points reordered', 'Explain SBOMs.', ['track versions', 'list components'], false],
  ] as const)('%s → same: %s', (_name, prompt, points, same) => {
    expect(contentHash(prompt, points as never) === base).toBe(same);
  });

  it('does not throw on a hand-edited key point list', () => {
    expect(contentHash('p', [null, 3, {}] as never)).toMatch(/^[0-9a-f]{8}$/);
    expect(contentHash('p', 'oops' as never)).toBe(contentHash('p'));
  });
});
