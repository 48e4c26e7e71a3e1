// The interview-script format, defined once: TypeScript types and schema/interview-script.schema.json
// both come from these TypeBox definitions. Scripts are YAML files named *.interview.yaml.
import Type from 'typebox';
import { DURATION_PATTERN } from '../duration.js';

import { jsonSchemaDocument } from '../questions/json-schema.js';
import { SCRIPT_FILE, SCRIPT_SCHEMA_ID, SLUG_PATTERN } from '../questions/schema-constants.js';

export { SCRIPT_FILE, SCRIPT_SCHEMA_ID };

const SLUG = SLUG_PATTERN;
const Slug = (description: string) => Type.String({ pattern: SLUG, description });
const Text = (description: string) => Type.String({ minLength: 1, description });
const Duration = (description: string) =>
  Type.String({
    pattern: DURATION_PATTERN,
    description: `${description} Written like 45m, 5m, 2m30s.`,
  });
const Informs = Type.Array(Slug('A rubric criterion id.'), {
  uniqueItems: true,
  description: 'Rubric criteria this part of the interview informs.',
});

export const ScriptQuestion = Type.Object(
  {
    id: Slug('A question id from one of the sources.'),
    time: Type.Optional(Duration("Overrides the question's own answer time.")),
    informs: Type.Optional(Informs),
  },
  { additionalProperties: false },
);

export const Section = Type.Object(
  {
    id: Slug('Names the section in the scorecard.'),
    title: Text('Shown to the interviewer.'),
    time: Duration('Time budget for the section.'),
    questions: Type.Array(ScriptQuestion, { description: 'Asked in this order.' }),
    informs: Type.Optional(Informs),
    score: Type.Optional(
      Type.Enum(['section', 'question', 'none'], {
        description:
          'When to score the criteria: after the section (default), after each question, or not at all.',
      }),
    ),
    notes: Type.Optional(Text('Guidance for the interviewer for this section.')),
  },
  { additionalProperties: false },
);

export const ScaleLevel = Type.Object(
  {
    score: Type.Integer({ minimum: 0, maximum: 9, description: 'The digit typed when scoring.' }),
    label: Text('e.g. "Strong"'),
    meaning: Text('What an answer at this level looks like.'),
  },
  { additionalProperties: false },
);

export const Criterion = Type.Object(
  {
    id: Slug('Referred to by informs.'),
    title: Text('Shown when scoring.'),
    description: Type.Optional(Text('What this criterion measures.')),
    levels: Type.Optional(
      Type.Array(ScaleLevel, {
        minItems: 2,
        description:
          "This criterion's own labels and meanings, weakest first, replacing the scale's when it is scored. Uses the same scores as the scale.",
      }),
    ),
  },
  { additionalProperties: false },
);

export const InterviewScript = Type.Object(
  {
    version: Type.Optional(Type.Literal(1, { description: 'Format version; 1 when omitted.' })),
    title: Text('Shown at the top of the interviewer screen and the scorecard.'),
    role: Type.Optional(Text('The role being interviewed for.')),
    duration: Duration('Planned length of the whole interview.'),
    intro: Type.Optional(Text('For the interviewer to read or paraphrase at the start.')),
    outro: Type.Optional(Text('For the interviewer to read or paraphrase at the end.')),
    sources: Type.Array(Text('A question file, relative to this script.'), {
      minItems: 1,
      description: 'Question files the sections draw from.',
    }),
    sections: Type.Array(Section, { minItems: 1 }),
    rubric: Type.Object(
      {
        criteria: Type.Array(Criterion, { minItems: 1 }),
        scale: Type.Array(ScaleLevel, {
          minItems: 2,
          description: 'Ordered from weakest to strongest.',
        }),
      },
      { additionalProperties: false },
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
