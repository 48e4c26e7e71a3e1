// Self-rating 1–5: a single digit answers at once; Enter without a digit declines.
import { createPrompt, isEnterKey, useKeypress, useState } from '@inquirer/core';

export interface RatingConfig {
  message: string;
  min?: number;
  max?: number;
}

export const ratingPrompt = createPrompt<number | undefined, RatingConfig>((config, done) => {
  const min = config.min ?? 1;
  const max = config.max ?? 5;
  const [answer, setAnswer] = useState<string | undefined>(undefined);
  const [error, setError] = useState('');

  useKeypress((key, rl) => {
    if (answer !== undefined) return;
    const digit = Number(key.name);
    if (/^\d$/.test(key.name) && digit >= min && digit <= max) {
      setAnswer(String(digit));
      done(digit);
    } else if (isEnterKey(key)) {
      setAnswer('no rating');
      done(undefined);
    } else {
      setError(`Press a digit from ${min} to ${max}, or Enter to skip.`);
    }
    rl.clearLine(0);
  });

  const line = `${config.message} ${answer ?? `(${min}–${max}, Enter to skip)`}`;
  return error && answer === undefined ? `${line}\n${error}` : line;
});
