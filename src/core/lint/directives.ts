// Inline suppression comments:
//   # rehearse-lint-disable-next-line rule-a, rule-b   (the next line; all rules when none named)
//   # rehearse-lint-disable-file rule-a                (the whole file; all rules when none named)
// A directive that suppresses nothing, or names a rule that does not exist, is itself reported.
import { type Problem, RULE_IDS } from '../problem.js';

const DIRECTIVE = /(?:^|\s)#\s*rehearse-lint-disable-(next-line|file)\b([^#\n]*)/;

export interface Directive {
  kind: 'next-line' | 'file';
  /** Empty: every rule. */
  rules: string[];
  line: number;
  column: number;
  endColumn: number;
}

export function findDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('rehearse-lint-disable')) return out;
  text.split('\n').forEach((content, i) => {
    const match = DIRECTIVE.exec(content);
    if (!match) return;
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const rules = (match[2] ?? '')
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    out.push({
      kind: match[1] as Directive['kind'],
      rules,
      line: i + 1,
      column: start + 1,
      endColumn: content.trimEnd().length + 1,
    });
  });
  return out;
}

function covers(d: Directive, p: Problem): boolean {
  if (d.rules.length && !d.rules.includes(p.rule)) return false;
  return d.kind === 'file' || p.line === d.line + 1;
}

/** Drops suppressed problems; adds warnings for directives that suppressed nothing. */
export function applyDirectives(
  file: string,
  problems: readonly Problem[],
  directives: readonly Directive[],
): Problem[] {
  const used = new Set<Directive>();
  const kept = problems.filter((p) => {
    const by = directives.find((d) => covers(d, p));
    if (by) used.add(by);
    return !by;
  });
  for (const d of directives) {
    const span = { line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn };
    const unknown = d.rules.filter((r) => !(RULE_IDS as readonly string[]).includes(r));
    if (unknown.length) {
      kept.push({
        file,
        rule: 'unused-directive',
        severity: 'warning',
        message: `directive names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}`,
        ...span,
      });
    } else if (!used.has(d)) {
      const what = d.rules.length ? `${d.rules.join(', ')} ` : '';
      const where = d.kind === 'file' ? 'in this file' : 'on the next line';
      kept.push({
        file,
        rule: 'unused-directive',
        severity: 'warning',
        message: `directive suppresses nothing: no ${what}problem ${where}`,
        ...span,
      });
    }
  }
  return kept;
}
