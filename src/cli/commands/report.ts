import type { Command } from 'commander';
import type { Io } from '../../base/io.js';

const REPORT_EXAMPLES = `
Examples:
  $ rehearse report --html report.html              the newest session, as a web page
  $ rehearse report 20260105-093000-ab12 --md notes.md
  $ rehearse report --html - --question secure-boot-chain-of-trust > boot.html
  $ rehearse report sessions/old.yaml --html old.html --md old.md

The HTML file is self-contained (no scripts, no network) and prints well. Coverage, word counts
and STAR parts are heuristics to guide your own review, not a grade.`;

export function defineReport(program: Command, io: Io): void {
  program
    .command('report')
    .description(
      'write a session as a self-contained HTML page and/or Markdown, answers beside example answers',
    )
    .argument('[session]', 'a session id or file (default: the newest session)')
    .option('--html <file>', 'write the HTML report to this file (- for standard output)')
    .option('--md <file>', 'write the Markdown report to this file (- for standard output)')
    .option('--question <id>', 'only this question of the session')
    .addHelpText('after', REPORT_EXAMPLES)
    .action(async (session: string | undefined, options) =>
      (await import('../../commands/report.js')).report(io, session, options),
    );
}
