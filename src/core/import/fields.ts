// Optional fields given as text (CSV cells, Anki tags): split, normalised, and left out with a
// warning when their meaning is unknown, so the question file always lints without errors.
import { formatDuration, parseDuration, readLenientDuration } from '../duration.js';
import { DIFFICULTIES, KINDS } from '../questions/schema-constants.js';
import { slugify } from './slug.js';
import type { ImportedQuestion, ImportWarning } from './types.js';

export interface RawFields {
  tags?: string;
  key_points?: string;
  kind?: string;
  difficulty?: string;
  answer_time?: string;
  prep_time?: string;
}

const SPELLINGS: Record<string, string> = {
  behavioural: 'behavioral',
  'system-design': 'system-design',
  systemdesign: 'system-design',
  design: 'system-design',
  fit: 'role-fit',
  'culture-fit': 'role-fit',
  normal: 'medium',
  intermediate: 'medium',
  moderate: 'medium',
  difficult: 'hard',
  simple: 'easy',
};

/** Tags split on ";" or "," (Anki: on spaces), each made a slug; duplicates dropped. */
export function tagList(text: string, separators = /[;,\n]/): string[] {
  return [
    ...new Set(
      text
        .split(separators)
        .map((t) => slugify(t.replace(/::/g, '-')))
        .filter(Boolean),
    ),
  ];
}

function enumValue(
  name: 'kind' | 'difficulty',
  text: string,
  line: number,
  warnings: ImportWarning[],
): string | undefined {
  const allowed: readonly string[] = name === 'kind' ? KINDS : DIFFICULTIES;
  const slug = slugify(text);
  const value = allowed.includes(slug) ? slug : SPELLINGS[slug];
  if (value && allowed.includes(value)) return value;
  warnings.push({
    line,
    message: `${name} "${text}" is not one of ${allowed.join(', ')}; left out`,
  });
  return undefined;
}

function duration(
  name: string,
  text: string,
  line: number,
  warnings: ImportWarning[],
): string | undefined {
  const seconds = parseDuration(text) ?? readLenientDuration(text);
  if (seconds !== undefined && seconds > 0) return formatDuration(seconds);
  warnings.push({
    line,
    message: `${name} "${text}" is not a duration such as 30s, 2m or 1m30s; left out`,
  });
  return undefined;
}

export function fieldValues(
  raw: RawFields,
  line: number,
  warnings: ImportWarning[],
): Partial<ImportedQuestion> {
  const out: Partial<ImportedQuestion> = {};
  const tags = raw.tags ? tagList(raw.tags) : [];
  if (tags.length) out.tags = tags;
  const points = (raw.key_points ?? '')
    .split(/[;\n]/)
    .map((p) => p.trim().replace(/^(?:[-*•]|\d+[.)])\s+/, ''))
    .filter(Boolean);
  if (points.length) out.key_points = points;
  const kind = raw.kind ? enumValue('kind', raw.kind, line, warnings) : undefined;
  if (kind) out.kind = kind;
  const difficulty = raw.difficulty
    ? enumValue('difficulty', raw.difficulty, line, warnings)
    : undefined;
  if (difficulty) out.difficulty = difficulty;
  for (const name of ['answer_time', 'prep_time'] as const) {
    const text = raw[name];
    const value = text ? duration(name, text, line, warnings) : undefined;
    if (value) out[name] = value;
  }
  return out;
}
