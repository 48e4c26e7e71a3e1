// The interview-script format, defined once: TypeScript types and schema/interview-script.schema.json
// both come from these TypeBox definitions. Scripts are YAML files named *.interview.yaml.
import Type from 'typebox';
import { DURATION_PATTERN } from '../duration.js';

import {
  DURATION_HINTS,
  enumHints,
  listHint,
  SLUG_HINTS,
  TEXT_HINT,
} from '../questions/editor-hints.js';
import { jsonSchemaDocument } from '../questions/json-schema.js';
import { SCRIPT_FILE, SCRIPT_SCHEMA_ID, SLUG_PATTERN } from '../questions/schema-constants.js';

export { SCRIPT_FILE, SCRIPT_SCHEMA_ID };

const SLUG = SLUG_PATTERN;
const Slug = (title: string, description: string) =>
  Type.String({ title, pattern: SLUG, description, ...SLUG_HINTS });
const Text = (title: string, description: string) =>
  Type.String({ title, minLength: 1, description, ...TEXT_HINT });
const Duration = (title: string, description: string, examples: string[]) =>
  Type.String({
    title,
    pattern: DURATION_PATTERN,
    description: `${description} Written like 45m, 5m, 2m30s.`,
    examples,
    ...DURATION_HINTS,
  });
const Informs = Type.Array(Slug('criterion id', 'A rubric criterion id.'), {
  title: 'informs',
  uniqueItems: true,
  description: 'Rubric criteria this part of the interview informs.',
  ...listHint('criterion ids', 'like [technical-depth, communication]'),
});

const SCORE_WHEN: Readonly<Record<string, string>> = {
  section: 'Score the criteria once, after the last question of the section (the default).',
  question: 'Score the criteria after every question in the section.',
  none: "Do not score in this section (an introduction, the candidate's questions).",
};

export const ScriptQuestion = Type.Object(
  {
    id: Slug('question id', 'A question id from one of the sources.'),
    time: Type.Optional(
      Duration('time', "Overrides the question's own answer time.", ['3m', '5m', '2m30s']),
    ),
    informs: Type.Optional(Informs),
  },
  {
    additionalProperties: false,
    title: 'question',
    description: 'A question from the sources, asked in this section.',
  },
);

export const Section = Type.Object(
  {
    id: Slug('section id', 'Names the section in the scorecard.'),
    title: Text('section title', 'Shown to the interviewer.'),
    time: Duration('time budget', 'Time budget for the section.', ['10m', '15m', '20m']),
    questions: Type.Array(ScriptQuestion, {
      title: 'questions',
      description: 'Asked in this order.',
      ...listHint('questions', 'each starting with "- id:"'),
    }),
    informs: Type.Optional(Informs),
    score: Type.Optional(
      Type.Enum(['section', 'question', 'none'], {
        title: 'when to score',
        description:
          'When to score the criteria: after the section (default), after each question, or not at all.',
        ...enumHints(SCORE_WHEN, ['section', 'question', 'none']),
      }),
    ),
    notes: Type.Optional(Text('notes', 'Guidance for the interviewer for this section.')),
  },
  {
    additionalProperties: false,
    title: 'section',
    description: 'A part of the interview with its own time budget and questions.',
  },
);

export const ScaleLevel = Type.Object(
  {
    score: Type.Integer({
      title: 'score',
      minimum: 0,
      maximum: 9,
      description: 'The digit typed when scoring.',
      examples: [1, 2, 3, 4],
      errorMessage: 'Should be a whole number from 0 to 9: the digit typed when scoring.',
    }),
    label: Text('label', 'e.g. "Strong"'),
    meaning: Text('meaning', 'What an answer at this level looks like.'),
  },
  {
    additionalProperties: false,
    title: 'scale level',
    description: 'One level of the scoring scale: its digit, a label and what it means.',
  },
);

export const Criterion = Type.Object(
  {
    id: Slug('criterion id', 'Referred to by informs.'),
    title: Text('criterion title', 'Shown when scoring.'),
    description: Type.Optional(Text('description', 'What this criterion measures.')),
    levels: Type.Optional(
      Type.Array(ScaleLevel, {
        title: 'levels',
        minItems: 2,
        description:
          "This criterion's own labels and meanings, weakest first, replacing the scale's when it is scored. Uses the same scores as the scale.",
        ...listHint('levels', 'each starting with "- score:"'),
      }),
    ),
  },
  {
    additionalProperties: false,
    title: 'criterion',
    description: 'One thing the interviewer scores, such as technical depth or communication.',
  },
);

export const InterviewScript = Type.Object(
  {
    version: Type.Optional(
      Type.Literal(1, {
        title: 'format version',
        description: 'Format version; 1 when omitted.',
        errorMessage: 'The format version is 1.',
      }),
    ),
    title: Text('title', 'Shown at the top of the interviewer screen and the scorecard.'),
    role: Type.Optional(Text('role', 'The role being interviewed for.')),
    duration: Duration('duration', 'Planned length of the whole interview.', ['45m', '1h', '30m']),
    intro: Type.Optional(Text('intro', 'For the interviewer to read or paraphrase at the start.')),
    outro: Type.Optional(Text('outro', 'For the interviewer to read or paraphrase at the end.')),
    sources: Type.Array(Text('source', 'A question file, relative to this script.'), {
      title: 'sources',
      minItems: 1,
      description: 'Question files the sections draw from.',
      ...listHint('question files', 'one per line starting with "- "'),
    }),
    sections: Type.Array(Section, {
      title: 'sections',
      minItems: 1,
      description:
        'The parts of the interview, in order: each with a time budget, its questions and the criteria it informs.',
      ...listHint('sections', 'each starting with "- id:"'),
    }),
    rubric: Type.Object(
      {
        criteria: Type.Array(Criterion, {
          title: 'criteria',
          minItems: 1,
          description: 'What the interviewer scores; sections and questions name them in informs.',
          ...listHint('criteria', 'each starting with "- id:"'),
        }),
        scale: Type.Array(ScaleLevel, {
          title: 'scale',
          minItems: 2,
          description: 'Ordered from weakest to strongest.',
          ...listHint('scale levels', 'each starting with "- score:"'),
        }),
      },
      {
        additionalProperties: false,
        title: 'rubric',
        description: 'How candidates are scored: the criteria and the scale of scores.',
      },
    ),
  },
  { additionalProperties: false },
);

export type InterviewScript = Type.Static<typeof InterviewScript>;
export type Section = Type.Static<typeof Section>;
export type ScaleLevel = Type.Static<typeof ScaleLevel>;
export type Criterion = Type.Static<typeof Criterion>;

export function interviewScriptJsonSchema(): Record<string, unknown> {
  return jsonSchemaDocument(
    SCRIPT_SCHEMA_ID,
    'rehearse interview script',
    'A scripted interview: sections of questions, time budgets and a scoring rubric.',
    InterviewScript,
  );
}
