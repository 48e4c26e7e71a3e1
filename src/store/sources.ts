// Turns the paths a user typed (files, directories, globs) into parsed question files.
import { InputError } from '../base/errors.js';
import { SCRIPT_FILE } from '../core/interview/script-schema.js';
import { type ParsedFile, parseQuestionFile } from '../core/load/parse-file.js';
import type { Problem } from '../core/problem.js';
import { crossFileProblems, questionRefs } from '../core/questions/bank.js';
import { expandInputs } from './inputs.js';
import { displayPath } from './paths.js';
import { readOrProblem } from './read-file.js';

export interface LoadedSources {
  files: ParsedFile[];
  problems: Problem[];
}

export function readQuestionFile(absolute: string, cwd: string): ParsedFile {
  const shown = displayPath(absolute, cwd);
  const bytes = readOrProblem(absolute, shown);
  if (!(bytes instanceof Uint8Array)) return { file: shown, questions: [], problems: [bytes] };
  return parseQuestionFile(shown, bytes);
}

/** Reads and parses every question file the inputs name (interview scripts are left out), then
 * checks the files against each other. */
export async function loadSources(inputs: readonly string[], cwd: string): Promise<LoadedSources> {
  const paths = (await expandInputs(inputs, cwd)).filter((p) => !SCRIPT_FILE.test(p));
  if (paths.length === 0)
    throw new InputError('those paths hold only interview scripts; give question files');
  const files = paths.map((p) => readQuestionFile(p, cwd));
  const problems = [...files.flatMap((f) => f.problems), ...crossFileProblems(questionRefs(files))];
  return { files, problems };
}
