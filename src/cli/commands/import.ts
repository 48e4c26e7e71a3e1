import { type Command, Option } from 'commander';
import type { Io } from '../../base/io.js';
import { collect } from './shared.js';

const IMPORT_EXAMPLES = `
Examples:
  $ rehearse import sre-questions.txt -o sre.yaml   a web page saved as text
  $ rehearse import guide.md --tag platform > guide.yaml
  $ rehearse import sheet.csv --title "Backend loop" -o backend.yaml
  $ rehearse import deck.txt -o deck.yaml           Anki: Notes in Plain Text

Formats (docs/import.md): text (a question, then "Example answer:" and the
answer; or Q:/A:), markdown (a heading per question), csv (a header row naming
question, answer, tags, key_points, kind, difficulty, answer_time), anki.
Exit codes: 0 written · 1 no question found · 2 unreadable input.`;

const NEW_EXAMPLES = `
Examples:
  $ rehearse new                      writes questions.yaml here
  $ rehearse new packs/backend.yaml`;

export function defineImport(program: Command, io: Io): void {
  program
    .command('import')
    .description('turn documents you already have (text, Markdown, CSV, Anki) into a question file')
    .argument('<files...>', 'documents to import (- for standard input); one file comes out')
    .addOption(
      new Option('--format <format>', 'how to read them (auto: by extension and content)')
        .choices(['auto', 'text', 'markdown', 'csv', 'anki'])
        .default('auto'),
    )
    .option('-o, --output <file>', 'write the question file here (default: standard output)')
    .option('--force', 'replace the --output file if it exists')
    .option('--title <title>', "the question file's title (default: the document's own)")
    .addOption(
      new Option(
        '--tag <tags>',
        'add tags to every question (repeatable, comma-separated)',
      ).argParser(collect),
    )
    .addHelpText('after', IMPORT_EXAMPLES)
    .action(async (files: string[], options) =>
      (await import('../../commands/import.js')).importFiles(io, files, options),
    );

  program
    .command('new')
    .description('write a starter question file with one example question; never overwrites')
    .argument('[file]', 'where to write it (default: questions.yaml)')
    .addHelpText('after', NEW_EXAMPLES)
    .action(async (file: string | undefined) =>
      (await import('../../commands/new.js')).newFile(io, file),
    );
}
