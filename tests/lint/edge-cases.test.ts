// What CI and shells throw at lint beyond file contents: special files, unwritable reports, a
// dry-run diff next to a machine-readable report, and rule docs that SARIF links to.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/lint/rules.js';
import { RULE_IDS } from '../../src/core/problem.js';
import { sarif } from '../../src/ui/reporters/sarif.js';
import { runInProcess } from '../helpers/run-cli.js';

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'rehearse-lint-edge-'));

describe('files that are not regular files end in a report, not a hang', () => {
  const fifo = path.join(temp(), 'pipe.yaml');
  execFileSync('mkfifo', [fifo]);
  it.each([
    ['a FIFO', fifo],
    ['a character device', '/dev/zero'],
  ])('%s: exit 2, reported as unreadable', async (_, file) => {
    const r = await runInProcess(['lint', file, '-f', 'compact']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      `${file}:1:1: error cannot read file: it is not a regular file [unreadable]`,
    );
  });

  it('a file over the size cap is refused without being read whole', async () => {
    const big = path.join(temp(), 'big.yaml');
    writeFileSync(big, Buffer.alloc(3 * 1024 * 1024, 0x61));
    const r = await runInProcess(['lint', big, '-f', 'compact']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error file is 3.0 MiB, over the 1 MiB limit for a question file');
  });
});

describe('--output and --fix-dry-run', () => {
  it.each([
    ['a missing directory', '/nonexistent/dir/report.json', 'its directory does not exist'],
    ['a directory', os.tmpdir(), 'it is a directory'],
  ])('--output into %s is exit 2 with a reason', async (_, out, reason) => {
    const r = await runInProcess(['lint', 'tests/fixtures/lint/clean.yaml', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot write the report to "${out}": ${reason}`);
    expect(r.stderr).not.toContain('internal error');
  });

  it.each(['json', 'sarif'])(
    '--fix-dry-run keeps a %s report one parseable document',
    async (format) => {
      const file = path.join(temp(), 'fixable.yaml');
      writeFileSync(file, readFileSync('tests/fixtures/lint/fixable.yaml'));
      const r = await runInProcess(['lint', file, '--fix-dry-run', '-f', format]);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
      expect(r.stderr).toContain('+  prep_time: 1m30s');
    },
  );
});

describe('rule documentation', () => {
  const docs = readFileSync(new URL('../../docs/lint.md', import.meta.url), 'utf8');
  it.each(RULE_IDS.map((id) => [id]))('%s has a heading in docs/lint.md and metadata', (id) => {
    expect(docs).toMatch(new RegExp(`^#{3,4} ${id}$`, 'm'));
    expect(RULES[id].summary.length).toBeGreaterThan(10);
  });

  it('SARIF points every rule at its heading in docs/lint.md', () => {
    const report = { files: [], summary: { files: 0, errors: 0, warnings: 0 } };
    const rules = JSON.parse(sarif(report, '1.0.0')).runs[0].tool.driver.rules as {
      id: string;
      help: { text: string };
    }[];
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const rule of rules) expect(rule.help.text).toContain(`docs/lint.md#${rule.id}`);
  });
});
