// JUnit XML: a test suite per file and a test case per rule that fired (or one passing case for a
// clean file), each problem a <failure>. XML 1.0 cannot hold most control characters, so those
// are written as visible \uXXXX escapes; DEL, C1 controls, bidirectional overrides and line
// separators, which it can hold, are written as character references so none stands raw.
import type { LintReport } from '../../core/lint/report.js';
import type { Problem } from '../../core/problem.js';

export function xml(text: string): string {
  return text
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to escape.
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replace(
      /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef]/g,
      (c) => `&#x${(c.codePointAt(0) as number).toString(16).toUpperCase()};`,
    );
}

const failure = (p: Problem) =>
  `      <failure type="${p.severity}" message="${xml(p.message)}">${xml(`${p.file}:${p.line}:${p.column} ${p.message} [${p.rule}]`)}</failure>`;

export function junit(report: LintReport): string {
  const suites = report.files.map((f) => {
    const byRule = new Map<string, Problem[]>();
    for (const p of f.problems) {
      const list = byRule.get(p.rule);
      if (list) list.push(p);
      else byRule.set(p.rule, [p]);
    }
    const cases = byRule.size
      ? [...byRule].map(([rule, ps]) =>
          [
            `    <testcase classname="${xml(f.path)}" name="${xml(rule)}">`,
            ...ps.map(failure),
            '    </testcase>',
          ].join('\n'),
        )
      : [`    <testcase classname="${xml(f.path)}" name="rehearse lint"/>`];
    const failures = f.problems.length ? byRule.size : 0;
    return [
      `  <testsuite name="${xml(f.path)}" tests="${Math.max(1, byRule.size)}" failures="${failures}" errors="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const failures = report.files.reduce(
    (n, f) => n + new Set(f.problems.map((p) => p.rule)).size,
    0,
  );
  const tests = report.files.reduce(
    (n, f) => n + Math.max(1, new Set(f.problems.map((p) => p.rule)).size),
    0,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="rehearse lint" tests="${tests}" failures="${failures}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
