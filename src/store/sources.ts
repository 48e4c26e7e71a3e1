// Turns the paths a user typed (files, directories, globs) into parsed question files.
import { type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../base/errors.js';
import { SCRIPT_FILE } from '../core/interview/script-schema.js';
import { type ParsedFile, parseQuestionFile } from '../core/load/parse-file.js';
import type { Problem } from '../core/problem.js';
import { crossFileProblems } from '../core/questions/bank.js';
import { fsReason } from './fs-errors.js';
import { BUNDLED_QUESTIONS, displayPath } from './paths.js';
import { readOrProblem } from './read-file.js';
import { uniqueFiles, walkYamlFiles } from './walk.js';

/** Every YAML file the inputs name, sorted, without duplicates. Missing inputs are usage errors. */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const targets = inputs.length ? inputs : [BUNDLED_QUESTIONS];
  const found = new Set<string>();
  for (const input of targets) {
    const absolute = path.resolve(cwd, input);
    if (isDynamicPattern(input)) {
      const matches = await glob(input, { cwd, absolute: true, onlyFiles: true });
      const yaml = uniqueFiles(matches.filter((m) => /\.ya?ml$/i.test(m)).sort());
      if (yaml.length === 0) throw new InputError(`no YAML files match "${input}"`);
      for (const m of yaml) found.add(path.normalize(m));
      continue;
    }
    let info: Stats;
    try {
      info = statSync(absolute);
    } catch (error) {
      throw new InputError(`cannot read "${input}": ${fsReason(error)}`);
    }
    if (info.isDirectory()) {
      const matches = walkYamlFiles(absolute);
      if (matches.length === 0)
        throw new InputError(`no .yaml or .yml files in directory "${input}"`);
      for (const m of matches) found.add(path.normalize(m));
    } else {
      // Whatever it is (a FIFO, a device), the reader refuses it with a reason.
      found.add(absolute);
    }
  }
  return [...found].sort();
}

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
  const problems = [...files.flatMap((f) => f.problems), ...crossFileProblems(files)];
  return { files, problems };
}
