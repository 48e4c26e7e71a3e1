import type { Command } from 'commander';
import type { Io } from '../../base/io.js';
import { filterOptions } from './shared.js';

export function defineList(program: Command, io: Io): void {
  const command = program
    .command('list')
    .description('list questions as a table (or JSON), with filters')
    .argument('[paths...]', 'question files or directories (default: the bundled packs)');
  for (const option of filterOptions()) command.addOption(option);
  command
    .option('--json', 'print the questions as a JSON array, with every field')
    .option('--no-pager', 'print straight to the terminal, never through $PAGER')
    .addHelpText(
      'after',
      '\nExamples:\n  $ rehearse list --difficulty hard --kind behavioral\n  $ rehearse list questions/ --json | jq length',
    )
    .action(async (paths: string[], options) =>
      (await import('../../commands/paged.js')).paged(io, options.pager, async (out) =>
        (await import('../../commands/list.js')).list(out, paths, options),
      ),
    );
}
