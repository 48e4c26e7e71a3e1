// The lint result every output format renders: files in order, each with its problems, and a
// summary. Pure.
import { compareProblems, countBySeverity, type Problem } from '../problem.js';
import { applyDirectives, type Directive } from './directives.js';

export interface LintedFile {
  path: string;
  problems: Problem[];
}

export interface LintReport {
  files: LintedFile[];
  summary: { files: number; errors: number; warnings: number };
}

export interface FileInput {
  path: string;
  problems: readonly Problem[];
  /** The file's suppression comments (findDirectives). */
  directives?: readonly Directive[];
}

export function buildReport(
  inputs: readonly FileInput[],
  crossFile: readonly Problem[],
  options: { quiet?: boolean } = {},
): LintReport {
  const byFile = new Map<string, Problem[]>();
  for (const p of crossFile) {
    const list = byFile.get(p.file);
    if (list) list.push(p);
    else byFile.set(p.file, [p]);
  }
  const files = inputs.map((input) => {
    const all = [...input.problems, ...(byFile.get(input.path) ?? [])];
    const kept = input.directives?.length
      ? applyDirectives(input.path, all, input.directives)
      : all;
    const shown = options.quiet ? kept.filter((p) => p.severity === 'error') : kept;
    return { path: input.path, problems: shown.sort(compareProblems) };
  });
  const counts = countBySeverity(files.flatMap((f) => f.problems));
  return { files, summary: { files: files.length, ...counts } };
}

export function summaryLine(summary: LintReport['summary'], filesWithProblems: number): string {
  const total = summary.errors + summary.warnings;
  if (total === 0) return `✔ no problems in ${summary.files} file${summary.files === 1 ? '' : 's'}`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `✖ ${plural(total, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}) in ${plural(filesWithProblems, 'file')}`;
}
