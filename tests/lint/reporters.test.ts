import { readFileSync } from 'node:fs';
import Ajv04 from 'ajv-draft-04';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { buildReport, type LintReport } from '../../src/core/lint/report.js';
import type { Problem } from '../../src/core/problem.js';
import { compact } from '../../src/ui/reporters/compact.js';
import { escapeData, escapeProperty, github } from '../../src/ui/reporters/github.js';
import { junit, xml } from '../../src/ui/reporters/junit.js';
import { sarif } from '../../src/ui/reporters/sarif.js';
import { stylish } from '../../src/ui/reporters/stylish.js';

const problem = (over: Partial<Problem>): Problem => ({
  file: 'q.yaml',
  rule: 'unknown-field',
  severity: 'error',
  message: 'unknown field "promt"',
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 10,
  pointer: '/questions/0/promt',
  ...over,
});
const hostile = 'bad <x> & "q" \u001b[31m 100%, a:b\r\nnext \u0007';
const report: LintReport = buildReport(
  [
    {
      path: 'q.yaml',
      problems: [
        problem({}),
        problem({
          rule: 'yaml11-ambiguity',
          severity: 'warning',
          message: hostile,
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 4,
        }),
      ],
    },
    { path: 'clean.yaml', problems: [] },
    {
      path: 'dir/with space,comma.yaml',
      problems: [
        problem({
          file: 'dir/with space,comma.yaml',
          rule: 'duplicate-id',
          message: 'id "a" is already used',
          related: [
            {
              file: 'q.yaml',
              line: 1,
              column: 1,
              endLine: 1,
              endColumn: 2,
              message: 'first used here',
            },
          ],
        }),
      ],
    },
  ],
  [],
);

describe('github: workflow commands escaped as @actions/core does', () => {
  it.each([
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
  ])('%j → data %j, property %j', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });
  it('writes one command per problem and a final summary line', () => {
    const lines = github(report).trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::error file=q.yaml,line=3,col=5,endLine=3,endColumn=10,title=unknown-field::unknown field "promt"',
    );
    // ESC and BEL would drive the log viewer: they are shown as symbols instead.
    expect(lines[1]).toMatch(
      /^::warning file=q\.yaml,line=7,.*::bad <x> & "q" ␛\[31m 100%25, a:b%0D%0Anext ␇$/,
    );
    expect(lines[2]).toContain('file=dir/with space%2Ccomma.yaml');
    expect(lines.at(-1)).toBe('✖ 3 problems (2 errors, 1 warning) in 2 files');
  });
});

describe('terminal formats never pass control characters through', () => {
  it.each([
    ['stylish', () => stylish(report, new Chalk({ level: 0 }))],
    ['compact', () => compact(report)],
  ])('%s', (_, run) => {
    const out = run();
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserts that none get through.
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(out).toContain('␛[31m');
  });
  it('stylish groups by file with aligned positions and a summary', () => {
    const out = stylish(report, new Chalk({ level: 0 }));
    expect(out).toContain(
      'q.yaml\n  3:5  error    unknown field "promt"  unknown-field\n  7:1  warning  ',
    );
    expect(out).toContain('✖ 3 problems (2 errors, 1 warning) in 2 files');
    expect(out).not.toContain('clean.yaml');
  });
});

describe('junit', () => {
  const out = junit(report);
  it('is a test suite per file with failures per rule, clean files passing', () => {
    expect(out.match(/<testsuite /g)).toHaveLength(3);
    expect(out).toContain('<testcase classname="clean.yaml" name="rehearse lint"/>');
    expect(out).toContain('<testsuites name="rehearse lint" tests="4" failures="3">');
  });
  it.each([
    ['<&>"\'', '&lt;&amp;&gt;&quot;&apos;'],
    ['a\u001bb', 'a\\u001bb'],
    ['tab\tok\nnewline', 'tab\tok\nnewline'],
    ['\ud800 lone', '\ufffd lone'],
  ])('escapes %j as %j', (text, escaped) => expect(xml(text)).toBe(escaped));
  it('holds no character XML 1.0 forbids', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserts that none get through.
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});

describe('sarif', () => {
  const schema = JSON.parse(
    readFileSync(
      new URL(
        '../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
        import.meta.url,
      ),
      'utf8',
    ),
  );
  const validate = new Ajv04.default({
    allErrors: true,
    strict: false,
    validateFormats: false,
    unicodeRegExp: false,
  }).compile(schema);
  const doc = JSON.parse(sarif(report, '1.2.3'));

  it('is valid against the SARIF 2.1.0 schema', () => {
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
  it('carries rule metadata and regions, and related locations for duplicates', () => {
    const run = doc.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('control-characters');
    expect(run.results[0]).toMatchObject({
      ruleId: 'unknown-field',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'q.yaml' },
            region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 10 },
          },
        },
      ],
    });
    const dup = run.results.find((r: { ruleId: string }) => r.ruleId === 'duplicate-id');
    expect(dup.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'dir/with%20space%2Ccomma.yaml',
    );
    expect(dup.relatedLocations[0]).toMatchObject({
      message: { text: 'first used here' },
      physicalLocation: { region: { startLine: 1 } },
    });
    expect(run.tool.driver.rules[dup.ruleIndex].id).toBe('duplicate-id');
  });
});
