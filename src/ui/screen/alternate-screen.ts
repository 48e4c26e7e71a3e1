// The alternate screen, as vim and less use it: the interactive part of a session draws there, and
// leaving it brings back the shell's screen and scrollback untouched. Leaving is idempotent and
// also happens on process exit (signals call process.exit), so the terminal is always restored.
import type { OutStream } from '../../base/io.js';

const ENTER = '\u001b[?1049h\u001b[H\u001b[2J';
// Show the cursor again and reset attributes before going back to the shell's screen.
const LEAVE = '\u001b[0m\u001b[?25h\u001b[?1049l';

export interface AlternateScreen {
  /** Back to the shell's screen for good. */
  leave(): void;
  /** Back to the shell's screen for a while (Ctrl+Z), and onto the alternate screen again (fg). */
  suspend(): void;
  resume(): void;
}

const NONE: AlternateScreen = { leave() {}, suspend() {}, resume() {} };
let current: AlternateScreen | undefined;
let away = false;

/** The session is stopped (Ctrl+Z) and the shell's screen shows: draw nothing until fg. */
export function screenSuspended(): boolean {
  return away;
}

/** Switches `out` to the alternate screen when it is a terminal; a no-op handle otherwise. */
export function enterAlternateScreen(out: OutStream): AlternateScreen {
  if (!out.isTTY) return NONE;
  current?.leave();
  let shown = true;
  const onExit = () => screen.leave();
  // Ctrl+Z (readline sends SIGTSTP to the process) or kill -TSTP: back to the shell's screen
  // while stopped, onto ours again on fg. Prompts redraw themselves on SIGCONT.
  const onStop = () => {
    screen.suspend();
    process.removeListener('SIGTSTP', onStop);
    process.once('SIGCONT', () => {
      if (current === screen) process.on('SIGTSTP', onStop);
      screen.resume();
    });
    process.kill(process.pid, 'SIGTSTP');
  };
  const screen: AlternateScreen = {
    leave() {
      away = false;
      process.removeListener('exit', onExit);
      process.removeListener('SIGTSTP', onStop);
      if (current === screen) current = undefined;
      screen.suspend();
    },
    suspend() {
      if (!shown) return;
      shown = false;
      away = current === screen;
      out.write(LEAVE);
    },
    resume() {
      if (shown || current !== screen) return;
      shown = true;
      away = false;
      out.write(ENTER);
    },
  };
  out.write(ENTER);
  process.on('exit', onExit);
  if (process.platform !== 'win32') process.on('SIGTSTP', onStop);
  current = screen;
  return screen;
}
