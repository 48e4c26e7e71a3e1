// One rubric score: a digit scores; Enter keeps the score given before (or leaves it unscored);
// clearing an earlier score is an explicit key (Backspace or Delete) and asks for a "y" first.
import { createPrompt, isEnterKey, useKeypress, useState } from '@inquirer/core';
import { useFullScreen } from '../prompts/full-screen.js';
import { wrapStyled } from '../render/layout.js';

export interface ScoreConfig {
  /** Criterion title (and description), trusted and sanitised. */
  message: string;
  min: number;
  max: number;
  /** The score given earlier, kept by Enter. */
  current?: number;
  dim?: (text: string) => string;
  /** Full screen: this text above the prompt (the scale, scores so far), laid out per width. */
  header?: (width: number) => string;
  fullScreen?: boolean;
}

/** The score to save, or undefined for none. */
export const scorePrompt = createPrompt<number | undefined, ScoreConfig>((config, done) => {
  const dim = config.dim ?? ((s: string) => s);
  const [state, setState] = useState<{ answer?: string; error?: string; confirming?: boolean }>({});
  const { min, max, current } = config;
  const screen = useFullScreen(Boolean(config.fullScreen));
  const width = Math.max(1, screen.size.columns - 1);
  // On a full screen the whole page is painted, wrapped at the terminal's width.
  const page = (text: string) =>
    config.fullScreen
      ? screen.paint(
          [
            ...(config.header ? [config.header(width)] : []),
            wrapStyled(text, width).join('\n'),
          ].join('\n'),
        )
      : text;

  useKeypress((key, rl) => {
    rl.clearLine(0);
    if (state.answer !== undefined) return;
    const name = key.name ?? '';
    if (key.ctrl && name === 'l') return screen.redraw();
    if (state.confirming) {
      if (name === 'y') {
        setState({ answer: 'cleared' });
        done(undefined);
      } else setState({});
      return;
    }
    const digit = Number(name);
    if (/^\d$/.test(name) && digit >= min && digit <= max) {
      setState({ answer: String(digit) });
      done(digit);
    } else if (isEnterKey(key)) {
      setState({ answer: current === undefined ? 'not scored' : `${current} (kept)` });
      done(current);
    } else if (key.ctrl) {
      // Ctrl+Z and the like are not answers.
    } else if (current !== undefined && (name === 'backspace' || name === 'delete')) {
      setState({ confirming: true });
    } else {
      const enter = current === undefined ? 'Enter to leave it unscored' : 'Enter to keep it';
      setState({ error: `Press a digit from ${min} to ${max}, or ${enter}.` });
    }
  });

  const help =
    current === undefined
      ? `(${min}–${max}, Enter to leave unscored)`
      : `(was ${current}: ${min}–${max} to change, Enter keeps it, Backspace clears it)`;
  if (state.answer !== undefined) return page(`${config.message} ${state.answer}`);
  if (state.confirming)
    return page(
      `${config.message}\nClear the score of ${current}? y clears it, any other key keeps it.`,
    );
  const line = `${config.message} ${dim(help)}`;
  return page(state.error ? `${line}\n${state.error}` : line);
});
