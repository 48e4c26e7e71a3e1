// A problem found in an input file. Every layer (loader, lint, CLI) speaks this one shape.

export type Severity = 'error' | 'warning';

export const RULE_IDS = [
  'yaml-syntax',
  'duplicate-key',
  'unknown-field',
  'missing-field',
  'wrong-type',
  'invalid-duration',
  'invalid-value',
  'duplicate-id',
  'duplicate-prompt',
  'missing-example-answer',
  'missing-key-points',
  'control-characters',
  'yaml11-ambiguity',
  'too-large',
  'alias-limit',
  'encoding',
  'unreadable',
  'unknown-question',
  'unknown-criterion',
  'over-budget',
  'missing-source',
  'unused-directive',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** 1-based positions; `end*` points just past the offending text, like editors expect. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface RelatedPlace extends Span {
  file: string;
  message: string;
}

export interface Problem extends Span {
  file: string;
  rule: RuleId;
  severity: Severity;
  message: string;
  /** JSON pointer of the node concerned, where there is one (RFC 6901). */
  pointer?: string;
  /** Other places the message refers to, e.g. the first occurrence of a duplicate. */
  related?: RelatedPlace[];
}

export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function countBySeverity(problems: readonly Problem[]): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}

/** Stable reading order: file, then position, then rule. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

export function formatLocation(p: Pick<Problem, 'file' | 'line' | 'column'>): string {
  return `${p.file}:${p.line}:${p.column}`;
}
