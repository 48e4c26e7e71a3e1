// Cheap scans before the YAML parser runs, so that hostile or absurd inputs are refused in
// milliseconds instead of costing seconds of parsing: too many lines, too many aliases, flow
// collections nested too deeply. The limits sit far above any real question file (the bundled
// packs are about 1,000 lines with no aliases and a nesting depth of 1).
import type { RuleId, Span } from '../problem.js';

/** Files larger than this are refused before they are read (docs/question-format.md). */
export const MAX_FILE_BYTES = 1024 * 1024;
const MAX_LINES = 5_000;
const MAX_ALIASES = 1_000;
const MAX_FLOW_DEPTH = 100;

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

export function preflight(text: string, maxLines = MAX_LINES): Refusal | undefined {
  let lines = 1;
  let lineStart = 0;
  let aliases = 0;
  let depth = 0;
  WATCHED.lastIndex = 0;
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
