// Where rehearse keeps its data and where the bundled packs live, wherever the CLI runs from.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';
import { UsageError } from '../base/errors.js';

/** rehearse's data directory: always absolute. An empty HOME (or a relative XDG_DATA_HOME)
 * would put answers wherever the command happens to run, so it is refused instead. */
export function dataDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.REHEARSE_HOME) return path.resolve(env.REHEARSE_HOME);
  const dir = envPaths('rehearse', { suffix: '' }).data;
  if (!path.isAbsolute(dir))
    throw new UsageError(
      `cannot tell where to keep your sessions: the data directory would be "${dir}", a relative path (is HOME empty?). Set HOME, or REHEARSE_HOME to an absolute path`,
    );
  return dir;
}

export function sessionsDir(env: Readonly<Record<string, string | undefined>>): string {
  return path.join(dataDir(env), 'sessions');
}

export function scorecardsDir(env: Readonly<Record<string, string | undefined>>): string {
  return path.join(dataDir(env), 'scorecards');
}

/** The packs shipped with the CLI: `questions/` beside `dist/` (and beside `src/` in tests). */
export const BUNDLED_QUESTIONS = fileURLToPath(new URL('../../questions/', import.meta.url));

/** Paths shown to the user: relative to the working directory when inside it. */
export function displayPath(file: string, cwd: string): string {
  // The common case, a normalised path under the working directory, without path.relative's
  // two resolves: lint shows thousands of paths.
  const prefix = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  if (file.startsWith(prefix) && file.length > prefix.length && path.isAbsolute(cwd)) {
    const rest = file.slice(prefix.length);
    if (path.normalize(rest) === rest && !leavesDir(rest)) return rest;
  }
  const relative = path.relative(cwd, file);
  return relative && !leavesDir(relative) && !path.isAbsolute(relative) ? relative : file;
}

/** "../x" leaves the directory; a file named "..x" does not. */
const leavesDir = (relative: string) => relative === '..' || relative.startsWith(`..${path.sep}`);
