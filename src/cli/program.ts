// The command-line surface. Each command's definition lives in src/cli/commands/ and imports its
// implementation only when it runs, so `rehearse --help` loads commander and nothing else.
import { Command } from 'commander';
import type { Io } from '../base/io.js';
import { sanitizeForTerminal } from '../ui/sanitize.js';
import { defineImport } from './commands/import.js';
import { defineInterview } from './commands/interview.js';
import { defineLint } from './commands/lint.js';
import { defineList } from './commands/list.js';
import { definePractice } from './commands/practice.js';
import { defineReport } from './commands/report.js';
import { defineReview } from './commands/review.js';
import { defineSchedule } from './commands/schedule.js';
import { defineSchema } from './commands/schema.js';
import { VERSION } from './version.js';

const EXAMPLES = `
Examples:
  $ rehearse practice --count 5 --shuffle  five random bundled questions, timed
  $ rehearse resume                        continue the last unfinished session
  $ rehearse due                           what to practise today, weakest first
  $ rehearse plan --interview 2026-12-04   a day-by-day plan up to the interview
  $ rehearse list                          every bundled question
  $ rehearse list --tag threat-modelling   only questions with that tag
  $ rehearse list my-questions/ --json     your own files, as JSON
  $ rehearse lint --format sarif -o lint.sarif   check question files for CI
  $ rehearse schema > question-file.schema.json
  $ rehearse import guide.txt -o guide.yaml    your own questions from text, Markdown, CSV, Anki
  $ rehearse new my-questions.yaml            a starter question file

Question files are YAML; see docs/question-format.md. Data lives in $REHEARSE_HOME
(or the platform data directory). Set NO_COLOR=1 to turn colour off.`;

export function buildProgram(io: Io): Command {
  const program = new Command('rehearse')
    .description(
      'Rehearse interviews in the terminal: timed questions, saved answers, example answers to compare.',
    )
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // Usage errors quote what was typed, which may hold escapes: shown, not executed.
      writeErr: (s) => io.stderr.write(sanitizeForTerminal(s)),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
    });

  definePractice(program, io);
  defineSchedule(program, io);
  defineReview(program, io);
  defineReport(program, io);
  defineInterview(program, io);
  defineList(program, io);
  defineLint(program, io);
  defineSchema(program, io);
  defineImport(program, io);
  return program;
}
