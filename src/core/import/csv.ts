// Spreadsheets exported as CSV (Excel, Google Sheets, Numbers, LibreOffice): a header row naming
// the columns, then a question per row. Cells may be quoted and span lines; Excel in many locales
// separates with ";", some tools with tabs, so the separator is read from the header row.
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { fieldValues } from './fields.js';
import {
  cleanText,
  type ImportedDocument,
  type ImportedQuestion,
  ImportSyntaxError,
  type ImportWarning,
  type Unplaced,
} from './types.js';

export const CSV_LOOKED_FOR =
  'rows with text in a "question" (or "prompt") column under a header row';

const COLUMNS: Record<string, readonly string[]> = {
  prompt: ['question', 'prompt', 'questions', 'q', 'front'],
  answer: ['example_answer', 'answer', 'sample_answer', 'model_answer', 'a', 'back', 'answers'],
  tags: ['tags', 'tag', 'topics', 'topic'],
  key_points: ['key_points', 'keypoints', 'key_point', 'points'],
  kind: ['kind', 'type'],
  difficulty: ['difficulty', 'level'],
  answer_time: ['answer_time', 'time'],
  prep_time: ['prep_time'],
};

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/**
 * The separator of the first line that has one (the header, or a title row above it), counted
 * outside quotes. Only one line: cells below may hold commas that are not separators.
 */
export function sniffDelimiter(text: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' && [...counts.values()].some((n) => n > 0)) break;
    else if (counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

export interface Row {
  cells: string[];
  /** 1-based line where the record starts. */
  line: number;
}

/** CSV (any separator) into rows with their starting lines; bad CSV throws ImportSyntaxError. */
export function readRows(text: string, delimiter: string, relaxQuotes = false): Row[] {
  let lastEnd = 0;
  try {
    // One line end everywhere, so line numbers count what an editor shows.
    const records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      delimiter,
      info: true,
      raw: true,
      relax_column_count: true,
      relax_quotes: relaxQuotes,
      skip_empty_lines: true,
      on_record: (record: string[], context: { lines: number }) => {
        lastEnd = context.lines;
        return record;
      },
    }) as unknown as { record: string[]; raw: string; info: { lines: number } }[];
    return records.map(({ record, raw, info }) => ({
      cells: record,
      // raw holds the blank lines skipped before the record and its own line end.
      line: info.lines - (raw.replace(/^\n+|\n$/g, '').match(/\n/g)?.length ?? 0),
    }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const at = (error as CsvError & { lines?: number; column?: number }).lines ?? lastEnd + 1;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED')
      throw new ImportSyntaxError(
        'a quoted cell is never closed: add the closing " (a quote inside a cell is written "")',
        lastEnd + 1,
      );
    if (error.code === 'CSV_INVALID_CLOSING_QUOTE')
      throw new ImportSyntaxError(
        `text follows the closing quote of a quoted cell (in the row that starts on line ${lastEnd + 1}); a quote inside a cell is written ""`,
        at,
      );
    if (error.code === 'INVALID_OPENING_QUOTE')
      throw new ImportSyntaxError(
        'a stray " inside a cell: quote the whole cell and write a quote inside it as ""',
        at,
      );
    throw new ImportSyntaxError(error.message.replace(/^[A-Za-z ]+:\s*/, ''), at);
  }
}

export function columnIndexes(header: readonly string[]): Partial<Record<string, number>> {
  const names = header.map(normalise);
  const found: Partial<Record<string, number>> = {};
  for (const [field, aliases] of Object.entries(COLUMNS)) {
    const index = names.findIndex((n) => aliases.includes(n));
    if (index !== -1) found[field] = index;
  }
  return found;
}

export function importCsv(text: string): ImportedDocument {
  return rowsToDocument(readRows(text, sniffDelimiter(text.replace(/^\uFEFF/, ''))));
}

/** Rows under a header naming the columns (CSV, a Markdown table) into questions. */
export function rowsToDocument(rows: readonly Row[]): ImportedDocument {
  const warnings: ImportWarning[] = [];
  // The header is the first row naming a question column: sheets often have a title row first.
  const headerAt = rows.slice(0, 5).findIndex((r) => columnIndexes(r.cells).prompt !== undefined);
  const header = rows[Math.max(0, headerAt)];
  const body = rows.slice(Math.max(0, headerAt) + 1);
  if (!header) return { questions: [], unplaced: [], lookedFor: CSV_LOOKED_FOR };
  const columns = columnIndexes(header.cells);
  if (columns.prompt === undefined) {
    throw new ImportSyntaxError(
      `the header row names no question column (found: ${header.cells.map((c) => `"${c.trim()}"`).join(', ')}); name it "question" or "prompt"`,
      header.line,
    );
  }
  const questions: ImportedQuestion[] = [];
  const unplaced: Unplaced[] = [];
  for (const row of body) {
    const cell = (field: string) => {
      const index = columns[field];
      return index === undefined ? '' : cleanText(row.cells[index] ?? '');
    };
    const prompt = cell('prompt');
    if (!prompt) {
      const text = row.cells.join(' ').trim();
      if (text) unplaced.push({ line: row.line, text });
      continue;
    }
    const question: ImportedQuestion = { prompt, line: row.line };
    const answer = cell('answer');
    if (answer) question.example_answer = answer;
    Object.assign(
      question,
      fieldValues(
        {
          tags: cell('tags'),
          key_points: cell('key_points'),
          kind: cell('kind'),
          difficulty: cell('difficulty'),
          answer_time: cell('answer_time'),
          prep_time: cell('prep_time'),
        },
        row.line,
        warnings,
      ),
    );
    questions.push(question);
  }
  // A title row above the header names the sheet.
  const title = headerAt > 0 ? cleanText(rows[0]?.cells.find((c) => c.trim()) ?? '') : '';
  return { ...(title ? { title } : {}), questions, unplaced, lookedFor: CSV_LOOKED_FOR, warnings };
}
