// One line a problem, `file:L:C: severity message [rule]`, for editors' problem matchers and grep.
import { type LintReport, summaryLine } from '../../core/lint/report.js';
import { sanitizeInline } from '../sanitize.js';

export function compact(report: LintReport): string {
  const lines = report.files.flatMap((f) =>
    f.problems.map(
      (p) =>
        `${sanitizeInline(p.file)}:${p.line}:${p.column}: ${p.severity} ${sanitizeInline(p.message)} [${p.rule}]`,
    ),
  );
  lines.push(summaryLine(report.summary, report.files.filter((f) => f.problems.length).length));
  return `${lines.join('\n')}\n`;
}
