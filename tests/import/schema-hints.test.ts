// Both schemas speak to editors in words: every pattern and every non-object type has a readable
// message, every object and list item a title, and Ajv (strict) still compiles them.
import { describe, expect, it } from 'vitest';
import { interviewScriptJsonSchema } from '../../src/core/interview/script-schema.js';
import { validatorFor } from '../../src/core/load/validate.js';
import { questionFileJsonSchema } from '../../src/core/questions/schema.js';

type Node = Record<string, unknown>;

/** Every subschema with its JSON pointer. */
function walk(node: Node, pointer = ''): [string, Node][] {
  const out: [string, Node][] = [[pointer || '/', node]];
  for (const [key, value] of Object.entries(node.properties ?? {}))
    out.push(...walk(value as Node, `${pointer}/properties/${key}`));
  if (node.items && typeof node.items === 'object')
    out.push(...walk(node.items as Node, `${pointer}/items`));
  for (const [i, branch] of ((node.anyOf as Node[] | undefined) ?? []).entries())
    out.push(...walk(branch, `${pointer}/anyOf/${i}`));
  return out;
}

describe.each([
  ['question file', questionFileJsonSchema()],
  ['interview script', interviewScriptJsonSchema()],
])('the %s schema', (_, schema) => {
  const nodes = walk(schema);

  it('has a readable message for every pattern', () => {
    const patterns = nodes.filter(([, n]) => n.pattern);
    expect(patterns.length).toBeGreaterThan(2);
    for (const [pointer, n] of patterns) {
      expect(n.patternErrorMessage, pointer).toMatch(/^[A-Z].*\.$/);
      expect(String(n.patternErrorMessage), pointer).not.toMatch(/[\\^$]/);
    }
  });

  it('has a readable message for every type other than a mapping', () => {
    for (const [pointer, n] of nodes.filter(([, n]) => n.type && n.type !== 'object'))
      expect(n.errorMessage, pointer).toMatch(/^(Should be|Not a|Expected|The format|Use) /);
    for (const [pointer, n] of nodes.filter(([, n]) => n.enum))
      expect(n.errorMessage, pointer).toMatch(/^Expected one of /);
  });

  it('never overrides the messages of a mapping (missing or unknown fields)', () => {
    for (const [pointer, n] of nodes.filter(([, n]) => n.type === 'object'))
      expect(n.errorMessage, pointer).toBeUndefined();
  });

  it('titles every item and field, and describes every enum value', () => {
    for (const [pointer, n] of nodes.slice(1)) expect(n.title, pointer).toEqual(expect.any(String));
    for (const [pointer, n] of nodes.filter(([, n]) => n.enum)) {
      const values = n.enum as string[];
      expect(n.enumDescriptions, pointer).toHaveLength(values.length);
      expect(n.markdownEnumDescriptions, pointer).toHaveLength(values.length);
      for (const d of n.enumDescriptions as string[]) expect(d.length, pointer).toBeGreaterThan(10);
    }
  });

  it('compiles with Ajv in strict mode', () => {
    // A fresh id: compiled here from the schema, not taken from the build's precompiled code.
    expect(() => validatorFor(`strict-test:${String(schema.$id)}`, () => schema)).not.toThrow();
  });
});

it('offers a whole question as a snippet, with an example answer and key points', () => {
  const question = (questionFileJsonSchema().properties as Node).questions as Node;
  const snippets = (question.items as Node).defaultSnippets as { label: string; body: Node }[];
  expect(snippets[0]?.label).toBe('question');
  expect(Object.keys(snippets[0]?.body ?? {})).toEqual([
    'id',
    'prompt',
    'example_answer',
    'key_points',
  ]);
});
