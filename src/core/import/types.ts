import { CONTROL_CLASS } from '../text/control.js';

// What every importer returns: the questions it found, or what it could not place. Pure data; the
// command turns it into a question file (store/question-file-out.ts) and exit codes.

export const IMPORT_FORMATS = ['text', 'markdown', 'csv', 'anki'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportedQuestion {
  prompt: string;
  example_answer?: string;
  key_points?: string[];
  tags?: string[];
  kind?: string;
  difficulty?: string;
  answer_time?: string;
  prep_time?: string;
  /** 1-based line in the source where the question starts. */
  line: number;
}

export interface Unplaced {
  line: number;
  text: string;
}

export interface ImportedDocument {
  title?: string;
  description?: string;
  questions: ImportedQuestion[];
  /** Non-blank lines that belong to no question and are not the title or preamble. */
  unplaced: Unplaced[];
  /** What the importer looked for, for the "no question found" message. */
  lookedFor: string;
  /** Values left out because their meaning is unknown (a kind of "misc", a time of "soon"). */
  warnings?: ImportWarning[];
}

export interface ImportWarning {
  line: number;
  message: string;
}

/** Input that cannot be read as this format (bad CSV, a bad value in a cell), with its place. */
export class ImportSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column = 1,
  ) {
    super(message);
    this.name = 'ImportSyntaxError';
  }
}

const CONTROLS = new RegExp(CONTROL_CLASS, 'g');

/** Text fit for a question file: Unix line ends, no stray control characters, no trailing space. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const KEY_POINTS_LABEL =
  /^(?:[*_#>\s]*)(?:key (?:points|takeaways)|points to (?:cover|mention)|what to (?:cover|mention)|must mention)[*_]*\s*:?[*_]*\s*$/i;
const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+(.*\S)\s*$/;

/**
 * A "Key points:" label after an answer, followed by a list, becomes key points: the list leaves
 * the answer. Without a list after the label, the text is left as it was.
 */
export function splitKeyPoints(answer: string): { answer: string; key_points?: string[] } {
  const lines = answer.split('\n');
  const at = lines.findIndex((l) => KEY_POINTS_LABEL.test(l));
  if (at === -1) return { answer };
  const points: string[] = [];
  let end = at + 1;
  for (; end < lines.length; end++) {
    const line = lines[end] as string;
    if (!line.trim()) continue;
    const match = BULLET.exec(line);
    if (!match) break;
    points.push((match[1] as string).replace(/^[*_]+|[*_]+$/g, ''));
  }
  if (points.length === 0) return { answer };
  const rest = cleanText([...lines.slice(0, at), ...lines.slice(end)].join('\n'));
  return { answer: rest, key_points: points };
}
