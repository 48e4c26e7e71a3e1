// A screen to read before going on (the interview's intro): text laid out at the terminal's width
// on every render, so a resize reflows it, and one key line at the bottom. Enter goes on.
import { createPrompt, isEnterKey, useKeypress, useState } from '@inquirer/core';
import { wrapStyled } from '../render/layout.js';
import { useFullScreen } from './full-screen.js';

export interface ReadScreenConfig {
  /** Trusted, sanitised text, laid out at the given width. */
  text: (width: number) => string;
  /** The key line, e.g. "Press Enter to start the interview". */
  message: string;
  fullScreen?: boolean;
}

export const readScreen = createPrompt<void, ReadScreenConfig>((config, done) => {
  const [finished, setFinished] = useState(false);
  const screen = useFullScreen(Boolean(config.fullScreen));
  const width = Math.max(1, screen.size.columns - 1);

  useKeypress((key, rl) => {
    rl.clearLine(0);
    if (finished) return;
    if (isEnterKey(key)) {
      setFinished(true);
      done();
    } else if (key.ctrl && key.name === 'l') screen.redraw();
  });

  const text = config.text(width).split('\n');
  const prompt = wrapStyled(config.message, width);
  if (!config.fullScreen) return [...text, '', ...prompt].join('\n');
  // The key line always shows: a text taller than the screen gives way at its end.
  const room = Math.max(1, screen.size.rows - 1 - prompt.length - 1);
  const shown = text.length > room ? [...text.slice(0, room - 1), '…'] : text;
  return screen.paint([...shown, '', ...prompt].join('\n'));
});
