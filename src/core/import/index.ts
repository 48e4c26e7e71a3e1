// One entry for every format: text in, questions (or positioned problems) out.
import { importAnki } from './anki.js';
import { importCsv } from './csv.js';
import { importMarkdown } from './markdown.js';
import { importText } from './text.js';
import type { ImportedDocument, ImportFormat } from './types.js';

export { detectFormat } from './detect.js';
export * from './types.js';

const IMPORTERS: Record<ImportFormat, (text: string) => ImportedDocument> = {
  text: importText,
  markdown: importMarkdown,
  csv: importCsv,
  anki: importAnki,
};

/** Reads a document in the given format; throws ImportSyntaxError for input it cannot read. */
export function importDocument(text: string, format: ImportFormat): ImportedDocument {
  return IMPORTERS[format](text.replace(/^\uFEFF/, ''));
}
