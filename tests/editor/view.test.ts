import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LayoutCache } from '../../src/ui/editor/layout.js';
import { fromText, type TextBuffer } from '../../src/ui/editor/text-buffer.js';
import {
  type FrameInput,
  renderFrame,
  screenRows,
  scrollTop,
  textWidth,
} from '../../src/ui/editor/view.js';
import { parse } from './caret.js';

function frame(buffer: TextBuffer, extra: Partial<FrameInput> = {}) {
  const columns = extra.columns ?? 40;
  return renderFrame({
    buffer,
    layout: new LayoutCache().layout(buffer.lines, textWidth(columns)),
    header: 'Q',
    headerRows: 1,
    status: 'Answer 1:00 left',
    hints: 'hints',
    columns,
    rows: 12,
    top: 0,
    dim: (text) => `<${text}>`,
    ...extra,
  });
}

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n');

describe('scrollTop: scrolls only as far as needed to show the cursor', () => {
  it.each([
    [0, 3, 5, 20, 0],
    [0, 7, 5, 20, 3],
    [10, 12, 5, 20, 10],
    [10, 4, 5, 20, 4],
    [18, 19, 5, 20, 15], // clamped so the window stays full
    [4, 2, 5, 3, 0],
  ] as const)('previous %i, cursor row %i, height %i, %i rows → %i', (prev, row, h, total, top) => {
    expect(scrollTop(prev, row, h, total)).toBe(top);
  });
});

describe('renderFrame', () => {
  it('lays out header, text, status with word count, hints', () => {
    const { screen, textRows } = frame(parse('two words|'));
    expect(screen).toBe(
      'Q\n\ntwo words\u001b[7m \u001b[27m\n\nAnswer 1:00 left<  │  ><2 words>\nhints',
    );
    // 12 rows - 1 spare - (1 header + 2 indicator lines + 1 status + 1 hints) = 6
    expect(textRows).toBe(6);
  });

  it('shows the window around the cursor and counts the hidden rows', () => {
    const end = frame(fromText(lines(30)));
    expect(end.top).toBe(24);
    expect(end.screen.split('\n').slice(0, 3)).toEqual(['Q', '<↑ 24 more lines>', 'line 25']);
    const middle = frame(
      fromText(lines(30), 'line 1\nline 2\nline 3\nline 4\nline 5\nline 6\nline 7\nli'.length),
    );
    expect(middle.screen).toContain('<↓ 22 more lines>');
    expect(middle.screen).toContain('li\u001b[7mn\u001b[27me 8');
  });

  it('keeps at least five text rows when the header is tall', () => {
    const { textRows, screen } = frame(fromText(lines(30)), { headerRows: 40 });
    expect(textRows).toBe(5);
    expect(screen).toContain('<↑ 25 more lines>');
  });

  it('sanitises the answer but not the trusted header and status', () => {
    const { screen } = frame(fromText('\u001b]0;pwned\u0007 \u009b2J \u202etxt'), {
      header: '\u001b[1mQ\u001b[22m',
    });
    expect(screen.startsWith('\u001b[1mQ\u001b[22m')).toBe(true);
    expect(screen).toContain('␛]0;pwned␇ \\u009b2J \\u202etxt');
    for (const unsafe of ['\u0007', '\u009b', '\u202e'])
      expect(stripVTControlCharacters(screen)).not.toContain(unsafe);
  });

  it('shows a placeholder in an empty answer', () => {
    expect(frame(fromText(''), { placeholder: ' Type…' }).screen).toContain(
      '\u001b[7m \u001b[27m< Type…>',
    );
  });

  it('counts wrapped header and status rows', () => {
    expect(screenRows('\u001b[1mabcdef\u001b[22m\n\nab', 4)).toBe(4);
    expect(screenRows('字字字', 4)).toBe(2);
  });
});
