// Ctrl+Z in any of our prompts. Readline's own handling stops the process but leaves its input
// paused after `fg`, so the prompt would take no more keys; each prompt takes the key itself:
// raw mode off, stop (the alternate screen steps aside in its own SIGTSTP handler), and on
// SIGCONT raw mode on again and `onContinue` (a redraw), after the screen is back.
import { useEffect } from '@inquirer/core';

export function useSuspendOnCtrlZ(onContinue: () => void): void {
  useEffect((rl) => {
    const input = rl.input as NodeJS.ReadStream;
    const resume = () => {
      input.setRawMode?.(true);
      setImmediate(onContinue);
    };
    const suspend = () => {
      input.setRawMode?.(false);
      process.once('SIGCONT', resume);
      process.kill(process.pid, 'SIGTSTP');
    };
    rl.on('SIGTSTP', suspend);
    return () => {
      rl.removeListener('SIGTSTP', suspend);
      process.removeListener('SIGCONT', resume);
    };
  }, []);
}
