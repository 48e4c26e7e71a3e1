// What editors read from the schema beyond validation (yaml-language-server, the VS Code YAML
// extension): readable messages instead of raw patterns, enum descriptions, snippets. Ajv knows
// none of these keywords, and runs in strict mode, so they are registered as annotations.

/** Keywords the JSON Schema documents carry for editors only; Ajv must accept and ignore them. */
export const EDITOR_KEYWORDS = [
  'patternErrorMessage',
  'errorMessage',
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
] as const;

/** Messages worded like lint's, for the places an editor would otherwise show a regex or a type. */
export const DURATION_HINTS = {
  patternErrorMessage: 'Not a duration such as 30s, 2m or 1m30s (h, m and s, no spaces).',
  errorMessage: 'Not a duration: write it with its unit, such as 30s, 2m or 1m30s.',
} as const;

export const SLUG_HINTS = {
  patternErrorMessage: 'Use lowercase words joined by hyphens, like "threat-modelling".',
  errorMessage: 'Should be text: lowercase words joined by hyphens, like "threat-modelling".',
} as const;

export const TEXT_HINT = { errorMessage: 'Should be text (use | for text over several lines).' };

export const listHint = (of: string, how = 'one per line starting with "- "') => ({
  errorMessage: `Should be a list of ${of}, ${how}.`,
});

/** Descriptions of each enum value, in the order of the enum, for hover and completion. */
export function enumHints(
  descriptions: Readonly<Record<string, string>>,
  values: readonly string[],
) {
  const texts = values.map((v) => descriptions[v] ?? '');
  return {
    enumDescriptions: texts,
    markdownEnumDescriptions: texts,
    errorMessage: `Expected one of ${values.join(', ')}.`,
  };
}

export const KIND_DESCRIPTIONS: Readonly<Record<string, string>> = {
  behavioral: 'About what you did: "Tell me about a time…", answered with a story (STAR).',
  technical: 'Knowledge and reasoning in the field: how something works, how you would build it.',
  situational: 'A hypothetical: "What would you do if…".',
  'system-design': 'Design a system end to end: requirements, components, trade-offs.',
  'role-fit': 'Motivation and fit: why this role, this team, this company.',
};

export const DIFFICULTY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  easy: 'A warm-up: most candidates answer it well.',
  medium: 'Needs preparation and a structured answer.',
  hard: 'Senior-level depth, trade-offs or a difficult story.',
};
