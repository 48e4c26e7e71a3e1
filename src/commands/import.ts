// rehearse import: documents people already have (plain text, Markdown, CSV, Anki) into one
// question file, on standard output or written with -o (atomically, never over a file unless
// --force). The reading is src/core/import; this module is files, messages and exit codes.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, SubjectFailed, UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import {
  detectFormat,
  IMPORT_FORMATS,
  type ImportedDocument,
  type ImportFormat,
  ImportSyntaxError,
  importDocument,
} from '../core/import/index.js';
import { buildQuestionFile, titleFromFileName } from '../core/import/question-file.js';
import { decodeUtf8 } from '../core/load/decode.js';
import { writeNewFile } from '../store/new-file.js';
import { displayPath } from '../store/paths.js';
import { questionFileText, schemaReference } from '../store/question-file-out.js';
import { sanitizeInline } from '../ui/sanitize.js';

export interface ImportOptions {
  format?: string;
  output?: string;
  force?: boolean;
  title?: string;
  tag?: string[];
}

interface Imported {
  shown: string;
  format: ImportFormat;
  /** Why this format: "by its .md extension". */
  reason: string;
  doc: ImportedDocument;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Documents larger than this are not question collections; refuse before reading them. */
const MAX_BYTES = 20 * 1024 * 1024;

async function readStdin(io: Io): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_BYTES)
      throw new InputError('standard input is over 20 MB; not a question document');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function readBytes(absolute: string, shown: string): Promise<Uint8Array> {
  const fail = (error: NodeJS.ErrnoException): never => {
    const reasons: Record<string, string> = {
      ENOENT: 'no such file',
      EISDIR: 'it is a directory',
      EACCES: 'permission denied',
    };
    throw new InputError(`cannot read ${shown}: ${reasons[error.code ?? ''] ?? error.message}`);
  };
  const info = await stat(absolute).catch(fail);
  if (info.isDirectory()) fail(Object.assign(new Error(), { code: 'EISDIR' }));
  // A device or a pipe could be endless; only regular files (or - for standard input).
  if (!info.isFile())
    throw new InputError(
      `cannot read ${shown}: it is not a regular file (use - for standard input)`,
    );
  if (info.size > MAX_BYTES)
    throw new InputError(`cannot read ${shown}: it is over 20 MB; not a question document`);
  return readFile(absolute).catch(fail);
}

async function readDocument(io: Io, input: string, requested: string): Promise<Imported> {
  const absolute = input === '-' ? '' : path.resolve(io.cwd, input);
  const shown = input === '-' ? 'standard input' : displayPath(absolute, io.cwd);
  const bytes = input === '-' ? await readStdin(io) : await readBytes(absolute, shown);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const { line, column } = decoded.span;
    const message = decoded.message.replace('a YAML text file', 'a text document');
    throw new InputError(`${shown}:${line}:${column}: ${message}`);
  }
  const detected =
    requested === 'auto'
      ? detectFormat(absolute, decoded.text)
      : { format: requested as ImportFormat, reason: 'as --format says' };
  try {
    const doc = importDocument(decoded.text, detected.format);
    return { shown, format: detected.format, reason: detected.reason, doc };
  } catch (error) {
    if (!(error instanceof ImportSyntaxError)) throw error;
    throw new InputError(
      `${shown}:${error.line}:${error.column}: ${error.message} (read as ${detected.format})`,
    );
  }
}

function reportNothingFound(io: Io, imported: readonly Imported[]): never {
  for (const { shown, format, reason, doc } of imported) {
    io.stderr.write(
      `${sanitizeInline(shown)}: no questions found (${format} format, chosen ${reason})\n`,
    );
    io.stderr.write(`  looked for ${doc.lookedFor}\n`);
    if (doc.unplaced.length) io.stderr.write('  lines it could not place:\n');
    for (const { line, text } of doc.unplaced.slice(0, 5)) {
      const short = text.length > 100 ? `${text.slice(0, 99)}…` : text;
      io.stderr.write(`  ${sanitizeInline(shown)}:${line}: ${sanitizeInline(short)}\n`);
    }
  }
  if (imported.length === 1 && imported[0]?.format === 'text')
    io.stderr.write('  (for Markdown, CSV or Anki exports, pass --format)\n');
  throw new SubjectFailed('nothing imported; nothing written');
}

export async function importFiles(io: Io, inputs: string[], options: ImportOptions): Promise<void> {
  const requested = options.format ?? 'auto';
  if (requested !== 'auto' && !(IMPORT_FORMATS as readonly string[]).includes(requested))
    throw new UsageError(`--format must be auto or one of ${IMPORT_FORMATS.join(', ')}`);
  const imported: Imported[] = [];
  for (const input of inputs) imported.push(await readDocument(io, input, requested));
  for (const { shown, doc } of imported)
    for (const w of doc.warnings ?? [])
      io.stderr.write(
        `${sanitizeInline(shown)}:${w.line}: warning: ${sanitizeInline(w.message)}\n`,
      );
  const count = imported.reduce((n, i) => n + i.doc.questions.length, 0);
  if (count === 0) reportNothingFound(io, imported);
  for (const { shown, format, doc } of imported)
    if (doc.questions.length === 0)
      io.stderr.write(`${sanitizeInline(shown)}: warning: no questions found (${format} format)\n`);

  const target = options.output ? path.resolve(io.cwd, options.output) : undefined;
  const built = buildQuestionFile(
    imported.map((i) => i.doc),
    {
      ...(options.title !== undefined ? { title: options.title } : {}),
      tags: options.tag ?? [],
      fallbackTitle: inputs[0] === '-' ? 'Imported questions' : titleFromFileName(inputs[0] ?? ''),
    },
  );
  const text = questionFileText(
    built.data,
    schemaReference(target ? path.dirname(target) : io.cwd),
    built.withoutKeyPoints,
  );
  if (target) {
    writeNewFile(target, text, {
      cwd: io.cwd,
      force: options.force === true,
      existsHint: '; nothing written (use --force to replace it)',
    });
  } else {
    io.stdout.write(text);
  }
  const sources = imported.map((i) => `${i.shown} (${i.format} format)`).join(', ');
  const where = target ? displayPath(target, io.cwd) : 'standard output';
  const todo = built.withoutKeyPoints.length;
  const tail = todo
    ? `; ${todo} ${todo === 1 ? 'has' : 'have'} no key points yet (run rehearse lint)`
    : '';
  io.stderr.write(
    sanitizeInline(`${plural(count, 'question', 'questions')} from ${sources} → ${where}${tail}`) +
      '\n',
  );
}
