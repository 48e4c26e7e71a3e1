// Exactly one JSON document: {version, files: [{path, problems}], summary}.
import type { LintReport } from '../../core/lint/report.js';
import { escapeJsonText } from './escape.js';

export function json(report: LintReport): string {
  const files = report.files.map((f) => ({
    path: f.path,
    problems: f.problems.map((p) => ({
      rule: p.rule,
      severity: p.severity,
      message: p.message,
      line: p.line,
      column: p.column,
      endLine: p.endLine,
      endColumn: p.endColumn,
      ...(p.pointer === undefined ? {} : { pointer: p.pointer }),
      ...(p.related ? { related: p.related } : {}),
    })),
  }));
  return `${escapeJsonText(JSON.stringify({ version: 1, files, summary: report.summary }))}\n`;
}
