// Which importer a document needs, from its name and its first lines.
import { ankiHeader } from './anki.js';
import { columnIndexes, readRows, sniffDelimiter } from './csv.js';
import type { ImportFormat } from './types.js';

export interface Detected {
  format: ImportFormat;
  /** Why, for the user: "by its .md extension", "by its #separator header". */
  reason: string;
}

const EXTENSIONS: Record<string, ImportFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  csv: 'csv',
  tsv: 'csv',
};

/** A header row naming a question column, and a next line with the same separator in it. */
function looksCsv(text: string): boolean {
  try {
    const [first = '', second] = text.split(/\r?\n/);
    const delimiter = sniffDelimiter(text);
    const [header] = readRows(first, delimiter);
    return (
      header !== undefined &&
      header.cells.length > 1 &&
      columnIndexes(header.cells).prompt !== undefined &&
      (second === undefined || second.includes(delimiter))
    );
  } catch {
    return false;
  }
}

export function detectFormat(name: string, text: string): Detected {
  const body = text.replace(/^\uFEFF/, '');
  if (ankiHeader(body).fields.has('separator') || ankiHeader(body).fields.has('html'))
    return { format: 'anki', reason: 'by its Anki #separator/#html header' };
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const byName = EXTENSIONS[extension];
  if (byName) return { format: byName, reason: `by its .${extension} extension` };
  if (looksCsv(body)) return { format: 'csv', reason: 'by its header row' };
  const lines = body.split(/\r?\n/).filter((l) => l.trim());
  if (lines.length > 0 && lines.every((l) => l.includes('\t')))
    return { format: 'anki', reason: 'by its tab-separated notes' };
  if (lines.some((l) => /^#{1,6}\s+\S/.test(l)))
    return { format: 'markdown', reason: 'by its # headings' };
  return { format: 'text', reason: 'as plain text' };
}
