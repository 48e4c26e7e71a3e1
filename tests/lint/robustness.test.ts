// Lint must never crash or print a stack trace, whatever bytes a file holds: every input ends in a
// report. (How fast is bench/'s job, not the tests'.)
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScriptFile } from '../../src/core/interview/parse-script.js';
import { findDirectives } from '../../src/core/lint/directives.js';
import { buildReport } from '../../src/core/lint/report.js';
import { parseQuestionFile } from '../../src/core/load/parse-file.js';
import { reachCounter } from '../helpers/reached.js';
import { runBinary } from '../helpers/run-cli.js';

const VALID = readFileSync(new URL('../fixtures/load/valid.yaml', import.meta.url));
const CORPUS = new URL('../fixtures/lint/corpus/', import.meta.url);

/** The core of one lint run on one file, as a question file and as an interview script: the
 * number of problems found (it throws if either crashes). */
function lintBytes(bytes: Uint8Array): number {
  const parsed = parseQuestionFile('f.yaml', bytes);
  const report = buildReport(
    [
      {
        path: 'f.yaml',
        problems: parsed.problems,
        directives: parsed.text ? findDirectives(parsed.text) : [],
      },
    ],
    [],
  );
  const script = parseScriptFile('f.interview.yaml', bytes);
  return report.summary.errors + report.summary.warnings + script.problems.length;
}

const SETTINGS = { seed: 20261126, numRuns: 150 } as const;

describe('property: any input ends in a report', () => {
  it('random bytes', () => {
    const count = reachCounter('random bytes');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        count.run();
        count.reached();
        expect(lintBytes(bytes)).toBeGreaterThanOrEqual(0);
      }),
      SETTINGS,
    );
    count.check();
  });

  it('random text', () => {
    const count = reachCounter('random text');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        count.run();
        count.reached();
        expect(lintBytes(Buffer.from(text))).toBeGreaterThanOrEqual(0);
      }),
      SETTINGS,
    );
    count.check();
  });

  it('mutations of a valid file (bytes replaced, cut, duplicated)', () => {
    const mutation = fc.record({
      at: fc.nat({ max: VALID.length - 1 }),
      len: fc.nat({ max: 40 }),
      insert: fc.uint8Array({ maxLength: 20 }),
      repeat: fc.nat({ max: 3 }),
    });
    const count = reachCounter('mutations of a valid file');
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        count.run();
        let bytes = Buffer.from(VALID);
        for (const m of mutations) {
          const piece = Buffer.concat(
            Array.from({ length: m.repeat + 1 }, () => Buffer.from(m.insert)),
          );
          bytes = Buffer.concat([
            bytes.subarray(0, m.at),
            piece,
            bytes.subarray(Math.min(bytes.length, m.at + m.len)),
          ]);
        }
        count.reached();
        expect(lintBytes(bytes)).toBeGreaterThan(0);
      }),
      SETTINGS,
    );
    count.check();
  });

  it('YAML-shaped noise: deep nesting, anchors, aliases, tags and indentation', () => {
    const token = fc.constantFrom(
      '[',
      ']',
      '{',
      '}',
      '- ',
      ': ',
      '&a ',
      '*a',
      '!!str ',
      '? ',
      '|\n',
      '>\n',
      '"',
      "'",
      '#',
      '\n',
      '  ',
      '\t',
      'key',
      'yes',
      '1:30',
      '0x1F',
      '%YAML 1.1\n',
      '---\n',
      '...\n',
      '\u001b',
      'é',
      '😀',
    );
    const count = reachCounter('YAML-shaped noise');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 400 }), (tokens) => {
        count.run();
        count.reached();
        expect(lintBytes(Buffer.from(tokens.join('')))).toBeGreaterThanOrEqual(0);
      }),
      SETTINGS,
    );
    count.check();
  });

  it.each([
    ['20,000 levels of flow nesting', `a: ${'['.repeat(20_000)}${']'.repeat(20_000)}`],
    [
      '3,000 levels of block nesting',
      Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
    ],
    [
      'a 1 MiB file of questions',
      `title: t\nquestions:\n${'  - id: q\n    prompt: p\n'.repeat(40_000)}`.slice(0, 1024 * 1024),
    ],
    [
      'a file just under the line limit',
      `title: t\nquestions:\n${'  - id: q\n    prompt: p\n'.repeat(2_490)}`,
    ],
    ['a 5 MiB file', 'a'.repeat(5 * 1024 * 1024)],
    ['100,000 aliases to one anchor', `a: &a x\nb: [${Array(100_000).fill('*a').join(',')}]\n`],
  ])('%s', (_, text) => {
    expect(lintBytes(Buffer.from(text))).toBeGreaterThanOrEqual(0);
  });
});

describe('the malformed-YAML corpus through the real binary', () => {
  const files = readdirSync(CORPUS).sort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-corpus-'));
  const huge = path.join(dir, 'huge.yaml');
  writeFileSync(huge, `title: big\nquestions:\n${'  - id: q\n    prompt: p\n'.repeat(60_000)}`);

  it('has a varied corpus', () => expect(files.length).toBeGreaterThanOrEqual(18));

  it.each([...files.map((f) => path.join(CORPUS.pathname, f)), huge])(
    '%s: exit 0, 1 or 2 with a diagnostic, no stack trace',
    (file) => {
      const r = runBinary(['lint', file, '-f', 'compact']);
      expect([0, 1, 2]).toContain(r.code);
      expect(r.stdout + r.stderr).toMatch(/problem|✔|error/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
