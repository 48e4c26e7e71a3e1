// The question-file format, defined once. The TypeScript types below and the committed
// schema/question-file.schema.json are both generated from these TypeBox definitions.
import Type from 'typebox';
import { DURATION_PATTERN } from '../duration.js';
import { jsonSchemaDocument } from './json-schema.js';
import { DIFFICULTIES, KINDS, SCHEMA_ID, SLUG_PATTERN } from './schema-constants.js';

export { DIFFICULTIES, KINDS, SCHEMA_ID };

export const FORMAT_VERSION = 1;

const SLUG = SLUG_PATTERN;

const Duration = (description: string) =>
  Type.String({
    pattern: DURATION_PATTERN,
    description: `${description} Written as hours, minutes and seconds: 30s, 2m, 1m30s, 1h.`,
    examples: ['45s', '3m', '2m30s'],
  });

const Text = (description: string) => Type.String({ minLength: 1, description });
const TextList = (description: string) =>
  Type.Array(Type.String({ minLength: 1 }), { description });

export const Timing = Type.Object(
  {
    prep_time: Type.Optional(Duration('Time to read and think before answering.')),
    answer_time: Type.Optional(Duration('Time allowed for the answer itself.')),
  },
  { additionalProperties: false, description: 'Default times for every question in the file.' },
);

export const KeyPoint = Type.Union(
  [
    Type.String({ minLength: 1 }),
    Type.Object(
      {
        point: Text('The key point as shown to the candidate.'),
        also: Type.Optional(
          Type.Array(Type.String({ minLength: 1 }), {
            minItems: 1,
            description: 'Other ways a candidate may say the same thing; coverage matches any.',
          }),
        ),
      },
      { additionalProperties: false, required: ['point'] },
    ),
  ],
  { description: 'Text, or { point, also: [other phrasings] }.' },
);

export const InterviewerGuide = Type.Object(
  {
    look_for: Type.Optional(TextList('Signals of a strong answer, for the interviewer.')),
    red_flags: Type.Optional(TextList('Warning signs in an answer, for the interviewer.')),
  },
  { additionalProperties: false, description: 'Guidance shown only in interviewer mode.' },
);

export const Question = Type.Object(
  {
    id: Type.String({
      pattern: SLUG,
      description: 'Unique across every file loaded together; lowercase words joined by hyphens.',
    }),
    prompt: Text('The question as asked. May span several lines.'),
    kind: Type.Optional(Type.Enum([...KINDS], { description: 'What sort of question it is.' })),
    difficulty: Type.Optional(Type.Enum([...DIFFICULTIES], { description: 'How hard it is.' })),
    tags: Type.Optional(
      Type.Array(Type.String({ pattern: SLUG }), {
        uniqueItems: true,
        description: 'Topics, used by --tag filters and statistics.',
      }),
    ),
    prep_time: Type.Optional(Duration('Overrides the file default prep time.')),
    answer_time: Type.Optional(Duration('Overrides the file default answer time.')),
    example_answer: Type.Optional(Text('A model answer to compare your own against.')),
    key_points: Type.Optional(
      Type.Array(KeyPoint, {
        description: 'What a strong answer covers; used to measure coverage. Aim for 3 to 6.',
      }),
    ),
    follow_ups: Type.Optional(TextList('Questions an interviewer may ask next.')),
    interviewer: Type.Optional(InterviewerGuide),
  },
  { additionalProperties: false },
);

export const QuestionFile = Type.Object(
  {
    version: Type.Optional(
      Type.Literal(FORMAT_VERSION, { description: 'Format version; 1 when omitted.' }),
    ),
    title: Text('What this pack is, shown in listings.'),
    description: Type.Optional(Text('A longer description of the pack.')),
    role: Type.Optional(Text('The role these questions prepare for.')),
    defaults: Type.Optional(Timing),
    questions: Type.Array(Question, { minItems: 1, description: 'The questions, in order.' }),
  },
  { additionalProperties: false },
);

export type Question = Type.Static<typeof Question>;
export type QuestionFile = Type.Static<typeof QuestionFile>;
export type Difficulty = (typeof DIFFICULTIES)[number];
export type Kind = (typeof KINDS)[number];

/** The JSON Schema document (draft-07, the dialect most editors and ajv-cli default to). */
export function questionFileJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(
    SCHEMA_ID,
    'rehearse question file',
    'Interview questions with example answers, for the rehearse CLI.',
    QuestionFile,
  );
}
