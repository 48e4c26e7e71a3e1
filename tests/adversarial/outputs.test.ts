// Outputs that are not regular files: devices, FIFOs, full disks and symlinks. An atomic rename
// onto a device would replace it (as root, /dev/null itself); a write error must never pass as
// success.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';
import {
  answerOnce,
  hasCommand,
  isRoot,
  newEnv,
  rehearse,
  rehearseAsync,
  temp,
  unless,
} from './harness.js';

const CLEAN = 'tests/fixtures/lint/clean.yaml';

describe('device nodes are written in place, never replaced', () => {
  it.skipIf(unless(isRoot && hasCommand('mknod'), 'mknod needs root; device-node cases not run'))(
    'lint -o and report --html onto a null device made with mknod keep it a device',
    () => {
      const dir = temp();
      const device = path.join(dir, 'null');
      execFileSync('mknod', ['-m', '666', device, 'c', '1', '3']);
      const e = newEnv();
      expect(rehearse(e, ['lint', CLEAN, '-f', 'json', '-o', device]).code).toBe(0);
      expect(lstatSync(device).isCharacterDevice()).toBe(true);
      expect(answerOnce(e).code).toBe(0);
      const r = rehearse(e, ['report', '--html', device]);
      expect(r.code).toBe(0);
      expect(lstatSync(device).isCharacterDevice()).toBe(true);
      // Nothing was left beside it either (no temporary file).
      expect(execFileSync('ls', ['-A', dir], { encoding: 'utf8' }).trim()).toBe('null');
    },
  );

  it('lint -o /dev/null leaves /dev/null a device', () => {
    const e = newEnv();
    expect(rehearse(e, ['lint', CLEAN, '-f', 'json', '-o', '/dev/null']).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it.skipIf(unless(hasCommand('mkfifo'), 'no mkfifo here'))(
    'a FIFO gets the report through the pipe and stays a FIFO',
    async () => {
      const fifo = path.join(temp(), 'report.fifo');
      execFileSync('mkfifo', [fifo]);
      const reader = spawn('cat', [fifo]);
      let read = '';
      reader.stdout.on('data', (d) => (read += d));
      const closed = new Promise((resolve) => reader.on('close', resolve));
      const r = await rehearseAsync(newEnv(), ['lint', CLEAN, '-f', 'json', '-o', fifo]);
      await closed;
      expect(r.code).toBe(0);
      expect(JSON.parse(read).summary).toBeDefined();
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    },
  );

  it('/dev/stdout (a link to the pipe) still works for a report', () => {
    // Through a shell pipe: Node's own child pipes are sockets, which no file path can open.
    const out = execFileSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" lint ${CLEAN} -f json -o /dev/stdout | cat`],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(JSON.parse(out).summary).toBeDefined();
  });
});

describe('write errors are reported with a non-zero exit', () => {
  it.skipIf(unless(statSync('/dev/full', { throwIfNoEntry: false }) !== undefined, 'no /dev/full'))(
    'lint -o /dev/full and report --html /dev/full fail with "the disk is full"',
    () => {
      const e = newEnv();
      const lint = rehearse(e, ['lint', CLEAN, '-o', '/dev/full']);
      expect(lint.code).toBe(2);
      expect(lint.stderr).toContain('the disk is full');
      expect(lint.stderr).not.toContain('wrote');
      expect(answerOnce(e).code).toBe(0);
      const report = rehearse(e, ['report', '--html', '/dev/full']);
      expect(report.code).toBe(2);
      expect(report.stderr).toContain('the disk is full');
      expect(report.stderr).not.toContain('Wrote');
      expect(`${lint.stderr}${report.stderr}`).not.toContain('internal error');
    },
  );
});

describe('standard output on a full disk', () => {
  it.skipIf(unless(statSync('/dev/full', { throwIfNoEntry: false }) !== undefined, 'no /dev/full'))(
    'list and lint > /dev/full: one line, exit 2, no stack trace',
    () => {
      for (const args of ['list', `lint ${CLEAN}`]) {
        const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" ${args} > /dev/full`], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        });
        expect(r.status).toBe(2);
        expect(r.stderr).toBe('rehearse: cannot write to standard output: the disk is full\n');
      }
    },
  );
});

describe('outputs that are symbolic links to files are refused, the target untouched', () => {
  it.each([
    ['lint -o', (link: string) => ['lint', CLEAN, '-f', 'json', '-o', link]],
    ['report --html', (link: string) => ['report', '--html', link]],
  ])('%s onto a link', (_, args) => {
    const dir = temp();
    const target = path.join(dir, 'someone-elses.txt');
    writeFileSync(target, 'precious\n');
    const link = path.join(dir, 'out.html');
    symlinkSync(target, link);
    const e = newEnv();
    answerOnce(e);
    const r = rehearse(e, args(link));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('symbolic link');
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});
