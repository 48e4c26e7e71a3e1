// Lines from a stream, one at a time, for plain mode; `undefined` once input has ended.
import { createInterface } from 'node:readline';

export interface LineReader {
  next(): Promise<string | undefined>;
  /** Resolves a pending read early (a hard time limit) without consuming input. */
  interrupt(): void;
  close(): void;
}

export function lineReader(input: NodeJS.ReadableStream): LineReader {
  const queue: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  const rl = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  rl.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else queue.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const w of waiting.splice(0)) w(undefined);
  });
  return {
    next() {
      if (queue.length) return Promise.resolve(queue.shift());
      if (ended) return Promise.resolve(undefined);
      return new Promise((resolve) => waiting.push(resolve));
    },
    interrupt() {
      for (const w of waiting.splice(0)) w(undefined);
    },
    close: () => rl.close(),
  };
}
