// rehearse new: a starter question file for people who start from nothing. Never overwrites.
import path from 'node:path';
import type { Io } from '../base/io.js';
import { titleFromFileName } from '../core/import/question-file.js';
import { starterFile } from '../core/questions/starter.js';
import { writeNewFile } from '../store/new-file.js';
import { displayPath } from '../store/paths.js';
import { modeline, schemaReference } from '../store/question-file-out.js';
import { toYaml } from '../store/yaml-out.js';
import { sanitizeInline } from '../ui/sanitize.js';

export const DEFAULT_NEW_FILE = 'questions.yaml';

export async function newFile(io: Io, file: string | undefined): Promise<void> {
  // Question files are found by their .yaml/.yml extension; give one to a name without any.
  const name = file && !path.extname(file) ? `${file}.yaml` : (file ?? DEFAULT_NEW_FILE);
  const target = path.resolve(io.cwd, name);
  const title = file ? titleFromFileName(file) : 'My interview questions';
  const text = starterFile(
    toYaml({ title }).trimEnd(),
    modeline(schemaReference(path.dirname(target))),
  );
  const shown = displayPath(target, io.cwd);
  writeNewFile(target, text, {
    cwd: io.cwd,
    existsHint: '; rehearse new never replaces a file (choose another name)',
  });
  const safe = sanitizeInline(shown);
  io.stderr.write(
    `Wrote ${safe}: one example question to copy. Next: edit it, then rehearse lint ${safe} and rehearse practice ${safe}\n`,
  );
}
