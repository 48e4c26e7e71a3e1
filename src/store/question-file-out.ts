// A question file as `rehearse import` and `rehearse new` write it: the editor modeline first
// (a schema path that resolves from where the file is written), then the data in rehearse's YAML
// style, with a comment where a question still needs key points.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isPair, isScalar, visit, type YAMLMap, type YAMLSeq } from 'yaml';
import { yamlDocument, yamlText } from './yaml-out.js';

/** The JSON Schema shipped with the CLI: `schema/` beside `dist/` (and beside `src/`). */
export const BUNDLED_SCHEMA = fileURLToPath(
  new URL('../../schema/question-file.schema.json', import.meta.url),
);

export const KEY_POINTS_TODO =
  ' key_points: add 3 to 6 short phrases a strong answer covers (rehearse lint warns until you do)';

const LONG_TEXT = new Set(['prompt', 'example_answer', 'description']);

/**
 * The modeline's schema reference for a file in `directory`: a relative path when the two share a
 * root, otherwise (or when the path holds a space or '#', which end or split a modeline's value)
 * an absolute file: URI, which yaml-language-server takes as it is.
 */
export function schemaReference(directory: string, schema = BUNDLED_SCHEMA): string {
  const relative = path.relative(directory, schema);
  if (path.isAbsolute(relative) || /^[a-z]:/i.test(relative) || /[\s#%]/.test(relative))
    return pathToFileURL(schema).href;
  return relative.split(path.sep).join('/');
}

export function modeline(schemaRef: string): string {
  return ` yaml-language-server: $schema=${schemaRef}`;
}

export function questionFileText(
  data: Record<string, unknown>,
  schemaRef: string,
  withoutKeyPoints: readonly string[] = [],
): string {
  const doc = yamlDocument(data);
  doc.commentBefore = modeline(schemaRef);
  // Long texts as literal blocks, as hand-written packs have them: easier to read and edit.
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value)) return;
      const text = pair.value.value;
      if (!LONG_TEXT.has(String(pair.key.value)) || typeof text !== 'string') return;
      // Quoted by yamlDocument (a look-alike, a character YAML cannot carry raw): stays quoted.
      if (pair.value.type === 'QUOTE_DOUBLE') return;
      if (text.length > 70 || text.includes('\n')) pair.value.type = 'BLOCK_LITERAL';
    },
  });
  const todo = new Set(withoutKeyPoints);
  const questions = doc.get('questions', true) as YAMLSeq | undefined;
  for (const item of questions?.items ?? []) {
    const map = item as YAMLMap;
    if (todo.has(String(map.get('id')))) map.comment = KEY_POINTS_TODO;
  }
  return yamlText(doc);
}
