// One YAML input file, from bytes to validated data or positioned problems, for any of our
// schemas (question files, interview scripts). Never throws on bad input.
import type { Document, LineCounter } from 'yaml';
import { compareProblems, FILE_START, type Problem } from '../problem.js';
import { decodeUtf8 } from './decode.js';
import { MAX_FILE_BYTES, preflight } from './preflight.js';
import { schemaProblems, validatorFor } from './validate.js';
import { parseYaml, TOO_DEEP } from './yaml-doc.js';

export { MAX_FILE_BYTES } from './preflight.js';

export interface FileKind {
  /** e.g. "question file"; used in messages. */
  name: string;
  schemaId: string;
  schema: () => object;
  /** What an empty file is missing, for its message. */
  required: string;
  /** Files rehearse writes itself (sessions, scorecards) hold typed answers: they may be longer
   * than a question file, and text in them is not checked for control characters or YAML 1.1
   * look-alikes. */
  record?: { maxBytes: number; maxLines: number };
}

export interface ParsedYamlFile {
  file: string;
  problems: Problem[];
  /** The data, when the file is valid YAML (it may still have schema errors). */
  data?: unknown;
  text?: string;
  doc?: Document;
  counter?: LineCounter;
}

const fileProblem = (
  file: string,
  rule: Problem['rule'],
  message: string,
  span = FILE_START,
): Problem => ({
  file,
  rule,
  severity: 'error',
  message,
  ...span,
});

export function parseYamlFile(file: string, bytes: Uint8Array, kind: FileKind): ParsedYamlFile {
  try {
    const parsed = parseUnsafe(file, bytes, kind);
    parsed.problems.sort(compareProblems);
    return parsed;
  } catch (error) {
    // Deep nesting can exhaust the parser's stack; report it like any other bad input.
    // Anything else is a bug in rehearse and must surface as one, not as a problem in the file.
    if (!(error instanceof RangeError && /call stack/i.test(error.message))) throw error;
    return {
      file,
      problems: [fileProblem(file, 'yaml-syntax', TOO_DEEP)],
    };
  }
}

function parseUnsafe(file: string, bytes: Uint8Array, kind: FileKind): ParsedYamlFile {
  const maxBytes = kind.record?.maxBytes ?? MAX_FILE_BYTES;
  if (bytes.length > maxBytes) {
    const size = `${(bytes.length / 1024 / 1024).toFixed(1)} MiB`;
    const limit = `${maxBytes / 1024 / 1024} MiB`;
    return {
      file,
      problems: [
        fileProblem(
          file,
          'too-large',
          `file is ${size}, over the ${limit} limit for a ${kind.name}; split it into several files`,
        ),
      ],
    };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok)
    return { file, problems: [fileProblem(file, 'encoding', decoded.message, decoded.span)] };
  const { text } = decoded;
  const refused = preflight(text, kind.record?.maxLines, !kind.record);
  if (refused)
    return {
      file,
      text,
      problems: [fileProblem(file, refused.rule, refused.message, refused.span)],
    };
  const parsed = parseYaml(file, text, { textChecks: !kind.record });
  const base = { file, text, doc: parsed.doc, counter: parsed.counter };
  if (parsed.data === undefined || parsed.data === null) {
    if (parsed.problems.length === 0) {
      parsed.problems.push(
        fileProblem(file, 'missing-field', `file is empty; a ${kind.name} needs ${kind.required}`),
      );
    }
    return { ...base, problems: parsed.problems };
  }
  const validate = validatorFor(kind.schemaId, kind.schema);
  const problems = [
    ...parsed.problems,
    ...schemaProblems(file, parsed.data, parsed.doc, parsed.counter, validate),
  ];
  return { ...base, problems, data: parsed.data };
}
