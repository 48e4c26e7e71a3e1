// Process entry (loaded by bin/rehearse.js): run, then let Node exit with the code once output drains.
import { main } from './main.js';

// `rehearse list | head` closes the pipe early: that is not an error worth a stack trace. A
// practice session keeps going instead (commands/stdout-closed.ts): its answers still arrive.
const keepRunning = () =>
  ((globalThis as { [k: symbol]: number | undefined })[Symbol.for('rehearse.keepRunningOnEpipe')] ??
    0) > 0;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (stream === process.stdout && keepRunning()) return;
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
