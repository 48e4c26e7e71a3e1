// Runs a command that prints a report with its standard output collected, then shows the report
// through the pager (src/ui/pager.ts) when it is taller than the terminal. --no-pager skips this.
import type { Io } from '../base/io.js';
import { showPaged } from '../ui/pager.js';

export async function paged(
  io: Io,
  pager: boolean | undefined,
  run: (io: Io) => unknown,
): Promise<void> {
  if (pager === false || !io.stdout.isTTY) {
    await run(io);
    return;
  }
  let text = '';
  const stdout = {
    write: (chunk: string) => {
      text += chunk;
      return true;
    },
    isTTY: true,
    columns: io.stdout.columns,
    rows: io.stdout.rows,
  };
  try {
    await run({ ...io, stdout });
  } finally {
    showPaged(io, text);
  }
}
