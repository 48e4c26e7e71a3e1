// The question-file format, defined once. The TypeScript types below and the committed
// schema/question-file.schema.json are both generated from these TypeBox definitions.
import Type from 'typebox';
import { DURATION_PATTERN } from '../duration.js';
import {
  DIFFICULTY_DESCRIPTIONS,
  DURATION_HINTS,
  enumHints,
  KIND_DESCRIPTIONS,
  listHint,
  SLUG_HINTS,
  TEXT_HINT,
} from './editor-hints.js';
import { jsonSchemaDocument } from './json-schema.js';
import { DIFFICULTIES, KINDS, SCHEMA_ID, SLUG_PATTERN } from './schema-constants.js';

export { DIFFICULTIES, KINDS, SCHEMA_ID };

export const FORMAT_VERSION = 1;

const SLUG = SLUG_PATTERN;

/** A snippet tab stop: the editor selects `text` and Tab moves to the next `n`. */
const stop = (n: number, text: string) => `\${${n}:${text}}`;

/** What an editor inserts for "question" in a questions list. */
const QUESTION_SNIPPET = {
  label: 'question',
  description: 'A question with an example answer and key points',
  body: {
    id: stop(1, 'short-id'),
    prompt: stop(2, 'The question as asked'),
    example_answer: stop(3, 'A model answer'),
    key_points: [stop(4, 'what a strong answer covers'), stop(5, 'another point')],
  },
};

const Duration = (title: string, description: string) =>
  Type.String({
    title,
    pattern: DURATION_PATTERN,
    description: `${description} Written as hours, minutes and seconds: 30s, 2m, 1m30s, 1h.`,
    examples: ['45s', '3m', '2m30s'],
    ...DURATION_HINTS,
  });

const Text = (title: string, description: string) =>
  Type.String({ title, minLength: 1, description, ...TEXT_HINT });
const TextList = (title: string, itemTitle: string, description: string) =>
  Type.Array(Type.String({ title: itemTitle, minLength: 1, ...TEXT_HINT }), {
    title,
    description,
    ...listHint(`${itemTitle}s`),
  });

export const Timing = Type.Object(
  {
    prep_time: Type.Optional(Duration('prep time', 'Time to read and think before answering.')),
    answer_time: Type.Optional(Duration('answer time', 'Time allowed for the answer itself.')),
  },
  {
    additionalProperties: false,
    title: 'default times',
    description: 'Default times for every question in the file.',
  },
);

export const KeyPoint = Type.Union(
  [
    Type.String({ title: 'key point', minLength: 1, ...TEXT_HINT }),
    Type.Object(
      {
        point: Text('point', 'The key point as shown to the candidate.'),
        also: Type.Optional(
          Type.Array(Type.String({ title: 'other phrasing', minLength: 1, ...TEXT_HINT }), {
            title: 'also',
            minItems: 1,
            description: 'Other ways a candidate may say the same thing; coverage matches any.',
            ...listHint('other phrasings'),
          }),
        ),
      },
      {
        additionalProperties: false,
        required: ['point'],
        title: 'key point with other phrasings',
        description: 'A key point and other ways a candidate may put it.',
      },
    ),
  ],
  { title: 'key point', description: 'Text, or { point, also: [other phrasings] }.' },
);

export const InterviewerGuide = Type.Object(
  {
    look_for: Type.Optional(
      TextList('look for', 'signal', 'Signals of a strong answer, for the interviewer.'),
    ),
    red_flags: Type.Optional(
      TextList('red flags', 'red flag', 'Warning signs in an answer, for the interviewer.'),
    ),
  },
  {
    additionalProperties: false,
    title: 'interviewer guide',
    description: 'Guidance shown only in interviewer mode.',
  },
);

export const Question = Type.Object(
  {
    id: Type.String({
      title: 'id',
      pattern: SLUG,
      description: 'Unique across every file loaded together; lowercase words joined by hyphens.',
      ...SLUG_HINTS,
    }),
    prompt: Text('prompt', 'The question as asked. May span several lines.'),
    kind: Type.Optional(
      Type.Enum([...KINDS], {
        title: 'kind',
        description: 'What sort of question it is.',
        ...enumHints(KIND_DESCRIPTIONS, KINDS),
      }),
    ),
    difficulty: Type.Optional(
      Type.Enum([...DIFFICULTIES], {
        title: 'difficulty',
        description: 'How hard it is.',
        ...enumHints(DIFFICULTY_DESCRIPTIONS, DIFFICULTIES),
      }),
    ),
    tags: Type.Optional(
      Type.Array(Type.String({ title: 'tag', pattern: SLUG, ...SLUG_HINTS }), {
        title: 'tags',
        uniqueItems: true,
        description: 'Topics, used by --tag filters and statistics.',
        ...listHint('tags', 'like [threat-modelling, sbom]'),
      }),
    ),
    prep_time: Type.Optional(Duration('prep time', 'Overrides the file default prep time.')),
    answer_time: Type.Optional(Duration('answer time', 'Overrides the file default answer time.')),
    example_answer: Type.Optional(
      Text('example answer', 'A model answer to compare your own against.'),
    ),
    key_points: Type.Optional(
      Type.Array(KeyPoint, {
        title: 'key points',
        description: 'What a strong answer covers; used to measure coverage. Aim for 3 to 6.',
        ...listHint('key points'),
      }),
    ),
    follow_ups: Type.Optional(
      TextList('follow-ups', 'follow-up question', 'Questions an interviewer may ask next.'),
    ),
    interviewer: Type.Optional(InterviewerGuide),
  },
  {
    additionalProperties: false,
    title: 'question',
    description: 'One interview question with what you need to practise it.',
    defaultSnippets: [QUESTION_SNIPPET],
  },
);

export const QuestionFile = Type.Object(
  {
    version: Type.Optional(
      Type.Literal(FORMAT_VERSION, {
        title: 'format version',
        description: 'Format version; 1 when omitted.',
        errorMessage: 'The format version is 1.',
      }),
    ),
    title: Text('title', 'What this pack is, shown in listings.'),
    description: Type.Optional(Text('description', 'A longer description of the pack.')),
    role: Type.Optional(Text('role', 'The role these questions prepare for.')),
    defaults: Type.Optional(Timing),
    questions: Type.Array(Question, {
      title: 'questions',
      minItems: 1,
      description: 'The questions, in order.',
      ...listHint('questions', 'each starting with "- id:"'),
    }),
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
