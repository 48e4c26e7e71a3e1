import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitColumns, renderTable } from '../../src/ui/table.js';

describe('fitColumns: the widest column gives way first', () => {
  it.each([
    [[10, 20, 5], 100, [10, 20, 5]],
    [[10, 20, 5], 35, [10, 16, 5]],
    [[10, 20, 5], 29, [10, 10, 5]],
    [[10, 20, 5], 27, [9, 9, 5]],
    [[30, 30], 40, [19, 19]],
    // Nothing shrinks below six cells: the row stays too wide rather than unreadable.
    [[8, 8, 8], 10, [6, 6, 6]],
  ])('%j in %i cells → %j', (natural, width, expected) => {
    expect(fitColumns(natural, width)).toEqual(expected);
  });
});

describe('renderTable', () => {
  const rows = [
    ['secure-boot-chain-of-trust', 'technical', 'hard', 'secure-boot, firmware, hardware'],
    ['sbom', 'technical', 'easy', 'sbom'],
  ];

  it('fits every row into the terminal width, cutting the widest cell with an ellipsis', () => {
    const out = renderTable(['ID', 'KIND', 'DIFFICULTY', 'TAGS'], rows, { width: 50 });
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(stringWidth(line)).toBeLessThan(50);
    expect(out).toContain('…');
    expect(lines[1]).toMatch(/^secure-\S*…/);
  });

  it('prints full rows when the width is unlimited (not a terminal)', () => {
    const out = renderTable(['ID', 'KIND', 'DIFFICULTY', 'TAGS'], rows, {
      width: Number.POSITIVE_INFINITY,
    });
    expect(out).toContain('secure-boot-chain-of-trust');
    expect(out).toContain('secure-boot, firmware, hardware');
    expect(out).not.toContain('…');
  });
});
