// YAML as rehearse writes it (session files, scorecards, imported question files): literal blocks for multi-line text, no
// folding of what was typed, and text that YAML 1.1 tools would read as a boolean or number
// ("yes", "no", "on", "1:30") quoted, so every YAML reader sees the same text. Characters YAML may
// not carry raw (DEL, C1 controls, U+FFFE, U+FFFF and the other noncharacters) are written as
// escapes in a double-quoted string: what rehearse writes, it reads back.
import { Document, visit } from 'yaml';
import { yaml11Reading } from '../core/text/yaml11.js';

// Outside YAML 1.2's printable set, plus Unicode's noncharacters (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF).
const ASTRAL_NONCHARACTERS = Array.from({ length: 16 }, (_, plane) => {
  const base = (plane + 1) * 0x10000;
  return `\\u{${(base + 0xfffe).toString(16)}}\\u{${(base + 0xffff).toString(16)}}`;
}).join('');
const NOT_RAW = new RegExp(
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u0084\\u0086-\\u009f\\ufdd0-\\ufdef\\ufffe\\uffff${ASTRAL_NONCHARACTERS}]`,
  'u',
);
const NOT_RAW_ALL = new RegExp(NOT_RAW.source, 'gu');

function escapeChar(char: string): string {
  const code = char.codePointAt(0) as number;
  return code > 0xffff
    ? `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

export const YAML_OUT_OPTIONS = { blockQuote: 'literal', lineWidth: 0 } as const;

export function toYaml(value: unknown): string {
  return yamlText(yamlDocument(value));
}

/** The document toYaml writes, for callers that add comments before writing it out. */
export function yamlDocument(value: unknown): Document {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string') return;
      if (yaml11Reading(node.value) || NOT_RAW.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc;
}

/** A document from yamlDocument as text. Callers may restyle scalars, but not those it quoted. */
export function yamlText(doc: Document): string {
  // Every string holding such a character is double-quoted by yamlDocument, so each one left raw
  // in the text stands inside double quotes, where an escape means the same character.
  return doc.toString(YAML_OUT_OPTIONS).replace(NOT_RAW_ALL, escapeChar);
}
