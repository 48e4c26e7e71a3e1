// YAML as rehearse writes it (session files, scorecards): literal blocks for multi-line text, no
// folding of what was typed, and text that YAML 1.1 tools would read as a boolean or number
// ("yes", "no", "on", "1:30") quoted, so every YAML reader sees the same text.
import { Document, visit } from 'yaml';
import { yaml11Reading } from '../core/text/yaml11.js';

export function toYaml(value: unknown): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && yaml11Reading(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ blockQuote: 'literal', lineWidth: 0 });
}
