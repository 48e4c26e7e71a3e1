// The start menu of `rehearse practice` on a terminal: what to practise, then (for a new
// session) pack, tag and count. Every prompt of the menu lives here; the command only decides
// the choices. Ctrl+C or Esc anywhere gives undefined (nothing is started).
import { ExitPromptError } from '@inquirer/core';
import { number, select } from '@inquirer/prompts';
import type { Io } from '../../base/io.js';
import { sanitizeInline } from '../sanitize.js';

export interface MenuChoice<T> {
  value: T;
  name: string;
  description?: string;
  /** A reason shown instead of letting it be chosen. */
  disabled?: string;
}

const context = (io: Io) => ({
  input: io.stdin,
  output: io.stdout as NodeJS.WritableStream,
  clearPromptOnDone: false,
});

async function orCancel<T>(run: Promise<T>): Promise<T | undefined> {
  try {
    return await run;
  } catch (error) {
    if (error instanceof ExitPromptError || (error as Error).name === 'AbortPromptError')
      return undefined;
    throw error;
  }
}

export function pickOne<T>(
  io: Io,
  message: string,
  choices: readonly MenuChoice<T>[],
): Promise<T | undefined> {
  return orCancel(
    select(
      {
        message,
        choices: choices.map((c) => ({
          value: c.value,
          name: sanitizeInline(c.name),
          ...(c.description ? { description: sanitizeInline(c.description) } : {}),
          ...(c.disabled ? { disabled: c.disabled } : {}),
        })),
        pageSize: 12,
      },
      context(io),
    ),
  );
}

export function askCount(
  io: Io,
  message: string,
  fallback: number,
  max: number,
): Promise<number | undefined> {
  return orCancel(
    number(
      { message, default: Math.min(fallback, max), min: 1, max, required: true, step: 1 },
      context(io),
    ),
  );
}
