// Every command reads files through the one reader (src/store/read-file.ts): special files, huge
// files and directory loops end in a clear problem, never a hang, a memory blow-up or a file read
// twice.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile } from '../../src/store/read-file.js';
import { walkYamlFiles } from '../../src/store/walk.js';
import { runInProcess } from '../helpers/run-cli.js';

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'rehearse-reader-'));
const PACK = 'tests/fixtures/interview/pack.yaml';

describe('readRegularFile', () => {
  const dir = temp();
  const fifo = path.join(dir, 'pipe.yaml');
  execFileSync('mkfifo', [fifo]);
  const big = path.join(dir, 'big.yaml');
  writeFileSync(big, Buffer.alloc(2 * 1024 * 1024 + 10, 0x61));

  it.each([
    ['a FIFO', fifo, 'unreadable', 'it is not a regular file'],
    ['/dev/zero', '/dev/zero', 'unreadable', 'it is not a regular file'],
    ['a directory', dir, 'unreadable', 'it is a directory'],
    ['a missing file', path.join(dir, 'nope.yaml'), 'unreadable', 'no such file or directory'],
    ['a 2 MiB file', big, 'too-large', 'file is 2.0 MiB, over the 1 MiB limit'],
  ])('%s is refused with a reason', (_, file, rule, reason) => {
    expect(readRegularFile(file)).toEqual({ ok: false, rule, reason });
  });

  it('reads a regular file whole', () => {
    const file = path.join(dir, 'ok.yaml');
    writeFileSync(file, 'title: x\n');
    const read = readRegularFile(file);
    expect(read.ok && Buffer.from(read.bytes).toString()).toBe('title: x\n');
  });
});

describe('directory walks', () => {
  it('enter a directory once: a link back up neither loops nor reads files twice', () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'loop', 'a'), { recursive: true });
    copyFileSync(PACK, path.join(dir, 'loop', 'pack.yaml'));
    symlinkSync('..', path.join(dir, 'loop', 'a', 'up'));
    symlinkSync('.', path.join(dir, 'loop', 'self'));
    expect(walkYamlFiles(path.join(dir, 'loop'))).toEqual([path.join(dir, 'loop', 'pack.yaml')]);
  });

  it('lint of such a directory reports no duplicate ids', async () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'loop', 'a'), { recursive: true });
    copyFileSync(PACK, path.join(dir, 'loop', 'a', 'pack.yaml'));
    symlinkSync('..', path.join(dir, 'loop', 'a', 'up'));
    const r = await runInProcess(['lint', path.join(dir, 'loop'), '-f', 'compact']);
    expect(r.stdout).not.toContain('duplicate-id');
    expect(r.code).toBe(0);
  });
});

describe('every command refuses special files with a reason', () => {
  const dir = temp();
  const fifo = path.join(dir, 'fifo.yaml');
  execFileSync('mkfifo', [fifo]);
  const bank = path.join(dir, 'bank');
  mkdirSync(bank);
  copyFileSync(PACK, path.join(bank, 'pack.yaml'));
  symlinkSync('/dev/zero', path.join(bank, 'zero.yaml'));

  it.each([
    ['list', fifo],
    ['list', '/dev/zero'],
    ['list', bank],
    ['practice', bank],
  ])('%s %s: exit 2 naming the file', async (command, target) => {
    const r = await runInProcess([command, target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read file: it is not a regular file/);
    expect(r.stderr).not.toContain('internal error');
  });

  it.each([
    ['/dev/zero', '/dev/zero'],
    ['a FIFO', fifo],
  ])('an interview script whose sources name %s is linted without hanging', async (_, source) => {
    const script = path.join(dir, `s${Math.random().toString(36).slice(2)}.interview.yaml`);
    writeFileSync(
      script,
      `title: S\nduration: 10m\nsources: [${JSON.stringify(source)}]\nsections:\n  - id: one\n    title: One\n    time: 5m\n    questions: []\nrubric:\n  criteria:\n    - { id: depth, title: Depth }\n  scale:\n    - { score: 1, label: Weak, meaning: Not there }\n    - { score: 2, label: Strong, meaning: There }\n`,
    );
    const lint = await runInProcess(['lint', script, '-f', 'compact']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('it is not a regular file');
    const interview = await runInProcess(['interview', script]);
    expect(interview.code).toBe(2);
    expect(interview.stderr).toContain('it is not a regular file');
  });
});
