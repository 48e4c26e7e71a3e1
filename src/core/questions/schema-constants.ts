// Enumerations shared by the schema and the CLI; kept apart so `--help` need not load the schema builder.
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const KINDS = [
  'behavioral',
  'technical',
  'situational',
  'system-design',
  'role-fit',
] as const;

export const SCHEMA_ID = 'https://rehearse.dev/schema/question-file.schema.json';
export const SCRIPT_SCHEMA_ID = 'https://rehearse.dev/schema/interview-script.schema.json';
/** Interview scripts are told from question files by name. */
export const SCRIPT_FILE = /\.interview\.ya?ml$/i;
/** Ids and tags: lowercase words joined by hyphens (validate.ts words the message for it). */
export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
