// lint, list and practice read files through one pipeline (one reader, one parser, one set of
// checks), so they agree on every file: what lint passes, list accepts, and the reverse.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, runInProcess } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-pipeline-'));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};
const pack = (prompt: string) =>
  `title: T\nquestions:\n  - id: one\n    prompt: ${prompt}\n    example_answer: an answer\n    key_points: [a point]\n`;

describe('lint and list agree', () => {
  it.each([
    ['a raw DEL in a double-quoted scalar', '"hello\u007f there"', 'DEL'],
    ['a raw C1 control (CSI) in a single-quoted scalar', "'hello\u009b31m there'", 'U+009B'],
    ['an escaped ESC in a double-quoted scalar', '"hello \\e[31m there"', 'ESC'],
  ])('%s: both refuse it as control-characters', async (_, prompt, name) => {
    const file = write(`${name}.yaml`, pack(prompt));
    const lint = await runInProcess(['lint', file, '-f', 'compact']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(/:4:13: error .*\[control-characters\]/);
    const list = await runInProcess(['list', file]);
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(/:4:13: error .*\[control-characters\]/);
  });

  it('a clean file passes both', async () => {
    const file = write('clean.yaml', pack('"a fine question?"'));
    expect((await runInProcess(['lint', file])).code).toBe(0);
    expect((await runInProcess(['list', file])).code).toBe(0);
  });
});

describe('encodings are named', () => {
  const text = pack('a question?');
  it.each([
    [
      'UTF-32 LE with a byte-order mark',
      Buffer.concat([
        Buffer.from([0xff, 0xfe, 0, 0]),
        Buffer.from(text, 'utf16le').reduce(
          (acc, b, i) =>
            i % 2 === 0
              ? Buffer.concat([acc, Buffer.from([b])])
              : Buffer.concat([acc, Buffer.from([b, 0, 0])]),
          Buffer.alloc(0),
        ),
      ]),
      'UTF-32',
    ],
    [
      'UTF-32 BE without a mark',
      Buffer.from([...text].flatMap((c) => [0, 0, 0, c.charCodeAt(0)])),
      'UTF-32',
    ],
    [
      'UTF-16 LE with a mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'UTF-16',
    ],
    ['UTF-16 LE without a mark', Buffer.from(text, 'utf16le'), 'UTF-16'],
  ])('%s', async (name, bytes, encoding) => {
    const file = write(`${name}.yaml`, bytes);
    const r = await runInProcess(['lint', file, '-f', 'compact']);
    expect(r.stdout).toContain(`error file is ${encoding} encoded; save it as UTF-8 [encoding]`);
  });
});

describe('hostile structure ends in a clear problem', () => {
  it.each([
    ['5,000 levels of block sequences', `title: T\nquestions: ${'- '.repeat(5000)}x\n`],
    [
      '1,200 levels of block mappings',
      `title: T\nx:\n${Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')}\n`,
    ],
    ['flow nesting past the limit', `title: T\nquestions: ${'['.repeat(500)}${']'.repeat(500)}\n`],
  ])('%s: lint exits 1 with a yaml problem, not a stack overflow', (_, content) => {
    const file = write('deep.yaml', content);
    const r = runBinary(['lint', file, '-f', 'compact']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/call stack|internal error/i);
    expect(r.stdout).toMatch(/error .*\[(yaml-syntax|wrong-type|unknown-field)\]/);
  });

  it('a key that is a collection is a problem of the file, and no warning reaches stderr', () => {
    const file = write('complex-key.yaml', `title: T\n? [a, b]\n: x\nquestions: []\n`);
    const r = runBinary(['lint', file, '-f', 'compact']);
    expect(r.stderr).not.toMatch(/stringified|Warning/);
    expect(r.code).toBe(1);
  });
});
