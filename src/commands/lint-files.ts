// Linting one file, for `rehearse lint` and its worker threads. The fast path (most files are
// clean) needs only js-yaml and the compiled validator; the full, position-keeping parse and the
// interview-script checks are imported the first time a file needs them.
import { readFileSync } from 'node:fs';
import type { Directive } from '../core/lint/directives.js';
import { findDirectives } from '../core/lint/directives.js';
import { type QuickEntry, quickClean } from '../core/lint/quick.js';
import { decodeUtf8 } from '../core/load/decode.js';
import { cachedValidator, validatorFor } from '../core/load/validate.js';
import { FILE_START, type Problem } from '../core/problem.js';
import { SCHEMA_ID, SCRIPT_FILE } from '../core/questions/schema-constants.js';
import { displayPath } from '../store/paths.js';
import { loadPrecompiledValidators } from '../store/precompiled.js';

export interface FileResult {
  path: string;
  absolute: string;
  problems: Problem[];
  directives: Directive[];
  entries: QuickEntry[];
}

/** Same cap as the full parse (src/core/load/yaml-file.ts); bigger files go the full way. */
const QUICK_MAX_BYTES = 1024 * 1024;

export function readOrProblem(absolute: string, shown: string): Uint8Array | Problem {
  try {
    return readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (error as Error).message;
    return {
      file: shown,
      rule: 'unreadable',
      severity: 'error',
      message: `cannot read file: ${reason}`,
      ...FILE_START,
    };
  }
}

async function quickValidator() {
  loadPrecompiledValidators();
  const ready = cachedValidator(SCHEMA_ID);
  if (ready) return ready;
  const { questionFileJsonSchema } = await import('../core/questions/schema.js');
  return validatorFor(SCHEMA_ID, questionFileJsonSchema);
}

export async function lintOne(absolute: string, cwd: string): Promise<FileResult> {
  const shown = displayPath(absolute, cwd);
  if (SCRIPT_FILE.test(absolute)) {
    const { loadScript } = await import('../store/scripts.js');
    const loaded = await loadScript(absolute, cwd);
    // Problems inside the sources belong to those files; they are reported when those are linted.
    const problems = loaded.problems.filter((p) => p.file === shown);
    return {
      path: shown,
      absolute,
      problems,
      directives: loaded.text ? findDirectives(loaded.text) : [],
      entries: [],
    };
  }
  const bytes = readOrProblem(absolute, shown);
  if (!(bytes instanceof Uint8Array))
    return { path: shown, absolute, problems: [bytes], directives: [], entries: [] };
  if (bytes.length <= QUICK_MAX_BYTES) {
    const decoded = decodeUtf8(bytes);
    const entries = decoded.ok ? quickClean(decoded.text, await quickValidator()) : undefined;
    if (entries) return { path: shown, absolute, problems: [], directives: [], entries };
  }
  const { parseQuestionFile } = await import('../core/load/parse-file.js');
  const parsed = parseQuestionFile(shown, bytes);
  return {
    path: shown,
    absolute,
    problems: parsed.problems,
    directives: parsed.text ? findDirectives(parsed.text) : [],
    entries: parsed.questions.map((q) => ({ id: q.question.id, prompt: q.question.prompt })),
  };
}
