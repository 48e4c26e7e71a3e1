// Shared by every command that needs questions: load, stop with exit 2 on errors, return the rest.
import { InputError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import type { LoadedQuestion, ParsedFile } from '../core/load/parse-file.js';
import { compareProblems } from '../core/problem.js';
import { registerValidators } from '../store/precompiled.js';
import { loadSources } from '../store/sources.js';

export async function loadQuestions(
  io: Io,
  paths: readonly string[],
): Promise<{ questions: LoadedQuestion[]; files: ParsedFile[] }> {
  // The build's precompiled validators save compiling the schema in every process.
  registerValidators();
  const { files, problems } = await loadSources(paths, io.cwd);
  const errors = problems.filter((p) => p.severity === 'error').sort(compareProblems);
  if (errors.length > 0) {
    const count = `${errors.length} error${errors.length === 1 ? '' : 's'}`;
    throw new InputError(`question files have ${count}; run "rehearse lint" for details`, errors);
  }
  return { questions: files.flatMap((f) => f.questions), files };
}
