// Linting one file for `rehearse lint`: read it with the one reader, parse it with the one parser
// and keep only what the report and the checks across files need (its problems, suppression
// comments and each question's id, prompt fingerprint and place), so memory stays flat over many files.
import type { Directive } from '../core/lint/directives.js';
import { findDirectives } from '../core/lint/directives.js';
import { parseQuestionFile } from '../core/load/parse-file.js';
import type { Problem } from '../core/problem.js';
import { type QuestionRef, questionRef } from '../core/questions/bank.js';
import { SCRIPT_FILE } from '../core/questions/schema-constants.js';
import { displayPath } from '../store/paths.js';
import { readOrProblem } from '../store/read-file.js';
import { loadScript } from '../store/scripts.js';

export interface FileResult {
  path: string;
  absolute: string;
  problems: Problem[];
  directives: Directive[];
  questions: QuestionRef[];
}

/** A copy that does not keep the whole file's text alive, as a slice of it would: results are
 * kept for every file until the report, and 20,000 texts would cost 100 MB. */
const detach = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));

export function lintOne(absolute: string, cwd: string): FileResult {
  const shown = displayPath(absolute, cwd);
  if (SCRIPT_FILE.test(absolute)) {
    const loaded = loadScript(absolute, cwd);
    // Problems inside the sources belong to those files; they are reported when those are linted.
    const problems = loaded.problems.filter((p) => p.file === shown);
    return {
      path: shown,
      absolute,
      problems,
      directives: loaded.text ? findDirectives(loaded.text) : [],
      questions: [],
    };
  }
  const bytes = readOrProblem(absolute, shown);
  if (!(bytes instanceof Uint8Array))
    return { path: shown, absolute, problems: [bytes], directives: [], questions: [] };
  const parsed = parseQuestionFile(shown, bytes);
  return {
    path: shown,
    absolute,
    problems: parsed.problems,
    directives: parsed.text ? findDirectives(parsed.text) : [],
    questions: parsed.questions.map((q) => ({ ...questionRef(q), id: detach(q.question.id) })),
  };
}
