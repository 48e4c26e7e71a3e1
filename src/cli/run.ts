// Process entry (loaded by bin/rehearse.js): run, then let Node exit with the code once output drains.
import { describeFsError } from '../store/safe-write.js';
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
    // Any other failure to write the output (`> /dev/full`, an I/O error) fails the command, in
    // one line and without a stack trace.
    if (stream === process.stdout)
      process.stderr.write(`rehearse: ${describeFsError(error, 'standard output')}\n`);
    process.exit(2);
  });
}

// Ctrl+Z in one of Inquirer's own prompts (our prompts take the key themselves: ui/prompts/
// suspend.ts): readline pauses the terminal's input when the process continues and never resumes
// it, so the prompt would take no more keys after fg. Resume input that a prompt still reads.
process.on('SIGCONT', () =>
  setImmediate(() => {
    const stdin = process.stdin;
    if (stdin.isTTY && stdin.isPaused() && stdin.listenerCount('keypress') > 0) stdin.resume();
  }),
);

process.exitCode = await main(process.argv.slice(2));
