import { type Command, Option } from 'commander';
import type { Io } from '../../base/io.js';
import { FORMATS } from '../../ui/reporters/formats.js';

const LINT_EXAMPLES = `
Examples:
  $ rehearse lint                                   questions/ (or the bundled packs)
  $ rehearse lint 'packs/**/*.yaml' --format compact
  $ rehearse lint --format sarif --output rehearse.sarif
  $ rehearse lint --fix-dry-run                     show the safe fixes as a diff
  $ rehearse lint --quiet --max-warnings 0
  $ rehearse lint --cache                           re-lint only what changed

Exit codes: 0 no errors · 1 errors (or too many warnings) · 2 usage error, no files, unreadable.
Suppress: # rehearse-lint-disable-next-line <rule>  ·  # rehearse-lint-disable-file <rule>
Rules and CI recipes: docs/lint.md`;

export function defineLint(program: Command, io: Io): void {
  program
    .command('lint')
    .description(
      'check question files and interview scripts: exact positions, CI formats, exit codes',
    )
    .argument(
      '[paths...]',
      'files, directories or globs (default: ./questions, else the bundled packs)',
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format (default: stylish; github under GitHub Actions)',
      ).choices(FORMATS),
    )
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option(
      '--fix',
      'apply fixes that cannot change meaning (duration spelling, quoting, trailing spaces)',
    )
    .option('--fix-dry-run', 'print the fixes as a unified diff; change nothing')
    .option('--cache', 'lint only files changed since the last --cache run (others are kept)')
    .option(
      '--cache-location <path>',
      'the cache file, or a directory for it (default: node_modules/.cache/rehearse/, else the platform cache directory)',
    )
    .addOption(
      new Option(
        '--cache-strategy <strategy>',
        'how a changed file is told: metadata (size and times) or content (a hash)',
      )
        .choices(['metadata', 'content'])
        .default('metadata'),
    )
    .option(
      '--concurrency <threads>',
      'threads to lint on: a number, auto (by the number of files and cores) or off',
      'auto',
    )
    .addHelpText('after', LINT_EXAMPLES)
    .action(async (paths: string[], options) =>
      (await import('../../commands/lint.js')).lint(io, paths, options),
    );
}
