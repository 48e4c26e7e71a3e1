// Cheap scans before the YAML parser runs, so that hostile or absurd inputs are refused in
// milliseconds instead of costing seconds of parsing: too many lines, too many aliases, flow
// collections nested too deeply, block collections indented too deeply. Depth is refused here,
// by a count, rather than left to the parser's stack: where the stack runs out depends on the
// thread and on how warm the JIT is, and a file's report must not. The limits sit far above any real question file (the bundled
// packs are about 1,000 lines with no aliases and a nesting depth of 1).
import type { RuleId, Span } from '../problem.js';

/** Files larger than this are refused before they are read (docs/question-format.md). */
export const MAX_FILE_BYTES = 1024 * 1024;
const MAX_LINES = 5_000;
const MAX_ALIASES = 1_000;
const MAX_FLOW_DEPTH = 100;
/** Block collections nest by indentation, so the column where a line's content starts bounds
 * their depth; the parser's stack runs out near 1,000 levels. */
const MAX_BLOCK_COLUMN = 300;

export interface Refusal {
  rule: RuleId;
  message: string;
  span: Span;
}

const at = (line: number, column: number): Span => ({
  line,
  column,
  endLine: line,
  endColumn: column + 1,
});

/** The only characters the scan acts on; a regex finds them far faster than a loop over every
 * character (lint runs this on every file, clean ones included). */
const WATCHED = /[\n*[\]{}]/g;

/** Where a line's content starts, after its indentation and any "- ", "? " or ": " indicators
 * (each of which opens a nested collection on the same line). */
function contentColumn(text: string, start: number): number {
  let i = start;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 /* space */) i++;
    else if ((c === 45 || c === 63 || c === 58) /* - ? : */ && text.charCodeAt(i + 1) === 32)
      i += 2;
    else return i - start;
  }
}

const tooDeep = (line: number, column: number): Refusal => ({
  rule: 'yaml-syntax',
  message: `collections are nested too deeply: line ${line} starts its content at column ${column}, past the limit of ${MAX_BLOCK_COLUMN}; flatten the file`,
  span: at(line, column),
});

/** `indentation`: check block nesting by columns (off for files rehearse writes itself, whose
 * typed answers may be indented however the candidate likes). */
export function preflight(
  text: string,
  maxLines = MAX_LINES,
  indentation = true,
): Refusal | undefined {
  let lines = 1;
  let lineStart = 0;
  let aliases = 0;
  let depth = 0;
  WATCHED.lastIndex = 0;
  const first = indentation ? contentColumn(text, 0) : 0;
  if (first > MAX_BLOCK_COLUMN) return tooDeep(1, first + 1);
  for (let m = WATCHED.exec(text); m; m = WATCHED.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines++;
      lineStart = i + 1;
      if (lines > maxLines) {
        return {
          rule: 'too-large',
          message: `file has more than ${maxLines.toLocaleString('en')} lines, the limit for one file; split it into several files`,
          span: at(lines, 1),
        };
      }
      if (indentation) {
        const column = contentColumn(text, lineStart);
        if (column > MAX_BLOCK_COLUMN) return tooDeep(lines, column + 1);
      }
    } else if (c === 42 /* * */) {
      if (
        (i === 0 || /[\s[{,:]/.test(text[i - 1] as string)) &&
        /[^\s,[\]{}]/.test(text[i + 1] ?? ' ') &&
        ++aliases > MAX_ALIASES
      ) {
        return {
          rule: 'alias-limit',
          message: `file uses more than ${MAX_ALIASES} aliases; write the content out instead`,
          span: at(lines, i - lineStart + 1),
        };
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > MAX_FLOW_DEPTH) {
        return {
          rule: 'yaml-syntax',
          message: `collections are nested more than ${MAX_FLOW_DEPTH} levels deep`,
          span: at(lines, i - lineStart + 1),
        };
      }
    } else {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
