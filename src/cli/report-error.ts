// The single place where an error becomes a message and an exit code.
import { CommanderError } from 'commander';
import { EXIT, isExitError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import { formatLocation, type Problem } from '../core/problem.js';
import { sanitizeInline } from '../ui/sanitize.js';

export function problemLine(p: Problem): string {
  return `${sanitizeInline(formatLocation(p))}: ${p.severity} ${sanitizeInline(p.message)} [${p.rule}]`;
}

export function reportError(error: unknown, io: Io): number {
  const debug = Boolean(io.env.REHEARSE_DEBUG) && io.env.REHEARSE_DEBUG !== '0';
  if (error instanceof CommanderError) {
    // Commander already printed its message (or the help / version text).
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (isExitError(error)) {
    for (const p of error.problems) io.stderr.write(`${problemLine(p)}\n`);
    if (error.message) io.stderr.write(`rehearse: ${sanitizeInline(error.message)}\n`);
    if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`rehearse: internal error: ${sanitizeInline(message)}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write('Run again with REHEARSE_DEBUG=1 for details, and please report it.\n');
  return EXIT.usage;
}
