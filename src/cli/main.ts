// `main()` runs the CLI in-process and returns the exit code; it never calls process.exit,
// so tests can drive it with fake streams (and the spawned binary behaves the same).
import { EXIT } from '../base/errors.js';
import { type Io, processIo } from '../base/io.js';
import { buildProgram } from './program.js';
import { reportError } from './report-error.js';

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return reportError(error, io);
  }
}
