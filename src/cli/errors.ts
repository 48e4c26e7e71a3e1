// Typed errors: commands throw these; src/cli/main.ts is the one place that turns them into exit codes.
import type { Problem } from '../core/problem.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Wrong flags or arguments. */
export class UsageError extends ExitError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

/** Input that cannot be used: a missing path, an unreadable or invalid file. */
export class InputError extends ExitError {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message, EXIT.usage);
  }
}

/** The command ran and its subject failed (lint found errors); the report is already printed. */
export class SubjectFailed extends ExitError {
  constructor(message = '') {
    super(message, EXIT.failed);
  }
}
