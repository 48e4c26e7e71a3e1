// Grouped by file, aligned `line:col  severity  message  rule`, then the summary (like ESLint's).
import type { ChalkInstance } from 'chalk';
import { type LintReport, summaryLine } from '../../core/lint/report.js';
import { sanitizeInline } from '../sanitize.js';

export function stylish(report: LintReport, c: ChalkInstance): string {
  const out: string[] = [];
  const withProblems = report.files.filter((f) => f.problems.length);
  for (const file of withProblems) {
    out.push('', c.underline(sanitizeInline(file.path)));
    const rows = file.problems.map(
      (p) => [`${p.line}:${p.column}`, p.severity, sanitizeInline(p.message), p.rule] as const,
    );
    const pos = Math.max(...rows.map((r) => r[0].length));
    for (const [where, severity, message, rule] of rows) {
      const sev = severity === 'error' ? c.red('error  ') : c.yellow('warning');
      out.push(`  ${c.dim(where.padEnd(pos))}  ${sev}  ${message}  ${c.dim(rule)}`);
    }
  }
  const line = summaryLine(report.summary, withProblems.length);
  const style = report.summary.errors
    ? c.red.bold
    : report.summary.warnings
      ? c.yellow.bold
      : c.green;
  out.push('', style(line), '');
  return out.join('\n').replace(/^\n/, '');
}
