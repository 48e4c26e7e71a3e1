// Reads an interview script and the question files it names (relative to the script).
import path from 'node:path';
import { checkScript } from '../core/interview/check-script.js';
import { type ParsedScript, parseScriptFile } from '../core/interview/parse-script.js';
import type { ParsedFile } from '../core/load/parse-file.js';
import type { Problem } from '../core/problem.js';
import { crossFileProblems, questionRefs } from '../core/questions/bank.js';
import { displayPath } from './paths.js';
import { readOrProblem } from './read-file.js';
import { readQuestionFile } from './sources.js';

export interface LoadedScript extends ParsedScript {
  sources: ParsedFile[];
  /** Script problems, then the sources' own errors. */
  problems: Problem[];
}

export function loadScript(absolute: string, cwd: string): LoadedScript {
  const shown = displayPath(absolute, cwd);
  const bytes = readOrProblem(absolute, shown, 'interview script');
  if (!(bytes instanceof Uint8Array)) return { file: shown, sources: [], problems: [bytes] };
  const parsed = parseScriptFile(shown, bytes);
  if (!parsed.script || !parsed.doc || !parsed.counter) return { ...parsed, sources: [] };
  const dir = path.dirname(absolute);
  const sources = parsed.script.sources.map((s) => readQuestionFile(path.resolve(dir, s), cwd));
  const missingSources = sources.flatMap((s, index) => {
    const errors = s.problems.filter((p) => p.severity === 'error');
    if (errors.length === 0) return [];
    const first = errors[0] as Problem;
    return [
      {
        index,
        reason:
          first.rule === 'unreadable'
            ? first.message
            : `it has ${errors.length} error${errors.length === 1 ? '' : 's'} (first: ${first.file}:${first.line}:${first.column} ${first.message})`,
      },
    ];
  });
  const questions = sources.flatMap((s) => s.questions);
  const problems = [
    ...parsed.problems,
    ...checkScript(parsed.script, {
      file: shown,
      doc: parsed.doc,
      counter: parsed.counter,
      questions,
      missingSources,
    }),
    ...crossFileProblems(questionRefs(sources)).filter((p) => p.severity === 'error'),
  ];
  return { ...parsed, sources, problems };
}
