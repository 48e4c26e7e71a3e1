// YAML as rehearse writes it (session files, scorecards, imported question files): literal blocks
// for multi-line text, no folding of what was typed, and text that YAML 1.1 tools would read as a
// boolean or number ("yes", "no", "on", "1:30") quoted, so every YAML reader sees the same text.
import { Document, visit } from 'yaml';

const YAML11_LOOKALIKE =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?0[0-7]+|[-+]?0[ob][0-9a-fA-F_]+|[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?|[-+]?\d[\d_]*_[\d_]*)$/;

export const YAML_OUT_OPTIONS = { blockQuote: 'literal', lineWidth: 0 } as const;

export function toYaml(value: unknown): string {
  return yamlDocument(value).toString(YAML_OUT_OPTIONS);
}

/** The document toYaml writes, for callers that add comments before writing it out. */
export function yamlDocument(value: unknown): Document {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && YAML11_LOOKALIKE.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc;
}
