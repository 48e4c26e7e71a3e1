// Runs the built CLI in a real pseudo-terminal (node-pty) and keeps a headless xterm in step with
// its output, so tests can type keys and read the screen as a person would see it.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import xterm from '@xterm/headless';
import pty from 'node-pty';
import { BIN, ROOT } from './run-cli.js';

export const KEYS = {
  enter: '\r',
  ctrlC: '\u0003',
  ctrlD: '\u0004',
  ctrlE: '\u0005',
  ctrlT: '\u0014',
  ctrlX: '\u0018',
  backspace: '\u007f',
  left: '\u001b[D',
  right: '\u001b[C',
  ctrlB: '\u0002',
  ctrlN: '\u000e',
  ctrlO: '\u000f',
  up: '\u001b[A',
  down: '\u001b[B',
} as const;

export interface PtyOptions {
  cols?: number;
  rows?: number;
  env?: Record<string, string>;
  cwd?: string;
  home?: string;
}

export function tempHome(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'rehearse-e2e-'));
}

export class PtySession {
  readonly term: xterm.Terminal;
  readonly proc: pty.IPty;
  readonly home: string;
  readonly exited: Promise<{ exitCode: number; signal?: number }>;
  output = '';
  titles: string[] = [];

  constructor(args: string[], options: PtyOptions = {}) {
    const cols = options.cols ?? 80;
    const rows = options.rows ?? 24;
    this.home = options.home ?? tempHome();
    this.term = new xterm.Terminal({ cols, rows, allowProposedApi: true });
    this.term.onTitleChange((title) => this.titles.push(title));
    this.proc = pty.spawn(process.execPath, [BIN, ...args], {
      // node-pty sets TERM from this name, whatever env says.
      name: options.env?.TERM ?? 'xterm-256color',
      cols,
      rows,
      cwd: options.cwd ?? ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        TERM: 'xterm-256color',
        REHEARSE_HOME: this.home,
        EDITOR: 'true',
        ...options.env,
      },
    });
    this.proc.onData((data) => {
      this.output += data;
      this.term.write(data);
    });
    this.exited = new Promise((resolve) => this.proc.onExit(resolve));
  }

  /** The visible screen, one string per row, right-trimmed. */
  screen(): string {
    const buffer = this.term.buffer.active;
    const lines: string[] = [];
    for (let y = 0; y < this.term.rows; y++)
      // Only the visible columns: after narrowing, xterm keeps the cells beyond them.
      lines.push(
        (
          buffer.getLine(buffer.viewportY + y)?.translateToString(true, 0, this.term.cols) ?? ''
        ).trimEnd(),
      );
    return lines.join('\n');
  }

  /** Every row of the shell's (normal) screen buffer, scrollback included, right-trimmed. */
  normalBuffer(): string[] {
    const buffer = this.term.buffer.normal;
    const lines: string[] = [];
    for (let y = 0; y < buffer.length; y++)
      lines.push(buffer.getLine(y)?.translateToString(true) ?? '');
    return lines;
  }

  /** Which buffer the terminal shows: 'alternate' while a full-screen program runs. */
  bufferType(): string {
    return this.term.buffer.active.type;
  }

  type(keys: string): void {
    this.proc.write(keys);
  }

  async waitFor(expected: string | RegExp, timeoutMs = 8000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // Let xterm finish parsing what has arrived before reading the screen.
      await new Promise<void>((resolve) => this.term.write('', resolve));
      const screen = this.screen();
      if (typeof expected === 'string' ? screen.includes(expected) : expected.test(screen))
        return screen;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${String(expected)}; screen:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Polls the screen until `ready` says yes. */
  async waitUntil(ready: (screen: string) => boolean, timeoutMs = 8000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await new Promise<void>((resolve) => this.term.write('', resolve));
      const screen = this.screen();
      if (ready(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out; screen:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  resize(cols: number, rows: number): void {
    this.proc.resize(cols, rows);
    this.term.resize(cols, rows);
  }

  kill(signal: NodeJS.Signals): void {
    this.proc.kill(signal);
  }
}
