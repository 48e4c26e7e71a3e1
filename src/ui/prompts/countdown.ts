// A screen with a live countdown and a few keys: used for prep time ("read and think") and for
// spoken answers. Enter continues; Ctrl+X skips; the clock can end it (endNow).
import { createPrompt, isEnterKey, useEffect, useKeypress, useState } from '@inquirer/core';

export interface CountdownConfig {
  /** Pre-rendered, already sanitised text above the status line. */
  header: string;
  /** Re-read on every tick: the status line, and whether time ends this screen. */
  status: () => { line: string; endNow: boolean };
  hints: string;
  tickMs?: number;
}

export type CountdownResult = 'continue' | 'skip' | 'timeout';

export const countdownPrompt = createPrompt<CountdownResult, CountdownConfig>((config, done) => {
  const [, setTicks] = useState(0);
  const [finished, setFinished] = useState(false);

  useEffect(() => {
    const timer = setInterval(() => {
      if (config.status().endNow) {
        setFinished(true);
        done('timeout');
      } else setTicks((n) => n + 1);
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
    }
  });

  if (finished) return config.header;
  return `${config.header}\n\n${config.status().line}\n${config.hints}`;
});
