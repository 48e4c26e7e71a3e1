// A TypeBox definition as a standalone JSON Schema document (draft-07, the dialect most editors and
// ajv-cli default to). JSON round-tripping drops TypeBox's symbol-keyed metadata.
export function jsonSchemaDocument(
  id: string,
  title: string,
  description: string,
  type: object,
): Record<string, unknown> {
  const body = JSON.parse(JSON.stringify(type)) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title,
    description,
    ...body,
  };
}
