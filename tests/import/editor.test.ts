// The question-file schema in a real editor server: yaml-language-server over LSP (stdio). Bundled
// packs show no diagnostics; a broken file elsewhere gets readable messages at lint's positions;
// a file made by `rehearse new` in another folder finds its schema (hover and completion work).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaReference } from '../../src/store/question-file-out.js';
import { ROOT, runBinary } from '../helpers/run-cli.js';
import { YamlLanguageServer } from '../helpers/yaml-ls.js';

let server: YamlLanguageServer;

beforeAll(async () => {
  server = new YamlLanguageServer();
  await server.start(ROOT);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const BROKEN = (schemaRef: string) => `# yaml-language-server: $schema=${schemaRef}
version: 1
title: Broken pack
defaults:
  answer_time: 90
questions:
  - id: Bad ID
    kind: behavioural
    prompt: Why?
    prep_time: 1m 30s
    tags: [ok, Not_OK]
    example_answer: Because.
    key_points: [one]
`;

describe('yaml-language-server with the rehearse schemas', { timeout: 60_000 }, () => {
  it.each([
    'questions/product-security-engineer.yaml',
    'questions/behavioral-general.yaml',
    'questions/product-security-engineer.interview.yaml',
  ])('%s: no diagnostics', async (file) => {
    const { diagnostics } = await server.open(path.join(ROOT, file));
    expect(diagnostics).toEqual([]);
  });

  it('a broken file outside the project: readable messages at the positions lint reports', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-editor-'));
    const file = path.join(dir, 'broken.yaml');
    writeFileSync(file, BROKEN(schemaReference(dir)));
    const { diagnostics } = await server.open(file);
    const lint = runBinary(['lint', file, '--format', 'json'], { cwd: dir });
    const problems = (
      JSON.parse(lint.stdout) as { files: { problems: { line: number; column: number }[] }[] }
    ).files.flatMap((f) => f.problems);
    expect(problems).toHaveLength(5);
    const at = (d: (typeof diagnostics)[number]) =>
      `${d.range.start.line + 1}:${d.range.start.character + 1}`;
    const byPlace = new Map(diagnostics.map((d) => [at(d), d.message]));
    // Every error lint finds, the editor shows at the same place.
    for (const p of problems)
      expect(byPlace.has(`${p.line}:${p.column}`), `${p.line}:${p.column}`).toBe(true);
    expect(Object.fromEntries(byPlace)).toEqual({
      '5:16': 'Not a duration: write it with its unit, such as 30s, 2m or 1m30s.',
      '7:9': 'Use lowercase words joined by hyphens, like "threat-modelling".',
      '8:11': 'Expected one of behavioral, technical, situational, system-design, role-fit.',
      '10:16': 'Not a duration such as 30s, 2m or 1m30s (h, m and s, no spaces).',
      '11:16': 'Use lowercase words joined by hyphens, like "threat-modelling".',
    });
    for (const d of diagnostics) expect(d.message).not.toMatch(/pattern|\^\(|Incorrect type/);
  });

  it('a schema under a path with a space and a # is referred to by a file: URI that resolves', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse editor #space-'));
    const schema = path.join(dir, 'my schemas', 'question-file.schema.json');
    mkdirSync(path.dirname(schema));
    copyFileSync(path.join(ROOT, 'schema/question-file.schema.json'), schema);
    const ref = schemaReference(path.join(dir, 'packs'), schema);
    expect(ref).toMatch(/^file:\/\/\/.*my%20schemas\/question-file\.schema\.json$/);
    mkdirSync(path.join(dir, 'packs'));
    const file = path.join(dir, 'packs', 'broken.yaml');
    writeFileSync(file, BROKEN(ref));
    const { diagnostics } = await server.open(file);
    expect(diagnostics).toHaveLength(5); // the schema loaded: its five messages, no "Unable to load"
    expect(diagnostics.map((d) => d.message).join('\n')).not.toMatch(/Unable to load/);
  });

  it('a file made by rehearse new in another folder resolves its schema', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-editor-new-'));
    const made = runBinary(['new', 'pack.yaml'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    const { uri, diagnostics } = await server.open(path.join(dir, 'pack.yaml'));
    expect(diagnostics).toEqual([]); // an unresolved schema is itself a diagnostic
    const lines = readFileSync(path.join(dir, 'pack.yaml'), 'utf8').split('\n');
    const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start));
    // Hover over "prompt:" shows the schema's description.
    const hover = await server.hover(uri, lineOf('    prompt:'), 6);
    expect(hover).toContain('The question as asked');
    // Completion at the start of the kind value offers the schema's values.
    const kinds = await server.completionDocs(uri, lineOf('    kind:'), 10);
    expect(Object.keys(kinds)).toEqual(
      expect.arrayContaining(['behavioral', 'system-design', 'role-fit']),
    );
    expect(kinds.situational).toContain('What would you do if');
  });

  it('items are named by their titles, and a new list item completes to a whole question', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-editor-snippet-'));
    const file = path.join(dir, 'draft.yaml');
    writeFileSync(
      file,
      `# yaml-language-server: $schema=${schemaReference(dir)}\ntitle: Draft\nquestions:\n  - id: first\n    prompt: Why?\n  - \n`,
    );
    const { uri, diagnostics } = await server.open(file);
    expect(diagnostics.map((d) => d.message)).toEqual(['Incorrect type. Expected "question".']);
    expect(await server.completion(uri, 5, 4)).toEqual(
      expect.arrayContaining(['question', 'id', 'prompt', 'example_answer', 'key_points']),
    );
    expect(await server.hover(uri, 3, 5)).toContain('lowercase words joined by hyphens');
  });

  it('interview scripts: durations complete to examples, scoring choices come with descriptions', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-editor-script-'));
    const file = path.join(dir, 'loop.interview.yaml');
    const schema = path.join(ROOT, 'schema/interview-script.schema.json');
    writeFileSync(
      file,
      [
        `# yaml-language-server: $schema=${schemaReference(dir, schema)}`,
        'title: Loop',
        'duration: ',
        'sources: [questions.yaml]',
        'sections:',
        '  - id: intro',
        '    title: Intro',
        '    time: ',
        '    score: ',
        '    questions: []',
        'rubric:',
        '  criteria: [{ id: depth, title: Depth }]',
        '  scale: [{ score: 1, label: Weak, meaning: Vague }, { score: 2, label: Strong, meaning: Clear }]',
        '',
      ].join('\n'),
    );
    const { uri } = await server.open(file);
    expect(await server.completion(uri, 2, 10)).toEqual(expect.arrayContaining(['45m', '1h']));
    expect(await server.completion(uri, 7, 10)).toEqual(expect.arrayContaining(['10m', '15m']));
    const scoring = await server.completionDocs(uri, 8, 11);
    expect(scoring.none).toContain('Do not score in this section');
    expect(scoring.question).toContain('after every question');
    expect(await server.hover(uri, 4, 2)).toContain('The parts of the interview');
  });
});
