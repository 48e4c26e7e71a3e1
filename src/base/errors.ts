// Typed errors: commands throw these; src/cli/report-error.ts is the one place that turns them
// into exit codes. The shell and the command bundles each carry a copy of these classes, so they
// are recognised by a registered symbol rather than by instanceof.
import type { Problem } from '../core/problem.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const BRAND = Symbol.for('rehearse.ExitError');

export class ExitError extends Error {
  readonly [BRAND] = true;

  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export function isExitError(error: unknown): error is ExitError {
  return (
    typeof error === 'object' && error !== null && (error as { [BRAND]?: boolean })[BRAND] === true
  );
}

/** Wrong flags or arguments. */
export class UsageError extends ExitError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

/** Input that cannot be used: a missing path, an unreadable or invalid file. */
export class InputError extends ExitError {
  constructor(message: string, problems: readonly Problem[] = []) {
    super(message, EXIT.usage, problems);
  }
}

/** The command ran and its subject failed (lint found errors); the report is already printed. */
export class SubjectFailed extends ExitError {
  constructor(message = '') {
    super(message, EXIT.failed);
  }
}

/** The user pressed Ctrl+C before anything was started (128 + SIGINT, as shells report it). */
export class Interrupted extends ExitError {
  constructor(message = '') {
    super(message, EXIT.interrupted);
  }
}
