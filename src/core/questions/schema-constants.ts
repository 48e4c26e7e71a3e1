// Enumerations shared by the schema and the CLI; kept apart so `--help` need not load the schema builder.
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const KINDS = [
  'behavioral',
  'technical',
  'situational',
  'system-design',
  'role-fit',
] as const;
