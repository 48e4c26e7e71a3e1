// The fast path of lint: most files in a question bank are clean, and proving a file clean does
// not need positions. js-yaml (several times faster than yaml's position-keeping parser) reads
// the file, and anything that could be a problem sends it to the full parse instead:
// a parse error, a duplicate key (js-yaml rejects them), anchors or aliases, tags, directives,
// tabs, control characters, YAML 1.1 look-alikes, suppression comments, a schema error or a
// missing example answer or key points. A property test checks that a file passed here gets no
// problem from the full parse either.
import { load } from 'js-yaml';
import type { ValidateFunction } from 'ajv';
import { CONTROL_CLASS } from '../text/control.js';

export interface QuickEntry {
  id: string;
  prompt: string;
}

const CONTROL = new RegExp(CONTROL_CLASS);
const YAML11 = '(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?0[0-7]+|[-+]?0[ob][0-9a-fA-F_]+|[-+]?\\d[\\d_]*(?::[0-5]?\\d)+(?:\\.\\d*)?|[-+]?\\d[\\d_]*_[\\d_]*)';
const RISKY = [
  /rehearse-lint-disable/,
  /\t/,
  /^%/m,
  /^(?:---|\.\.\.)(?:\s|$)/m,
  /(?:^|[\s[{,])[&*!][^\s,[\]{}]/m, // anchors, aliases and tags
  /^\s*\?\s/m, // complex keys
  new RegExp(`(?:^\\s*(?:-\\s+|[^\\s#:][^:#]*:\\s+)|[[,]\\s*)${YAML11}\\s*(?:#.*)?(?:$|(?=[,\\]]))`, 'm'),
];

function hasControl(value: unknown): boolean {
  if (typeof value === 'string') return CONTROL.test(value);
  if (Array.isArray(value)) return value.some(hasControl);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => CONTROL.test(k) || hasControl(v));
  return false;
}

/** The file's questions when it is certainly clean, else undefined (lint it in full). */
export function quickClean(text: string, validate: ValidateFunction): QuickEntry[] | undefined {
  if (CONTROL.test(text) || RISKY.some((r) => r.test(text))) return undefined;
  let data: unknown;
  try {
    data = load(text);
  } catch {
    return undefined;
  }
  if (!validate(data) || hasControl(data)) return undefined;
  const questions = (data as { questions: { id: string; prompt: string; example_answer?: string; key_points?: string[] }[] }).questions;
  if (questions.some((q) => q.example_answer === undefined || !q.key_points?.length)) return undefined;
  return questions.map((q) => ({ id: q.id, prompt: q.prompt }));
}
