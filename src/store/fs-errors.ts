// The one table from a file-system error code to words a user can act on, for reading and
// writing alike. Callers may word a code differently where they know more (e.g. ENOENT on a
// write means the directory is missing).

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENOTDIR: 'a file stands where a directory is needed',
  ENXIO: 'no such device',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EMFILE: 'too many open files',
  EIO: 'an input/output error',
  EPIPE: 'the reading end of the pipe is closed',
};

/** How a failed write words the codes that mean something else when writing. */
export const WRITING: Readonly<Record<string, string>> = {
  ENXIO: 'nothing is reading from it',
  ENOENT: 'its directory does not exist',
};

export function fsReason(error: unknown, overrides: Readonly<Record<string, string>> = {}): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return overrides[code] ?? REASONS[code] ?? (error as Error).message;
}
