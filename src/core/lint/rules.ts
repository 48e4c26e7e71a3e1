// Rule metadata: what each rule checks, for SARIF, JUnit and the docs. Severity is the default one.
import type { RuleId, Severity } from '../problem.js';

export interface RuleInfo {
  severity: Severity;
  summary: string;
}

export const RULES: Record<RuleId, RuleInfo> = {
  'yaml-syntax': { severity: 'error', summary: 'The file is not valid YAML.' },
  'duplicate-key': { severity: 'error', summary: 'A mapping defines the same key twice.' },
  'unknown-field': {
    severity: 'error',
    summary: 'A field the format does not define (often a typo).',
  },
  'missing-field': { severity: 'error', summary: 'A required field is missing.' },
  'wrong-type': {
    severity: 'error',
    summary: 'A value has the wrong type (text, list, mapping, number).',
  },
  'invalid-duration': {
    severity: 'error',
    summary: 'A duration is not written like 30s, 2m or 1m30s.',
  },
  'invalid-value': {
    severity: 'error',
    summary: 'A value is not one of those allowed (difficulty, kind, slug, …).',
  },
  'duplicate-id': {
    severity: 'error',
    summary: 'Two questions share an id across the files linted together.',
  },
  'duplicate-prompt': { severity: 'warning', summary: 'Two questions ask the same thing.' },
  'missing-example-answer': {
    severity: 'warning',
    summary: 'A question has no example answer to compare against.',
  },
  'missing-key-points': {
    severity: 'warning',
    summary: 'A question has no key points, so coverage cannot be measured.',
  },
  'control-characters': {
    severity: 'error',
    summary: 'Text holds control characters or escape sequences that could drive a terminal.',
  },
  'yaml11-ambiguity': {
    severity: 'warning',
    summary: 'A plain value that YAML 1.1 tools read as a boolean or number.',
  },
  'too-large': { severity: 'error', summary: 'The file is over the 1 MiB size limit.' },
  'alias-limit': {
    severity: 'error',
    summary: 'Aliases expand past the limit (a "billion laughs" file).',
  },
  encoding: { severity: 'error', summary: 'The file is not UTF-8 text.' },
  unreadable: { severity: 'error', summary: 'The file could not be read.' },
  'unknown-question': {
    severity: 'error',
    summary: 'An interview script names a question id that no source holds.',
  },
  'unknown-criterion': {
    severity: 'error',
    summary: 'An interview script names a rubric criterion that is not defined.',
  },
  'over-budget': {
    severity: 'error',
    summary: "An interview script's time budgets do not fit its duration.",
  },
  'missing-source': {
    severity: 'error',
    summary: 'An interview script names a question file that cannot be used.',
  },
  'unused-directive': {
    severity: 'warning',
    summary: 'A suppression comment suppresses nothing or names an unknown rule.',
  },
};
