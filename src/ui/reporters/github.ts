// GitHub Actions workflow commands. Values are escaped as @actions/core does: data escapes %, CR
// and LF; property values also escape : and ,. The runner decodes no other escape, so control
// characters and bidirectional overrides are replaced by visible symbols (␛, \u202e) first: the
// job log is a terminal of sorts. GitHub shows only the first 10 annotations of a kind per step,
// so a summary line follows.
import { type LintReport, summaryLine } from '../../core/lint/report.js';
import { visible } from './escape.js';

export const escapeData = (s: string) =>
  visible(s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
export const escapeProperty = (s: string) =>
  escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

export function github(report: LintReport): string {
  const lines = report.files.flatMap((f) =>
    f.problems.map((p) => {
      const props = [
        `file=${escapeProperty(p.file)}`,
        `line=${p.line}`,
        `col=${p.column}`,
        `endLine=${p.endLine}`,
        `endColumn=${p.endColumn}`,
        `title=${escapeProperty(p.rule)}`,
      ].join(',');
      return `::${p.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(p.message)}`;
    }),
  );
  lines.push(summaryLine(report.summary, report.files.filter((f) => f.problems.length).length));
  return `${lines.join('\n')}\n`;
}
