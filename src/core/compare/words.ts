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
