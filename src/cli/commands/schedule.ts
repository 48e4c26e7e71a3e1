import type { Command } from 'commander';
import type { Io } from '../../base/io.js';

export function defineSchedule(program: Command, io: Io): void {
  program
    .command('due')
    .description('what to practise today: due questions weakest first, then how many are new')
    .argument('[paths...]', 'question files or directories (default: the bundled packs)')
    .option('--on <date>', 'what is due by this day, YYYY-MM-DD (default: today)')
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ rehearse due\n  $ rehearse due --on 2026-12-04 --json\n  $ rehearse practice --due        practise what is due\n\nSee docs/practice.md for how ratings set the next date.',
    )
    .action(async (paths: string[], options) =>
      (await import('../../commands/due.js')).due(io, paths, options),
    );

  program
    .command('plan')
    .description('a day-by-day plan up to your interview date (the date is remembered)')
    .argument('[paths...]', 'question files or directories (default: the bundled packs)')
    .option('--interview <date>', 'the interview day, YYYY-MM-DD')
    .option('--per-day <n>', 'at most this many questions a day (remembered)')
    .option('--clear', 'forget the interview date')
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      "\nExamples:\n  $ rehearse plan --interview 2026-12-04\n  $ rehearse plan --per-day 4 --json\n  $ rehearse practice --plan       today's share\n  $ rehearse plan --clear",
    )
    .action(async (paths: string[], options) =>
      (await import('../../commands/plan.js')).plan(io, paths, options),
    );
}
