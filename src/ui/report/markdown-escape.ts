// Session text on its way into Markdown. Two forms only: one-line inline text with every
// character that could start markup neutralised, and fenced blocks that nothing can close early.
import { visibleText } from './escape.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * One line of literal text. `<`, `>` and `&` become entities, which every Markdown renderer
 * shows as text (so no raw HTML and no entity tricks); the characters that start emphasis,
 * code, links, tables, headings or strikethrough are backslash-escaped, which CommonMark
 * defines for all ASCII punctuation. Line breaks become spaces so no text starts a block.
 */
export function mdInline(text: string): string {
  return visibleText(text)
    .replace(/\s+/g, ' ')
    .replace(/[&<>]/g, (char) => ENTITIES[char] as string)
    .replace(/[\\`*_[\]|~#]/g, '\\$&');
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

/**
 * Text kept exactly, line breaks and all, in a fenced code block: Markdown and HTML are not
 * interpreted inside, and the fence is longer than any backtick run in the text, so the text
 * cannot close it.
 */
export function mdFenced(text: string): string {
  const body = visibleText(text).replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
  return `${fence}text\n${body}\n${fence}`;
}
