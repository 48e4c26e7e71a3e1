// Linting one file, for `rehearse lint` and its worker threads. The fast path (most files are
// clean) needs only js-yaml and the compiled validator; the full, position-keeping parse and the
// interview-script checks are imported the first time a file needs them.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import type { Directive } from '../core/lint/directives.js';
import { findDirectives } from '../core/lint/directives.js';
import { type QuickEntry, quickClean } from '../core/lint/quick.js';
import { FILE_START, type Problem } from '../core/problem.js';
import { SCHEMA_ID, SCRIPT_FILE } from '../core/questions/schema-constants.js';
import { displayPath } from '../store/paths.js';
import { precompiledValidators } from '../store/precompiled.js';

export interface FileResult {
  path: string;
  absolute: string;
  problems: Problem[];
  directives: Directive[];
  entries: QuickEntry[];
}

/** Same cap as the full parse (src/core/load/yaml-file.ts); bigger files go the full way. */
const QUICK_MAX_BYTES = 1024 * 1024;

const unreadable = (shown: string, reason: string): Problem => ({
  file: shown,
  rule: 'unreadable',
  severity: 'error',
  message: `cannot read file: ${reason}`,
  ...FILE_START,
});

/** The file's bytes, or the problem that stops it being read. Only regular files are read, and
 * only up to the size cap: a FIFO or device named on the command line (`lint /dev/zero`) must
 * neither hang nor fill memory. O_NONBLOCK keeps the open of a FIFO from waiting for a writer. */
export function readOrProblem(absolute: string, shown: string): Uint8Array | Problem {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (info.isDirectory()) return unreadable(shown, 'it is a directory');
    if (!info.isFile()) return unreadable(shown, 'it is not a regular file');
    if (info.size > QUICK_MAX_BYTES) {
      // Worded as the full parse words it (src/core/load/yaml-file.ts), without reading the file.
      const size = `${(info.size / 1024 / 1024).toFixed(1)} MiB`;
      return {
        file: shown,
        rule: 'too-large',
        severity: 'error',
        message: `file is ${size}, over the 1 MiB limit for a question file; split it into several files`,
        ...FILE_START,
      };
    }
    return readFileSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return unreadable(
      shown,
      code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (error as Error).message,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// Strict UTF-8 in native code. It refuses what decodeUtf8() refuses (src/core/load/decode.ts) but
// for NUL bytes and a second BOM, checked here; anything refused takes the full parse, which says why.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function quickDecode(bytes: Uint8Array): string | undefined {
  if (bytes.indexOf(0) !== -1) return undefined;
  try {
    const text = UTF8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? undefined : text;
  } catch {
    return undefined;
  }
}

/** The fast path's validator: the build's precompiled one, which needs no Ajv loaded (a worker
 * starts that much sooner), or, running from the sources, one compiled now. */
async function quickValidator(): Promise<ValidateFunction> {
  const ready = precompiledValidators()[SCHEMA_ID];
  if (ready) return ready;
  const [{ validatorFor }, { questionFileJsonSchema }] = await Promise.all([
    import('../core/load/validate.js'),
    import('../core/questions/schema.js'),
  ]);
  return validatorFor(SCHEMA_ID, questionFileJsonSchema);
}

/** The full parse compiles validators on first use; hand it the precompiled ones instead. */
async function fullParse() {
  const [parseFile, parseScript, validate] = await Promise.all([
    import('../core/load/parse-file.js'),
    import('../store/scripts.js'),
    import('../core/load/validate.js'),
  ]);
  validate.usePrecompiled(precompiledValidators());
  return { parseQuestionFile: parseFile.parseQuestionFile, loadScript: parseScript.loadScript };
}

/** A copy that does not keep the whole file's text alive, as a slice of it would: results are
 * kept for every file until the report, and 20,000 texts would cost 100 MB. */
const detach = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

export async function lintOne(absolute: string, cwd: string): Promise<FileResult> {
  const shown = displayPath(absolute, cwd);
  if (SCRIPT_FILE.test(absolute)) {
    const { loadScript } = await fullParse();
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
    const text = quickDecode(bytes);
    const entries = text === undefined ? undefined : quickClean(text, await quickValidator());
    if (entries) {
      const kept = entries.map((e) => ({ id: detach(e.id), prompt: detach(e.prompt) }));
      return { path: shown, absolute, problems: [], directives: [], entries: kept };
    }
  }
  const { parseQuestionFile } = await fullParse();
  const parsed = parseQuestionFile(shown, bytes);
  return {
    path: shown,
    absolute,
    problems: parsed.problems,
    directives: parsed.text ? findDirectives(parsed.text) : [],
    entries: parsed.questions.map((q) => ({
      id: detach(q.question.id),
      prompt: detach(q.question.prompt),
    })),
  };
}
