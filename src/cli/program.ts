// The command-line surface. Command modules are imported only when their command runs, so that
// `rehearse --help` loads commander and nothing else.
import { Command, Option } from 'commander';
import { DIFFICULTIES, KINDS } from '../core/questions/schema-constants.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

const EXAMPLES = `
Examples:
  $ rehearse list                          every bundled question
  $ rehearse list --tag threat-modelling   only questions with that tag
  $ rehearse list my-questions/ --json     your own files, as JSON
  $ rehearse schema > question-file.schema.json

Question files are YAML; see docs/question-format.md. Data lives in $REHEARSE_HOME
(or the platform data directory). Set NO_COLOR=1 to turn colour off.`;

function collect(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

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
      writeErr: (s) => io.stderr.write(s),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
    });

  program
    .command('list')
    .description('list questions as a table (or JSON), with filters')
    .argument('[paths...]', 'question files or directories (default: the bundled packs)')
    .option(
      '-t, --tag <tags>',
      'only questions with any of these tags (repeatable, comma-separated)',
      collect,
    )
    .addOption(
      new Option('-d, --difficulty <levels>', 'only these difficulties')
        .argParser(collect)
        .choices(DIFFICULTIES),
    )
    .addOption(
      new Option('-k, --kind <kinds>', 'only these kinds').argParser(collect).choices(KINDS),
    )
    .option('--json', 'print the questions as a JSON array, with every field')
    .addHelpText(
      'after',
      '\nExamples:\n  $ rehearse list --difficulty hard --kind behavioral\n  $ rehearse list questions/ --json | jq length',
    )
    .action(async (paths: string[], options) =>
      (await import('../commands/list.js')).list(io, paths, options),
    );

  program
    .command('schema')
    .description('print the JSON Schema for question files (for editors and other tools)')
    .addHelpText('after', '\nExample:\n  $ rehearse schema > question-file.schema.json')
    .action(async () => (await import('../commands/schema.js')).schema(io));

  return program;
}
