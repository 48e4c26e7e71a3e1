// Text that YAML may not carry raw, and hostile file names: what rehearse writes it reads back,
// and no name reaches a terminal or a CI log able to drive it.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newEnv, PACK, rehearse, savedTo, temp } from './harness.js';

// Noncharacters, DEL, C1 controls, a lone surrogate's neighbours and an astral noncharacter.
const AWKWARD = ['\uFFFE', '\uFFFF', '\uFDD0', '\u007F', '\u0085', '\u009B', '\u{1FFFE}'];

describe('what rehearse writes, it reads back', () => {
  it.each(AWKWARD.map((c) => [`U+${(c.codePointAt(0) as number).toString(16).toUpperCase()}`, c]))(
    'an answer holding %s is saved exactly and the session stays visible',
    (_, char) => {
      const e = newEnv();
      const answer = `before ${char} after`;
      const r = rehearse(
        e,
        ['practice', PACK, '--ids', 'input-validation', '--plain'],
        `${answer}\n.\n3\n`,
      );
      expect(r.code).toBe(0);
      const file = savedTo(r.stdout) as string;
      const text = readFileSync(file, 'utf8');
      // Both YAML readers see the answer byte for byte.
      expect((load(text) as { questions: { answer: string }[] }).questions[0]?.answer).toBe(answer);
      expect(parse(text).questions[0].answer).toBe(answer);
      const review = rehearse(e, ['review', '--json']);
      expect(review.code).toBe(0);
      expect(JSON.parse(review.stdout).questions[0].answer).toBe(answer);
      expect(rehearse(e, ['history']).stdout).toContain(path.basename(file, '.yaml'));
    },
  );

  it('a question file holding U+FFFE and U+FFFF gives sessions that can be read', () => {
    const dir = temp();
    const pack = path.join(dir, 'odd.yaml');
    writeFileSync(
      pack,
      readFileSync(PACK, 'utf8').replace(
        'How do you stop malformed input reaching a device?',
        '"How do you stop \\uFFFE malformed input \\uFFFF reaching a device?"',
      ),
    );
    const e = newEnv();
    const r = rehearse(e, ['practice', pack, '--ids', 'input-validation', '--plain'], 'a\n.\n2\n');
    if (r.code !== 0) {
      // A loader that refuses such a file is also fine, as long as it says why.
      expect(r.code).toBe(2);
      expect(r.stderr).not.toContain('internal error');
      return;
    }
    const review = rehearse(e, ['review', '--json']);
    expect(review.code).toBe(0);
    expect(JSON.parse(review.stdout).questions[0].prompt).toContain('\uFFFE malformed');
  });
});

// ESC (a colour change), BEL, DEL, CSI as a C1 control, and the right-to-left override.
const HOSTILE_NAME = 'evil\u001b[31mred\u0007\u007f\u009b2J\u202Eelif.yaml';
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what must not get through.
const RAW_CONTROLS = /[\u001b\u0007\u007f\u0080-\u009f\u202a-\u202e\u2066-\u2069]/;

function hostileFile(content: string): { dir: string; file: string } {
  const dir = temp();
  const file = path.join(dir, HOSTILE_NAME);
  writeFileSync(file, content);
  return { dir, file };
}

describe('hostile file names never reach a terminal raw', () => {
  it.each([['list'], ['practice']])('%s: an invalid file named with escapes', (command) => {
    const { file } = hostileFile('questions: [ {id: broken\n');
    const r = rehearse(newEnv(), command === 'list' ? [command, file] : [command, file, '--plain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('␛[31mred');
    expect(r.stderr).not.toMatch(RAW_CONTROLS);
    expect(r.stdout).not.toMatch(RAW_CONTROLS);
  });

  it('list, practice and review of a good file with such a name print it safely', () => {
    const { dir, file } = hostileFile(readFileSync(PACK, 'utf8'));
    const e = newEnv();
    const practice = rehearse(
      e,
      ['practice', file, '--ids', 'input-validation', '--plain'],
      'a\n.\n3\n',
    );
    expect(practice.code).toBe(0);
    for (const r of [practice, rehearse(e, ['list', dir]), rehearse(e, ['review'])]) {
      expect(r.stdout).not.toMatch(RAW_CONTROLS);
      expect(r.stderr).not.toMatch(RAW_CONTROLS);
    }
    const session = path.join(dir, `${HOSTILE_NAME}.session.yaml`);
    copyFileSync(savedTo(practice.stdout) as string, session);
    const named = rehearse(e, ['review', session]);
    expect(named.code).toBe(0);
    expect(`${named.stdout}${named.stderr}`).not.toMatch(RAW_CONTROLS);
  });
});

describe('machine formats escape what could drive a log viewer, and stay valid', () => {
  const broken = () => hostileFile('questions:\n  - id: x\n    prompt: "unterminated\n');

  it.each(['json', 'sarif'])('lint -f %s: \\u escapes, the path intact when parsed', (format) => {
    const { file } = broken();
    const r = rehearse(newEnv(), ['lint', file, '-f', format]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROLS);
    const doc = JSON.parse(r.stdout);
    const text = JSON.stringify(doc);
    expect(text).toContain(HOSTILE_NAME.slice(0, 4));
    if (format === 'json') expect(doc.files[0].path).toBe(file);
    else
      expect(
        decodeURIComponent(
          doc.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri,
        ),
      ).toBe(file);
  });

  it('lint -f junit: character references, no raw control or override', () => {
    const { file } = broken();
    const r = rehearse(newEnv(), ['lint', file, '-f', 'junit']);
    expect(r.stdout).not.toMatch(RAW_CONTROLS);
    expect(r.stdout).toContain('&#x202E;');
    expect(r.stdout.startsWith('<?xml')).toBe(true);
  });

  it('lint -f github: control characters shown as symbols, nothing raw', () => {
    const { file } = broken();
    const r = rehearse(newEnv(), ['lint', file, '-f', 'github']);
    expect(r.stdout).not.toMatch(RAW_CONTROLS);
    expect(r.stdout).toMatch(/^::error file=.*␛\[31mred␇␡\\u009b2J\\u202eelif\.yaml/m);
  });
});

describe('usage errors quote what was typed safely', () => {
  it('an unknown option holding an escape', () => {
    const r = rehearse(newEnv(), ['list', '--\u001b[2Jboom']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('␛[2Jboom');
    expect(r.stderr).not.toMatch(RAW_CONTROLS);
  });
});
