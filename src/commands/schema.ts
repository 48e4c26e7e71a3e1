import type { Io } from '../base/io.js';

export async function schema(io: Io, options: { interview?: boolean }): Promise<void> {
  const json = options.interview
    ? (await import('../core/interview/script-schema.js')).interviewScriptJsonSchema()
    : (await import('../core/questions/schema.js')).questionFileJsonSchema();
  io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
}
