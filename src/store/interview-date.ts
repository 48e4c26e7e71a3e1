// The interview date `rehearse plan --interview` remembers: $REHEARSE_HOME/plan.json, written
// through safe-write (atomic, mode 0600) into the private data directory. It holds a setting, not progress: progress is
// always recomputed from the session files.
import { lstatSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../base/errors.js';
import { type Day, parseDay } from '../core/schedule/days.js';
import { ensurePrivateDir } from './data-dir.js';
import { dataDir } from './paths.js';
import { describeFsError, writeFileSafeSync } from './safe-write.js';

export interface SavedPlan {
  interview: Day;
  perDay?: number;
}

export function planFile(env: Readonly<Record<string, string | undefined>>): string {
  return path.join(dataDir(env), 'plan.json');
}

/** Undefined when missing; a regular file is required (never a symlink or device). */
function kind(file: string): 'missing' | 'file' | 'other' {
  try {
    return lstatSync(file).isFile() ? 'file' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

export function readSavedPlan(
  env: Readonly<Record<string, string | undefined>>,
): SavedPlan | undefined {
  const file = planFile(env);
  const found = kind(file);
  if (found === 'missing') return undefined;
  if (found === 'other')
    throw new InputError(`${file} is not a regular file; remove it and run "rehearse plan" again`);
  let data: Partial<Record<string, unknown>>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) ?? {};
  } catch (error) {
    throw new InputError(
      `${file} is not readable (${(error as Error).message}); fix it or run "rehearse plan --clear"`,
    );
  }
  const interview = typeof data.interview === 'string' ? parseDay(data.interview) : undefined;
  if (!interview)
    throw new InputError(`${file} holds no valid interview date; run "rehearse plan --clear"`);
  const perDay = data.per_day;
  return {
    interview,
    ...(typeof perDay === 'number' && Number.isInteger(perDay) && perDay > 0 ? { perDay } : {}),
  };
}

export function saveSavedPlan(
  env: Readonly<Record<string, string | undefined>>,
  plan: SavedPlan,
): string {
  const file = planFile(env);
  if (kind(file) === 'other')
    throw new InputError(`${file} is not a regular file; refusing to write over it`);
  ensurePrivateDir(path.dirname(file));
  const body = { interview: plan.interview, ...(plan.perDay ? { per_day: plan.perDay } : {}) };
  try {
    writeFileSafeSync(file, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
  } catch (error) {
    throw new InputError(describeFsError(error, file));
  }
  return file;
}

/** Forgets the date; true when there was one. */
export function clearSavedPlan(env: Readonly<Record<string, string | undefined>>): boolean {
  const file = planFile(env);
  const found = kind(file);
  if (found === 'missing') return false;
  if (found === 'other')
    throw new InputError(`${file} is not a regular file; refusing to remove it`);
  unlinkSync(file);
  return true;
}
