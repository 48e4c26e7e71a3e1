// The fast path of lint: most files in a question bank are clean, and proving a file clean does
// not need positions. js-yaml (several times faster than yaml's position-keeping parser) reads
// the file, and anything that could be a problem sends it to the full parse instead:
// a parse error, a duplicate key (js-yaml rejects them), anchors or aliases, tags, directives,
// tabs, control characters, YAML 1.1 look-alikes, suppression comments, a schema error or a
// missing example answer or key points. A property test checks that a file passed here gets no
// problem from the full parse either.

import type { ValidateFunction } from 'ajv';
import { CORE_SCHEMA, load } from 'js-yaml';
import { preflight } from '../load/preflight.js';
import { CONTROL_CLASS } from '../text/control.js';

export interface QuickEntry {
  id: string;
  prompt: string;
}

const CONTROL = new RegExp(CONTROL_CLASS);
// Control characters need no scan of the source: js-yaml refuses C0 and C1 controls itself, and
// plainText() below finds those in the data (from escapes such as "\e", or bidirectional
// overrides). Characters that one reader or the other may take for a line break do need one.
const LINE_BREAKS = ['\r', '\u0085', '\u2028', '\u2029'];
const YAML11 =
  '(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?0[0-7]+|[-+]?0[ob][0-9a-fA-F_]+|[-+]?\\d[\\d_]*(?::[0-5]?\\d)+(?:\\.\\d*)?|[-+]?\\d[\\d_]*_[\\d_]*)';
/** Features the fast path leaves to the full parse. Each test starts with a plain character or
 * is anchored at the start, which V8 scans for far faster than `^` with the m flag. */
function risky(text: string): boolean {
  return (
    text.includes('rehearse-lint-disable') ||
    text.includes('\t') ||
    text.startsWith('%') ||
    text.includes('\n%') || // directives
    DOCUMENT_MARKER.test(text) ||
    FIRST_DOCUMENT_MARKER.test(text) ||
    ((text.includes('&') || text.includes('*') || text.includes('!')) &&
      NODE_PROPERTY.test(text)) ||
    COMPLEX_KEY.test(text) ||
    FIRST_COMPLEX_KEY.test(text)
  );
}
const DOCUMENT_MARKER = /\n(?:---|\.\.\.)(?:\s|$)/;
const FIRST_DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:\s|$)/;
const NODE_PROPERTY = /(?:^|[\s[{,])[&*!][^\s,[\]{}]/; // anchors, aliases and tags
const COMPLEX_KEY = /\n[^\S\n]*\?\s/;
const FIRST_COMPLEX_KEY = /^[^\S\n]*\?\s/;

// YAML 1.1 look-alikes and plain scalars that yaml (YAML 1.2 core schema, yaml/dist/schema/core)
// reads as null, a boolean or a number where js-yaml may read text (`+.5`, `1e400`) are found in
// the data rather than the source: a string that could have been such a plain scalar, in a block
// or a flow collection, sends the file to the full parse. So do control characters that escapes
// (`"\e"`) put in the data.
const NOT_TEXT_IN_YAML =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)?$/;
const YAML11_WHOLE = new RegExp(`^${YAML11}$`);
/** The one number the schema allows, written the one way both readers agree on. */
const VERSION_ONE = /^version:[ ]+1[ ]*(?:#.*)?$/m;

// Control characters reach the data only through escapes (`"\e"`, which need a backslash) or
// as raw bidirectional overrides: js-yaml refuses raw C0 and C1 controls itself. Scanning every
// string for them costs more than the rest of these checks, so only such files are scanned.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

function readsAlike(data: unknown, text: string): boolean {
  const controls = text.includes('\\') || BIDI.test(text);
  const plainText = (value: unknown): boolean => {
    if (typeof value === 'string')
      return (
        !NOT_TEXT_IN_YAML.test(value) &&
        !YAML11_WHOLE.test(value) &&
        !(controls && CONTROL.test(value))
      );
    if (Array.isArray(value)) return value.every(plainText);
    if (!value || typeof value !== 'object') return false;
    for (const key in value) {
      if ((controls && CONTROL.test(key)) || !plainText((value as Record<string, unknown>)[key]))
        return false;
    }
    return true;
  };
  const { version, ...rest } = data as Record<string, unknown>;
  return (version === undefined || (version === 1 && VERSION_ONE.test(text))) && plainText(rest);
}

// js-yaml accepts flow collections and quoted scalars that go on over several lines with less
// indentation than yaml requires, and comments glued to a closing quote or bracket (`'a'#c`); yaml
// refuses all of these. Such layouts are rare, so files with them take the full parse.
const OPEN_QUOTE = /(?:^|[:-] |[[{,])[ ]*(?:"(?:[^"\\\n]|\\.)*|'(?:[^'\n]|'')*)$/m;
const GLUED_COMMENT = /['"\]}]#/;
const FLOW = /[[\]{}]/g;

function spansLines(text: string): boolean {
  const quotes = text.includes('"') || text.includes("'");
  if ((quotes && OPEN_QUOTE.test(text)) || (text.includes('#') && GLUED_COMMENT.test(text)))
    return true;
  // A flow collection must close on the line it opens: no line break while depth is not 0.
  let depth = 0;
  let last = 0;
  FLOW.lastIndex = 0;
  for (let m = FLOW.exec(text); m; m = FLOW.exec(text)) {
    if (depth !== 0) {
      const lineBreak = text.indexOf('\n', last);
      if (lineBreak !== -1 && lineBreak < m.index) return true;
    }
    depth += m[0] === '[' || m[0] === '{' ? 1 : -1;
    last = m.index;
  }
  return depth !== 0;
}

/** The file's questions when it is certainly clean, else undefined (lint it in full). */
export function quickClean(text: string, validate: ValidateFunction): QuickEntry[] | undefined {
  if (LINE_BREAKS.some((c) => text.includes(c)) || risky(text) || spansLines(text))
    return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (!validate(data) || !readsAlike(data, text)) return undefined;
  // The full parse refuses files over its caps (lines, aliases, nesting) before reading them.
  if (preflight(text)) return undefined;
  const questions = (
    data as {
      questions: { id: string; prompt: string; example_answer?: string; key_points?: unknown[] }[];
    }
  ).questions;
  if (questions.some((q) => q.example_answer === undefined || !q.key_points?.length))
    return undefined;
  return questions.map((q) => ({ id: q.id, prompt: q.prompt }));
}
