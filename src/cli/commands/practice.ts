import { type Command, Option } from 'commander';
import type { Io } from '../../base/io.js';
import { collect, filterOptions } from './shared.js';

const PRACTICE_EXAMPLES = `
Examples:
  $ rehearse practice                              a start menu on a terminal (else every bundled question)
  $ rehearse practice --due --new 2                what is due, weakest first, plus two new ones
  $ rehearse practice --plan                       today's share of the interview plan
  $ rehearse practice --tag sbom --count 3 --shuffle
  $ rehearse practice --ids threat-model-connected-device --time 4m --on-timeout hard
  $ rehearse practice --aloud --reveal end --total 30m
  $ printf 'my answer\\n.\\n4\\n' | rehearse practice --ids some-id --plain

Keys: Enter inserts a new line, Ctrl+D submits, Ctrl+E opens $VISUAL/$EDITOR, Ctrl+X skips,
Ctrl+C saves and quits (continue later with "rehearse resume").`;

export function definePractice(program: Command, io: Io): void {
  const command = program
    .command('practice')
    .description(
      'answer questions under a countdown; your answers are saved beside the example answers',
    )
    .argument('[paths...]', 'question files or directories (default: the bundled packs)');
  for (const option of filterOptions()) command.addOption(option);
  command
    .addOption(
      new Option(
        '--ids <ids>',
        'only these question ids, in this order (comma-separated)',
      ).argParser(collect),
    )
    .option('-n, --count <n>', 'ask at most this many questions')
    .option('--shuffle', 'shuffle the questions (records the seed)')
    .option('--seed <seed>', 'seed for --shuffle: the same seed gives the same order')
    .addOption(new Option('--order <order>', 'question order').choices(['file']))
    .option('--due', 'what is due, weakest first, plus a few new questions (see "rehearse due")')
    .option('--limit <n>', 'with --due: at most this many due questions (default 10)')
    .option(
      '--new <n>',
      'with --due: at most this many new questions a day (default 3; 0 for none)',
    )
    .option('--plan', 'today\'s share of the interview plan (see "rehearse plan")')
    .option('--prep <duration>', 'prep time per question, e.g. 30s (overrides the files)')
    .option('--time <duration>', 'answer time per question, e.g. 2m30s (overrides the files)')
    .option('--total <duration>', 'cap on the whole session, e.g. 30m')
    .option('--no-timer', 'no time limits; durations are still recorded')
    .addOption(
      new Option('--on-timeout <mode>', 'at zero: keep typing with overtime shown, or submit')
        .choices(['soft', 'hard'])
        .default('soft'),
    )
    .addOption(
      new Option('--reveal <when>', 'when to show the example answer and rate yourself')
        .choices(['each', 'end', 'never'])
        .default('each'),
    )
    .option('--aloud', 'answer out loud: a countdown and no text area, then an optional note')
    .option('--bell', 'ring the terminal bell at the time warnings')
    .option(
      '--hints',
      'before the example answer, show the key points one at a time and let you add to your answer',
    )
    .option(
      '--plain',
      'line-by-line mode for pipes and screen readers (automatic when not a terminal)',
    )
    .addHelpText('after', PRACTICE_EXAMPLES)
    .action(async (paths: string[], options) =>
      (await import('../../commands/practice.js')).practice(io, paths, options),
    );

  program
    .command('resume')
    .description('continue an unfinished practice session or interview where it stopped')
    .argument('[session]', 'a session id or file (default: the newest unfinished session)')
    .option('--plain', 'line-by-line mode (automatic when not a terminal)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ rehearse resume\n  $ rehearse resume 20261126-180512-k3x9',
    )
    .action(async (session: string | undefined, options) =>
      (await import('../../commands/resume.js')).resume(io, session, options),
    );
}
