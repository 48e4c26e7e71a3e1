// Writes a file the user asked for (rehearse import -o, rehearse new) without ever losing one:
// without --force the new file is linked into place, which fails if anything exists there, so no
// race can overwrite a file; with --force it replaces only a regular file, atomically.
import { randomBytes } from 'node:crypto';
import { link, lstat, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { InputError } from '../base/errors.js';
import { displayPath } from './paths.js';
import { describeFsError } from './session-store.js';

export interface NewFileOptions {
  cwd: string;
  /** Replace an existing regular file. */
  force?: boolean;
  /** What to suggest when the file exists and may not be replaced. */
  existsHint?: string;
}

async function existing(file: string) {
  return lstat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

export async function writeNewFile(
  file: string,
  text: string,
  options: NewFileOptions,
): Promise<void> {
  const shown = displayPath(file, options.cwd);
  const fail = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new InputError(`${shown} already exists${options.existsHint ?? ''}`);
    if (code === 'ENOENT')
      throw new InputError(
        `cannot write to ${shown}: the directory ${displayPath(path.dirname(file), options.cwd)} does not exist`,
      );
    throw new InputError(describeFsError(error, shown));
  };
  const info = await existing(file).catch(fail);
  if (info && !info.isFile())
    throw new InputError(`cannot write to ${shown}: it is not a regular file`);
  if (info && options.force) {
    await writeFileAtomic(file, text).catch(fail);
    return;
  }
  if (info) fail(Object.assign(new Error('exists'), { code: 'EEXIST' }));
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temp, 'wx', 0o666);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, file).catch(async (error: NodeJS.ErrnoException) => {
      // File systems without hard links: check, then rename (a tiny window, but still no clobber
      // of a file that existed when we looked).
      if (!['ENOTSUP', 'EPERM', 'ENOSYS', 'EOPNOTSUPP'].includes(error.code ?? '')) throw error;
      if (await existing(file)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      await rename(temp, file);
    });
  } catch (error) {
    fail(error);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
