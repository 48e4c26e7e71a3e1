// One line of text: a note, a line added after a hint, a justification, a name. Enter answers;
// with a default, an empty line answers the default and Tab writes it out to edit. Ctrl+Z
// suspends and resumes like every prompt of ours (suspend.ts), where Inquirer's own text prompt
// took no keys after `fg`.
import {
  createPrompt,
  isEnterKey,
  isTabKey,
  makeTheme,
  useKeypress,
  usePrefix,
  useState,
} from '@inquirer/core';
import { useSuspendOnCtrlZ } from './suspend.js';

export interface LineInputConfig {
  message: string;
  default?: string;
  /** Shown above the prompt when it is drawn again after Ctrl+Z and fg: the screen it was
   * asked on is gone by then (e.g. the hint the line answers). */
  context?: string;
}

export const lineInput = createPrompt<string, LineInputConfig>((config, done) => {
  const theme = makeTheme();
  const [value, setValue] = useState('');
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [resumed, setResumed] = useState(false);
  const prefix = usePrefix({ status, theme });
  useSuspendOnCtrlZ(() => setResumed(true));

  useKeypress((key, rl) => {
    if (status === 'done') return;
    if (isEnterKey(key)) {
      const answer = value === '' && config.default !== undefined ? config.default : value;
      setValue(answer);
      setStatus('done');
      done(answer);
    } else if (isTabKey(key) && value === '' && config.default) {
      rl.clearLine(0);
      rl.write(config.default);
      setValue(config.default);
    } else {
      setValue(rl.line);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(value)}`;
  const hint = value === '' && config.default ? theme.style.defaultAnswer(config.default) : '';
  const above = resumed && config.context ? `${config.context}\n` : '';
  return `${above}${prefix} ${message} ${hint}${value}`;
});
