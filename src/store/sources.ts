// Turns the paths a user typed (files, directories, globs) into parsed question files.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../base/errors.js';
import { SCRIPT_FILE } from '../core/interview/script-schema.js';
import { type ParsedFile, parseQuestionFile } from '../core/load/parse-file.js';
import { FILE_START, type Problem } from '../core/problem.js';
import { crossFileProblems } from '../core/questions/bank.js';
import { BUNDLED_QUESTIONS, displayPath } from './paths.js';

const YAML_GLOB = '**/*.{yaml,yml}';

/** Every YAML file the inputs name, sorted, without duplicates. Missing inputs are usage errors. */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const targets = inputs.length ? inputs : [BUNDLED_QUESTIONS];
  const found = new Set<string>();
  for (const input of targets) {
    const absolute = path.resolve(cwd, input);
    if (isDynamicPattern(input)) {
      const matches = await glob(input, { cwd, absolute: true, onlyFiles: true });
      const yaml = matches.filter((m) => /\.ya?ml$/i.test(m));
      if (yaml.length === 0) throw new InputError(`no YAML files match "${input}"`);
      for (const m of yaml) found.add(path.normalize(m));
      continue;
    }
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'ENOENT'
          ? 'no such file or directory'
          : error.code === 'EACCES'
            ? 'permission denied'
            : error.message;
      throw new InputError(`cannot read "${input}": ${reason}`);
    });
    if (info.isDirectory()) {
      const matches = await glob(YAML_GLOB, {
        cwd: absolute,
        absolute: true,
        onlyFiles: true,
        ignore: ['**/node_modules/**'],
      });
      if (matches.length === 0)
        throw new InputError(`no .yaml or .yml files in directory "${input}"`);
      for (const m of matches) found.add(path.normalize(m));
    } else {
      found.add(absolute);
    }
  }
  return [...found].sort();
}

export interface LoadedSources {
  files: ParsedFile[];
  problems: Problem[];
}

export async function readQuestionFile(absolute: string, cwd: string): Promise<ParsedFile> {
  const shown = displayPath(absolute, cwd);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      EISDIR: 'it is a directory',
      EACCES: 'permission denied',
      ENOENT: 'no such file',
    };
    const reason = reasons[code ?? ''] ?? (error as Error).message;
    const problem: Problem = {
      file: shown,
      rule: 'unreadable',
      severity: 'error',
      message: `cannot read file: ${reason}`,
      ...FILE_START,
    };
    return { file: shown, questions: [], problems: [problem] };
  }
  return parseQuestionFile(shown, bytes);
}

/** Reads and parses every question file the inputs name (interview scripts are left out), then
 * checks the files against each other. */
export async function loadSources(inputs: readonly string[], cwd: string): Promise<LoadedSources> {
  const paths = (await expandInputs(inputs, cwd)).filter((p) => !SCRIPT_FILE.test(p));
  if (paths.length === 0)
    throw new InputError('those paths hold only interview scripts; give question files');
  const files = await Promise.all(paths.map((p) => readQuestionFile(p, cwd)));
  const problems = [...files.flatMap((f) => f.problems), ...crossFileProblems(files)];
  return { files, problems };
}
