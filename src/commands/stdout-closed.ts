// `rehearse practice … | head -1`: the reader of standard output may go away while answers still
// arrive on standard input. The session carries on (and keeps saving) instead of ending with the
// pipe. The shell's own EPIPE handler (cli/run.ts) exits quietly unless a session asked it not to;
// the flag is a registered global because the shell and the command bundles are separate copies.
import type { Io } from '../base/io.js';

const KEEP = Symbol.for('rehearse.keepRunningOnEpipe');
type Flagged = { [KEEP]?: number };

export function keepRunningWhenStdoutCloses(io: Io): { closed: () => boolean; dispose(): void } {
  const stream = io.stdout as Partial<NodeJS.WriteStream>;
  let closed = false;
  if (typeof stream.on !== 'function' || typeof stream.removeListener !== 'function')
    return { closed: () => false, dispose: () => {} };
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
  };
  stream.on('error', onError);
  const global = globalThis as Flagged;
  global[KEEP] = (global[KEEP] ?? 0) + 1;
  return {
    closed: () => closed,
    dispose() {
      stream.removeListener?.('error', onError);
      global[KEEP] = Math.max(0, (global[KEEP] ?? 1) - 1);
    },
  };
}
