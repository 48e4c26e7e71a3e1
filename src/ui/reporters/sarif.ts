// SARIF 2.1.0 for code-scanning uploads: one run, rule metadata for every rule, one result per
// problem with its region, and related locations for duplicates.
import type { LintReport } from '../../core/lint/report.js';
import { RULES } from '../../core/lint/rules.js';
import { RULE_IDS } from '../../core/problem.js';
import { escapeJsonText } from './escape.js';

/** Where docs/lint.md is published; each rule has a heading named after its id. */
const level = (severity: string) => (severity === 'error' ? 'error' : 'warning');
const uri = (file: string) =>
  file.replaceAll('\\', '/').split('/').map(encodeURIComponent).join('/');

export function sarif(report: LintReport, version: string): string {
  const rules = RULE_IDS.map((id) => ({
    id,
    name: id.replace(/-(.)/g, (_, ch: string) => ch.toUpperCase()),
    shortDescription: { text: RULES[id].summary },
    fullDescription: { text: `${RULES[id].summary} See docs/lint.md#${id}.` },
    help: { text: `See docs/lint.md#${id} for what this rule checks and how to fix it.` },
    defaultConfiguration: { level: level(RULES[id].severity) },
  }));
  const index = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
  const region = (p: { line: number; column: number; endLine: number; endColumn: number }) => ({
    startLine: p.line,
    startColumn: p.column,
    endLine: p.endLine,
    endColumn: Math.max(p.endColumn, p.endLine === p.line ? p.column + 1 : 1),
  });
  const results = report.files.flatMap((f) =>
    f.problems.map((p) => ({
      ruleId: p.rule,
      ruleIndex: index.get(p.rule),
      level: level(p.severity),
      message: { text: p.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(p.file), uriBaseId: 'SRCROOT' },
            region: region(p),
          },
        },
      ],
      ...(p.related?.length
        ? {
            relatedLocations: p.related.map((r, i) => ({
              id: i + 1,
              message: { text: r.message },
              physicalLocation: {
                artifactLocation: { uri: uri(r.file), uriBaseId: 'SRCROOT' },
                region: region(r),
              },
            })),
          }
        : {}),
    })),
  );
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rehearse lint',
            semanticVersion: version,
            informationUri: 'https://www.npmjs.com/package/rehearse',
            rules,
          },
        },
        results,
        artifacts: report.files.map((f) => ({
          location: { uri: uri(f.path), uriBaseId: 'SRCROOT' },
        })),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${escapeJsonText(JSON.stringify(doc, null, 2))}\n`;
}
