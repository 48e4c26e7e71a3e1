// Lint must never crash, hang or print a stack trace, whatever bytes a file holds.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScriptFile } from '../../src/core/interview/parse-script.js';
import { findDirectives } from '../../src/core/lint/directives.js';
import { quickClean } from '../../src/core/lint/quick.js';
import { buildReport } from '../../src/core/lint/report.js';
import { parseQuestionFile } from '../../src/core/load/parse-file.js';
import { validatorFor } from '../../src/core/load/validate.js';
import { questionFileJsonSchema, SCHEMA_ID } from '../../src/core/questions/schema.js';
import { runBinary } from '../helpers/run-cli.js';

const VALID = readFileSync(new URL('../fixtures/load/valid.yaml', import.meta.url));
const CORPUS = new URL('../fixtures/lint/corpus/', import.meta.url);

/** The core of one lint run on one file, as a question file and as an interview script; the
 * slower of the two times. */
function lintBytes(bytes: Uint8Array): { ms: number; problems: number } {
  let start = performance.now();
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
  const asQuestions = performance.now() - start;
  start = performance.now();
  const script = parseScriptFile('f.interview.yaml', bytes);
  const asScript = performance.now() - start;
  return {
    ms: Math.max(asQuestions, asScript),
    problems: report.summary.errors + report.summary.warnings + script.problems.length,
  };
}

const SETTINGS = { seed: 20261126, numRuns: 150 } as const;

describe('property: any input ends in a report within a second', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(lintBytes(bytes).ms).toBeLessThan(1000);
      }),
      SETTINGS,
    );
  });

  it('random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        expect(lintBytes(Buffer.from(text)).ms).toBeLessThan(1000);
      }),
      SETTINGS,
    );
  });

  it('mutations of a valid file (bytes replaced, cut, duplicated)', () => {
    const mutation = fc.record({
      at: fc.nat({ max: VALID.length - 1 }),
      len: fc.nat({ max: 40 }),
      insert: fc.uint8Array({ maxLength: 20 }),
      repeat: fc.nat({ max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
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
        const { ms, problems } = lintBytes(bytes);
        expect(ms).toBeLessThan(1000);
        expect(problems).toBeGreaterThanOrEqual(0);
      }),
      SETTINGS,
    );
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
    fc.assert(
      fc.property(fc.array(token, { maxLength: 400 }), (tokens) => {
        expect(lintBytes(Buffer.from(tokens.join(''))).ms).toBeLessThan(1000);
      }),
      SETTINGS,
    );
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
    const { ms } = lintBytes(Buffer.from(text));
    expect(ms).toBeLessThan(1000);
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
      const start = Date.now();
      const r = runBinary(['lint', file, '-f', 'compact']);
      expect([0, 1, 2]).toContain(r.code);
      expect(r.stdout + r.stderr).toMatch(/problem|✔|error/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(Date.now() - start).toBeLessThan(5000);
    },
  );
});

describe('the fast path never hides a problem', () => {
  const validate = validatorFor(SCHEMA_ID, questionFileJsonSchema);
  const sources = [
    VALID,
    ...readdirSync(new URL('../../questions/', import.meta.url))
      .filter((f) => !f.includes('.interview.'))
      .map((f) => readFileSync(new URL(`../../questions/${f}`, import.meta.url))),
  ];
  const snippets = [
    'yes',
    'no',
    'on',
    '1:30',
    '017',
    '0o17',
    '&a ',
    '*a',
    '!!str ',
    '\t',
    '"\\e[31m"',
    '\u001b',
    'promt: x',
    'kind: oops',
    'prep_time: 90 sec',
    '# rehearse-lint-disable-file',
    '- ',
    ': ',
    '\n',
    '  ',
    'id: dup',
    '"',
    "'",
    '|',
    '>',
    '---',
    '%YAML 1.1',
  ];

  it('when a file passes the fast path, the full parse finds nothing either', () => {
    const edit = fc.record({
      source: fc.nat({ max: sources.length - 1 }),
      at: fc.nat(),
      cut: fc.nat({ max: 30 }),
      insert: fc.array(fc.constantFrom(...snippets), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = (sources[edits[0]?.source ?? 0] as Buffer).toString('utf8');
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text =
            text.slice(0, at) + e.insert.join('') + text.slice(Math.min(text.length, at + e.cut));
        }
        if (quickClean(text, validate))
          expect(parseQuestionFile('f.yaml', Buffer.from(text)).problems).toEqual([]);
      }),
      { seed: 20261126, numRuns: 400 },
    );
  });

  it('passes the bundled packs (they are clean) and sends each kind of risk to the full parse', () => {
    for (const s of sources) expect(quickClean(s.toString('utf8'), validate)).toBeDefined();
    const clean = (VALID as Buffer).toString('utf8');
    for (const risky of [
      '    kind: yes\n',
      '    tags: [on]\n',
      '# rehearse-lint-disable-file\n',
      'x: &a 1\n',
      '    prompt: "\\e[31m"\n',
    ]) {
      expect(
        quickClean(
          clean.replace('  - id: second-question\n', `  - id: second-question\n${risky}`),
          validate,
        ),
      ).toBeUndefined();
    }
  });
});
