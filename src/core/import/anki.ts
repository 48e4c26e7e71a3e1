// Anki's "Notes in Plain Text" export: optional header lines (#separator:tab, #html:true,
// #columns:…, #tags column:N, #notetype column:N, #deck column:N, #guid column:N), then a note per
// record, CSV-quoted where a field holds the separator, a quote or a line break. The first free
// field is the question, the second the answer; HTML becomes text.
import type { Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { readRows } from './csv.js';
import { tagList } from './fields.js';
import {
  cleanText,
  type ImportedDocument,
  type ImportedQuestion,
  ImportSyntaxError,
  type Unplaced,
} from './types.js';

export const ANKI_LOOKED_FOR =
  'notes with a front field (the question) and a back field (the answer), one per line, after the #separator/#html header lines';

const SEPARATORS: Record<string, string> = {
  tab: '\t',
  comma: ',',
  semicolon: ';',
  space: ' ',
  pipe: '|',
  colon: ':',
};

/** Header lines of an Anki export ("#key:value"), with how many lines they take. */
export function ankiHeader(text: string): { fields: Map<string, string>; lines: number } {
  const fields = new Map<string, string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let n = 0;
  for (; n < lines.length; n++) {
    const match = /^#([a-z ]+):(.*)$/i.exec(lines[n] as string);
    if (!match) break;
    fields.set((match[1] as string).trim().toLowerCase(), (match[2] as string).trim());
  }
  return { fields, lines: n };
}

/** HTML as the text a reader sees: blocks and <br> become line breaks, entities decoded. */
export function htmlToText(html: string): string {
  // List items keep a visible bullet, as they would on screen.
  const marked = html.replace(/\[sound:[^\]]*\]/g, '').replace(/<li\b[^>]*>/gi, '$&- ');
  const tree = fromHtml(marked, { fragment: true });
  return toText(tree as HastNodes);
}

/** Cloze deletions show their answer: {{c1::Paris::capital}} → Paris. */
const unCloze = (text: string) => text.replace(/\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g, '$1');

const LOOKS_HTML =
  /<(?:br|div|p|b|i|u|em|strong|span|ul|ol|li|img|a)\b[^>]*>|&(?:nbsp|amp|lt|gt|quot);/i;

export function importAnki(text: string): ImportedDocument {
  const header = ankiHeader(text);
  const raw = header.fields.get('separator') ?? 'tab';
  const separator = SEPARATORS[raw.toLowerCase()] ?? raw;
  if ([...separator].length !== 1) {
    throw new ImportSyntaxError(
      `#separator:${raw} is not a separator Anki writes (tab, comma, semicolon, space, pipe, colon or one character)`,
      1,
    );
  }
  const html = header.fields.has('html')
    ? header.fields.get('html')?.toLowerCase() === 'true'
    : LOOKS_HTML.test(text);
  // Header lines become blank lines so records keep their line numbers.
  const body = text
    .replace(/^\uFEFF/, '')
    .split(/(?<=\n)/)
    .map((line, i) => (i < header.lines ? '\n' : line))
    .join('');
  const rows = readRows(body, separator, true);
  const column = (name: string) => {
    const value = Number(header.fields.get(`${name} column`));
    return Number.isInteger(value) && value > 0 ? value - 1 : undefined;
  };
  const special = new Set(
    ['notetype', 'deck', 'guid', 'tags'].map(column).filter((c) => c !== undefined),
  );
  const names = (header.fields.get('columns') ?? '')
    .split(separator)
    .map((n) => n.trim().toLowerCase());
  const named = (...want: string[]) => {
    const index = names.findIndex((n) => want.includes(n));
    return index === -1 ? undefined : index;
  };
  const tagsAt = column('tags') ?? named('tags');
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const free = [...Array(width).keys()].filter((i) => !special.has(i) && i !== tagsAt);
  const frontAt = named('front', 'question', 'text') ?? free[0];
  const backAt = named('back', 'answer', 'back extra', 'extra') ?? free.find((i) => i !== frontAt);
  const field = (cells: readonly string[], index: number | undefined) => {
    const value = index === undefined ? '' : (cells[index] ?? '');
    return cleanText(unCloze(html ? htmlToText(value) : value));
  };
  const questions: ImportedQuestion[] = [];
  const unplaced: Unplaced[] = [];
  for (const row of rows) {
    const prompt = field(row.cells, frontAt);
    if (!prompt) {
      const rest = row.cells.join(' ').trim();
      if (rest) unplaced.push({ line: row.line, text: rest });
      continue;
    }
    const question: ImportedQuestion = { prompt, line: row.line };
    const answer = field(row.cells, backAt);
    if (answer) question.example_answer = answer;
    const tags = tagsAt === undefined ? [] : tagList(row.cells[tagsAt] ?? '', /\s+/);
    if (tags.length) question.tags = tags;
    questions.push(question);
  }
  return { questions, unplaced, lookedFor: ANKI_LOOKED_FOR };
}
