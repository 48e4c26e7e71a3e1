import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/base/io.js';
import { paged } from '../../src/commands/paged.js';
import { DEFAULT_PAGER, pagerFor } from '../../src/ui/pager.js';

function io(tty: boolean, env: Record<string, string> = {}, rows = 24) {
  let written = '';
  const value: Io = {
    stdout: { write: (s: string) => (written += s), isTTY: tty, columns: 80, rows },
    stderr: { write: () => true },
    stdin: process.stdin,
    env,
    cwd: process.cwd(),
  };
  return { io: value, written: () => written };
}

const tall = Array.from({ length: 60 }, (_, i) => `line ${i + 1}`).join('\n');

describe('pagerFor: page like git does', () => {
  it.each([
    ['a terminal, taller than the screen', true, {}, tall, DEFAULT_PAGER],
    ['$PAGER is honoured', true, { PAGER: 'more' }, tall, 'more'],
    ['not a terminal', false, {}, tall, undefined],
    ['text that fits', true, {}, 'one\ntwo', undefined],
    ['PAGER=cat', true, { PAGER: 'cat' }, tall, undefined],
    ['an empty PAGER', true, { PAGER: '' }, tall, undefined],
  ])('%s', (_, tty, env, text, expected) => {
    expect(pagerFor(io(tty, env).io, text)).toBe(expected);
  });

  it('counts wrapped rows, not lines', () => {
    const long = Array.from({ length: 12 }, () => 'x'.repeat(200)).join('\n');
    expect(pagerFor(io(true).io, long)).toBe(DEFAULT_PAGER);
  });
});

describe('paged', () => {
  it('sends tall output on a terminal through $PAGER, and nothing to stdout', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'rehearse-pager-')), 'paged.txt');
    const t = io(true, { PAGER: `cat > '${file}'` });
    await paged(t.io, true, (out) => out.stdout.write(`${tall}\n`));
    expect(readFileSync(file, 'utf8')).toBe(`${tall}\n`);
    expect(t.written()).toBe('');
  });

  it.each([
    ['--no-pager', true, false],
    ['not a terminal', false, true],
  ])('%s prints straight to stdout', async (_, tty, pager) => {
    const t = io(tty, { PAGER: 'false' });
    await paged(t.io, pager, (out) => out.stdout.write(tall));
    expect(t.written()).toBe(tall);
  });
});
