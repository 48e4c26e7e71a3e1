// The reveal after an answer as a page, like less: a fixed heading naming the question, the
// comparison scrolling beneath it (arrows, PgUp/PgDn, Space, Home/End) and the rating prompt
// always on the bottom rows, whatever the terminal's size. A digit rates, Enter skips the rating,
// "t" (when offered) answers the same question once more.
import { createPrompt, isEnterKey, useKeypress, useState } from '@inquirer/core';
import { wrapStyled } from '../render/layout.js';
import { useFullScreen } from './full-screen.js';

export interface RevealPageConfig {
  /** The heading, laid out at the given width (trusted, sanitised). */
  heading: (width: number) => string;
  /** The comparison, laid out at the given width (trusted, sanitised). */
  body: (width: number) => string;
  /** The question asked on the bottom row, e.g. "How did you do? Rate yourself". */
  message: string;
  askRating: boolean;
  /** Offer "t: try again". */
  retry?: boolean;
  min?: number;
  max?: number;
  dim?: (text: string) => string;
  fullScreen?: boolean;
}

export type RevealResult = { rating?: number; retry?: boolean };

interface View {
  top: number;
  error: string;
  done?: string;
}

const SCROLL: Record<string, (top: number, page: number) => number> = {
  up: (t) => t - 1,
  k: (t) => t - 1,
  down: (t) => t + 1,
  j: (t) => t + 1,
  pageup: (t, p) => t - p,
  b: (t, p) => t - p,
  pagedown: (t, p) => t + p,
  space: (t, p) => t + p,
  home: () => 0,
  g: () => 0,
  end: () => Number.MAX_SAFE_INTEGER,
};

export const revealPage = createPrompt<RevealResult, RevealPageConfig>((config, done) => {
  const min = config.min ?? 1;
  const max = config.max ?? 5;
  const dim = config.dim ?? ((s: string) => s);
  const [view, setView] = useState<View>({ top: 0, error: '' });
  const screen = useFullScreen(Boolean(config.fullScreen));
  const width = Math.max(1, screen.size.columns - 1);

  const heading = config.heading(width).split('\n');
  const body = config.body(width).split('\n');
  const prompt = config.askRating
    ? `${config.message} ${dim(`(${min}–${max}, Enter to skip${config.retry ? ', t to try again' : ''})`)}`
    : `${config.message} ${dim(`(Enter to continue${config.retry ? ', t to try again' : ''})`)}`;
  const footer = [
    ...wrapStyled(view.done ? `${config.message} ${view.done}` : prompt, width),
    ...(view.error && !view.done ? wrapStyled(view.error, width) : []),
  ];
  // Rows for the body: the screen less the heading, a blank line, the position line and footer.
  const page = Math.max(1, screen.size.rows - heading.length - 2 - footer.length - 1);
  const maxTop = Math.max(0, body.length - page);
  const top = Math.min(view.top, maxTop);

  useKeypress((key, rl) => {
    rl.clearLine(0);
    if (view.done) return;
    const name = key.name ?? '';
    const finish = (label: string, result: RevealResult) => {
      setView({ ...view, top, done: label });
      done(result);
    };
    const digit = Number(name);
    if (config.askRating && /^\d$/.test(name) && digit >= min && digit <= max)
      return finish(String(digit), { rating: digit });
    if (isEnterKey(key)) return finish(config.askRating ? 'no rating' : '', {});
    if (config.retry && name === 't') return finish('trying again', { retry: true });
    if (key.ctrl && name === 'l') return screen.redraw();
    if (key.ctrl) return; // Ctrl+Z and the like are not answers
    const move = SCROLL[name];
    if (move && config.fullScreen) {
      setView({ ...view, error: '', top: Math.max(0, Math.min(maxTop, move(top, page))) });
      return;
    }
    setView({
      ...view,
      top,
      error: config.askRating
        ? `Press a digit from ${min} to ${max}, or Enter to skip.`
        : 'Press Enter to continue.',
    });
  });

  if (!config.fullScreen) return [...heading, '', ...body, '', ...footer].join('\n');
  const shown = body.slice(top, top + page);
  const position =
    body.length > page
      ? dim(
          `lines ${top + 1}–${top + shown.length} of ${body.length} · ↑↓ PgUp PgDn Home End scroll`,
        )
      : '';
  const filler = Array.from({ length: Math.max(0, page - shown.length) }, () => '');
  return screen.paint([...heading, '', ...shown, ...filler, position, ...footer].join('\n'));
});
