import type { Io } from '../cli/io.js';
import { questionFileJsonSchema } from '../core/questions/schema.js';

export function schema(io: Io): void {
  io.stdout.write(`${JSON.stringify(questionFileJsonSchema(), null, 2)}\n`);
}
