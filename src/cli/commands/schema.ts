import type { Command } from 'commander';
import type { Io } from '../../base/io.js';

export function defineSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .description(
      'print the JSON Schema of question files (or interview scripts) for editors and tools',
    )
    .option('--interview', 'the schema of interview scripts (*.interview.yaml) instead')
    .addHelpText(
      'after',
      '\nExamples:\n  $ rehearse schema > question-file.schema.json\n  $ rehearse schema --interview > interview-script.schema.json',
    )
    .action(async (options) => (await import('../../commands/schema.js')).schema(io, options));
}
