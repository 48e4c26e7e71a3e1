// Writes a file the user asked for (rehearse import -o, rehearse new) without ever losing one:
// through safe-write, without --force never over anything (the new file is linked into place, so
// no race can overwrite a file), with --force replacing only a regular file, atomically.
import path from 'node:path';
import { InputError } from '../base/errors.js';
import { displayPath } from './paths.js';
import { describeFsError, writeFileSafeSync } from './safe-write.js';

export interface NewFileOptions {
  cwd: string;
  /** Replace an existing regular file. */
  force?: boolean;
  /** Appended to "X already exists": what to do instead. */
  existsHint?: string;
}

/** Question files are for people and tools to read and share: rw-r--r--. */
const QUESTION_FILE_MODE = 0o644;

export function writeNewFile(file: string, text: string, options: NewFileOptions): void {
  const shown = displayPath(file, options.cwd);
  try {
    writeFileSafeSync(file, text, { mode: QUESTION_FILE_MODE, noReplace: !options.force });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new InputError(`${shown} already exists${options.existsHint ?? ''}`);
    if (code === 'ENOENT')
      throw new InputError(
        `cannot write to ${shown}: the directory ${displayPath(path.dirname(file), options.cwd)} does not exist`,
      );
    throw new InputError(describeFsError(error, shown));
  }
}
