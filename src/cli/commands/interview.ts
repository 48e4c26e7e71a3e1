import type { Command } from 'commander';
import type { Io } from '../../base/io.js';

const INTERVIEW_EXAMPLES = `
Examples:
  $ rehearse interview questions/product-security-engineer.interview.yaml --candidate "Sam Lee"
  $ rehearse resume                      continue an interrupted interview

Keys: type notes freely · Alt+1…9 tick a key point · Ctrl+F note the next follow-up ·
Ctrl+N next question · Ctrl+B back · Ctrl+X skip · Ctrl+C save and quit.
Example answers are never shown in interview mode. Scripts: docs/interview-script.md.`;

export function defineInterview(program: Command, io: Io): void {
  program
    .command('interview')
    .description('run a scripted interview as the interviewer and save a scorecard')
    .argument('<script>', 'an interview script (*.interview.yaml)')
    .option('--candidate <name>', "the candidate's name, for the scorecard")
    .option(
      '--plain',
      'line-by-line mode for pipes and screen readers (automatic when not a terminal)',
    )
    .addHelpText('after', INTERVIEW_EXAMPLES)
    .action(async (script: string, options) =>
      (await import('../../commands/interview.js')).interview(io, script, options),
    );
}
