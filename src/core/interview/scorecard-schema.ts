// The scorecard file's schema, checked whenever a scorecard is read (interviewers edit them).
// Unknown fields are allowed; what rehearse relies on must be there with the right type. The
// assertion at the bottom keeps the schema and the Scorecard interface in step.
import Type from 'typebox';
import { RECOMMENDATIONS, type Scorecard } from './scorecard.js';

export const SCORECARD_SCHEMA_ID = 'https://rehearse.dev/schema/scorecard.schema.json';

const Text = Type.String();
const Seconds = Type.Number({ minimum: 0 });

const Question = Type.Object({
  id: Text,
  section: Text,
  status: Type.Enum(['pending', 'asked', 'skipped']),
  prompt: Text,
  notes: Text,
  follow_up_notes: Type.Array(Text),
  key_points: Type.Array(Type.Object({ point: Text, ticked: Type.Boolean() })),
  seconds: Seconds,
  budget_seconds: Seconds,
  source: Type.Object({ file: Text, line: Type.Integer({ minimum: 0 }) }),
});

const Score = Type.Object({
  criterion: Text,
  after: Text,
  score: Type.Number(),
  label: Text,
  justification: Type.Optional(Text),
});

const ScorecardFile = Type.Object({
  version: Type.Literal(1),
  kind: Type.Literal('scorecard'),
  id: Text,
  tool: Text,
  status: Type.Enum(['in-progress', 'finished']),
  script: Type.Object({
    title: Text,
    role: Type.Optional(Text),
    file: Text,
    sha256: Text,
    duration_seconds: Seconds,
  }),
  candidate: Type.Optional(Text),
  started_at: Text,
  ended_at: Type.Optional(Text),
  elapsed_seconds: Seconds,
  position: Type.Integer({ minimum: 0 }),
  questions: Type.Array(Question),
  scores: Type.Array(Score),
  recommendation: Type.Optional(Type.Enum([...RECOMMENDATIONS])),
  summary: Type.Optional(Text),
});

export function scorecardJsonSchema(): Record<string, unknown> {
  return { $id: SCORECARD_SCHEMA_ID, ...JSON.parse(JSON.stringify(ScorecardFile)) };
}

// A file that passes the schema is a Scorecard (a compile-time check, no run-time cost).
// Both ways: the schema accepts every scorecard rehearse writes, and nothing the code cannot use.
const isRecord = (valid: Type.Static<typeof ScorecardFile>): Scorecard => valid;
const isValid = (card: Scorecard): Type.Static<typeof ScorecardFile> => card;
void isRecord;
void isValid;
