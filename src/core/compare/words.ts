// Words as the comparison modules see them: lowercased, stemmed (Porter), stop words marked.
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOP_WORDS = new Set(eng);
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export interface Token {
  word: string;
  stem: string;
  /** UTF-16 offsets in the original text, for highlighting. */
  start: number;
  end: number;
  stop: boolean;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase().replaceAll('’', "'");
    const start = match.index;
    tokens.push({
      word,
      stem: stemmer(word),
      start,
      end: start + match[0].length,
      stop: STOP_WORDS.has(word),
    });
  }
  return tokens;
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export interface Sentence {
  text: string;
  start: number;
}

const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+/;
/** A line this short, without a comma or dash at its end, is a note of its own, not a wrapped line. */
const NOTE_LINE = 60;

/**
 * Where a line break ends a sentence: before a blank line or a bullet, and after a short line when
 * the next starts with a capital or a digit (notes). Otherwise it is a wrapped line of a sentence
 * that goes on ("dropped from six weeks to\nunder two").
 */
function breaksAfter(line: string, next: string): boolean {
  if (!next.trim() || !line.trim() || BULLET.test(next)) return true;
  const end = line.trimEnd();
  return end.length <= NOTE_LINE && !/[,;:\-–—]$/.test(end) && /^\s*[\p{Lu}\p{N}]/u.test(next);
}

/** Paragraphs and notes: runs of lines that belong together, with their offsets. */
function blocks(text: string): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  for (const m of text.matchAll(/[^\n]*(?:\n|$)/g))
    if (m[0]) lines.push({ text: m[0], start: m.index });
  const out: { text: string; start: number }[] = [];
  let open: { text: string; start: number } | undefined;
  lines.forEach((line, i) => {
    if (open) open.text += line.text;
    else open = { ...line };
    const next = lines[i + 1];
    if (!next || breaksAfter(line.text, next.text)) {
      out.push(open);
      open = undefined;
    }
  });
  return out;
}

/**
 * Sentences end at . ! ? and at the line breaks that end a paragraph, a bullet or a note line;
 * a sentence wrapped over several lines is one sentence. Bullets are not part of the text, and
 * line breaks inside a sentence read as spaces.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks(text)) {
    // A bullet or item number starts a block; it is not part of the sentence ("1." is no sentence).
    const bullet = block.text.match(BULLET)?.[0].length ?? 0;
    const body = block.text.slice(bullet);
    for (const m of body.matchAll(/[^.!?]+(?:[.!?]+|$)/g)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (countWords(trimmed) > 0)
        out.push({
          text: trimmed.replace(/\s*\n\s*/g, ' '),
          start: block.start + bullet + m.index + lead,
        });
    }
  }
  return out;
}
