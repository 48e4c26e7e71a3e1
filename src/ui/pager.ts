// Long output on a terminal goes through a pager, as git does: $PAGER (default `less -FRX`,
// which quits at once when the text fits, keeps colour and leaves the text on the screen).
// Never when standard output is not a terminal, and never for text that fits on the screen.
import { spawnSync } from 'node:child_process';
import type { Io } from '../base/io.js';
import { screenRows } from './editor/view.js';

export const DEFAULT_PAGER = 'less -FRX';

/** The pager command to run for `text`, or undefined to print it directly. */
export function pagerFor(io: Io, text: string): string | undefined {
  if (!io.stdout.isTTY) return undefined;
  const pager = io.env.PAGER ?? DEFAULT_PAGER;
  if (pager.trim() === '' || pager.trim() === 'cat') return undefined;
  const rows = io.stdout.rows ?? 24;
  const columns = io.stdout.columns ?? 80;
  // Leave the last row for the shell's prompt.
  return screenRows(text.replace(/\n$/, ''), columns) < rows ? undefined : pager;
}

/** Shows `text` through the pager when that is due, else writes it to standard output. */
export function showPaged(io: Io, text: string): void {
  const pager = pagerFor(io, text);
  if (pager) {
    // A pager that cannot start (not installed) falls back to printing.
    const result = spawnSync(pager, {
      shell: true,
      input: text,
      stdio: ['pipe', 'inherit', 'inherit'],
      env: { ...io.env, LESS: io.env.LESS ?? 'FRX' },
    });
    if (!result.error && result.status !== 127) return;
  }
  io.stdout.write(text);
}
