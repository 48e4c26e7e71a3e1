// Test notation: "ab|c" is the text "abc" with the cursor after "ab".

import { LayoutCache, type TextLayout } from '../../src/ui/editor/layout.js';
import {
  cursorOffset,
  fromText,
  type TextBuffer,
  textOf,
} from '../../src/ui/editor/text-buffer.js';

export function parse(marked: string): TextBuffer {
  const at = marked.indexOf('|');
  if (at < 0) throw new Error(`no cursor in ${JSON.stringify(marked)}`);
  return fromText(marked.slice(0, at) + marked.slice(at + 1), at);
}

export function show(buffer: TextBuffer): string {
  const text = textOf(buffer);
  const at = cursorOffset(buffer);
  return `${text.slice(0, at)}|${text.slice(at)}`;
}

export function layoutOf(buffer: TextBuffer, width: number): TextLayout {
  return new LayoutCache().layout(buffer.lines, width);
}
