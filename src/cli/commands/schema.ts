import type { Command } from 'commander';
import type { Io } from '../io.js';

export function defineSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .description('print the JSON Schema for question files (for editors and other tools)')
    .addHelpText('after', '\nExample:\n  $ rehearse schema > question-file.schema.json')
    .action(async () => (await import('../../commands/schema.js')).schema(io));
}
