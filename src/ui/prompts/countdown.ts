// A screen with a live countdown and a few keys: used for prep time ("read and think") and for
// spoken answers. Enter continues; Ctrl+X skips; the clock can end it (endNow).
import { createPrompt, isEnterKey, useEffect, useKeypress, useState } from '@inquirer/core';
import { wrapStyled } from '../render/layout.js';
import { screenSuspended } from '../screen/alternate-screen.js';
import { fitRows, useFullScreen } from './full-screen.js';

export interface CountdownConfig {
  /** Pre-rendered, already sanitised text above the status line; a function is laid out again
   * at the terminal's width on every render. */
  header: string | ((columns: number) => string);
  /** Re-read on every tick: the status line, and whether time ends this screen. */
  status: () => { line: string; endNow: boolean };
  hints: string;
  tickMs?: number;
  /** Paint whole screens on the alternate screen. */
  fullScreen?: boolean;
}

export type CountdownResult = 'continue' | 'skip' | 'timeout';

export const countdownPrompt = createPrompt<CountdownResult, CountdownConfig>((config, done) => {
  const [, setTicks] = useState(0);
  const [finished, setFinished] = useState(false);
  const screen = useFullScreen(Boolean(config.fullScreen));

  useEffect(() => {
    const timer = setInterval(() => {
      if (config.status().endNow) {
        setFinished(true);
        done('timeout');
      } else if (!screenSuspended()) setTicks((n) => n + 1);
    }, config.tickMs ?? 250);
    return () => clearInterval(timer);
  }, []);

  useKeypress((key) => {
    if (finished) return;
    if (isEnterKey(key)) {
      setFinished(true);
      done('continue');
    } else if (key.ctrl && key.name === 'x') {
      setFinished(true);
      done('skip');
    } else if (key.ctrl && key.name === 'l') screen.redraw();
  });

  const width = Math.max(1, screen.size.columns - 1);
  const header =
    typeof config.header === 'function' ? config.header(screen.size.columns) : config.header;
  if (finished) return screen.paint(header);
  if (!config.fullScreen) return `${header}\n\n${config.status().line}\n${config.hints}`;
  // The clock and the keys always show: a header taller than the rest of the screen is cut.
  const bottom = [
    '',
    ...wrapStyled(config.status().line, width),
    ...wrapStyled(config.hints, width),
  ];
  const room = Math.max(2, screen.size.rows - 1 - bottom.length);
  return screen.paint(`${fitRows(header, room)}\n${bottom.join('\n')}`);
});
