import type { Command } from 'commander';
import type { Io } from '../../base/io.js';

export function defineReview(program: Command, io: Io): void {
  program
    .command('review')
    .description(
      'compare your answers with the example answers: coverage, vocabulary, timing, STAR',
    )
    .argument('[session]', 'a session id or file (default: the newest session)')
    .option('-q, --question <id>', 'only this question')
    .option(
      '--rate <1-5>',
      'set or change the self-rating (with --question when there are several)',
    )
    .option('--attempts', 'with --question: every attempt at it side by side, and what changed')
    .option('--json', 'print the whole review as JSON')
    .option('--no-pager', 'print straight to the terminal, never through $PAGER')
    .addHelpText(
      'after',
      '\nExamples:\n  $ rehearse review\n  $ rehearse review --question sbom-third-party-components --attempts\n  $ rehearse review --question sbom-third-party-components --rate 4\n  $ rehearse review 20261126-180512-k3x9 --json',
    )
    .action(async (session: string | undefined, options) =>
      (await import('../../commands/paged.js')).paged(io, options.pager, async (out) =>
        (await import('../../commands/review.js')).review(out, session, options),
      ),
    );

  program
    .command('history')
    .description('one line per past session, newest first (or every attempt at one question)')
    .option('-q, --question <id>', 'every attempt at this question: rating, coverage, pace, time')
    .option('--json', 'print as JSON')
    .option('--no-pager', 'print straight to the terminal, never through $PAGER')
    .action(async (options) =>
      (await import('../../commands/paged.js')).paged(io, options.pager, async (out) =>
        (await import('../../commands/history.js')).history(out, options),
      ),
    );

  program
    .command('stats')
    .description('progress per question and tag: rating and coverage trends, weakest questions')
    .option('--json', 'print as JSON')
    .option('--no-pager', 'print straight to the terminal, never through $PAGER')
    .action(async (options) =>
      (await import('../../commands/paged.js')).paged(io, options.pager, async (out) =>
        (await import('../../commands/history.js')).stats(out, options),
      ),
    );
}
