// The session file's schema, checked whenever a session file is read (people edit these files;
// docs/practice.md invites it). Fields rehearse does not know are allowed, so a file written by a
// newer minor version still reads; what rehearse relies on must be there with the right type.
// The assertion at the bottom keeps the schema and the SessionRecord interface in step.
import Type from 'typebox';
import type { SessionRecord } from './record.js';

export const SESSION_SCHEMA_ID = 'https://rehearse.dev/schema/session-file.schema.json';

const Text = Type.String();
const Seconds = Type.Number({ minimum: 0 });
const TextList = Type.Array(Type.String());

const Question = Type.Object({
  id: Text,
  status: Type.Enum(['pending', 'in-progress', 'answered', 'skipped']),
  prompt: Text,
  answer: Type.Optional(Text),
  draft: Type.Optional(Text),
  note: Type.Optional(Text),
  example_answer: Type.Optional(Text),
  // Text, or { point, also } (core/questions/key-points.ts).
  key_points: Type.Optional(
    Type.Array(Type.Union([Text, Type.Object({ point: Text, also: Type.Optional(TextList) })])),
  ),
  coverage: Type.Optional(Type.Object({ covered: TextList, missed: TextList })),
  self_rating: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
  mode: Type.Enum(['typed', 'aloud']),
  prep_seconds: Type.Optional(Seconds),
  answer_seconds: Type.Optional(Seconds),
  prep_limit_seconds: Type.Union([Seconds, Type.Null()]),
  time_limit_seconds: Type.Union([Seconds, Type.Null()]),
  overtime_seconds: Type.Optional(Seconds),
  timed_out: Type.Optional(Type.Boolean()),
  skipped: Type.Optional(Type.Boolean()),
  pauses: Type.Optional(
    Type.Array(
      Type.Object({
        started_at: Text,
        seconds: Seconds,
        kind: Type.Enum(['stopped', 'suspended']),
      }),
    ),
  ),
  source: Type.Object({ file: Text, line: Type.Integer({ minimum: 0 }) }),
  tags: Type.Optional(TextList),
  kind: Type.Optional(Text),
  difficulty: Type.Optional(Text),
});

const Settings = Type.Object({
  filters: Type.Object({
    tags: Type.Optional(TextList),
    difficulties: Type.Optional(TextList),
    kinds: Type.Optional(TextList),
    ids: Type.Optional(TextList),
  }),
  order: Type.Enum(['file', 'shuffle']),
  seed: Type.Optional(Type.Number()),
  count: Type.Optional(Type.Integer({ minimum: 0 })),
  prep_seconds: Type.Optional(Seconds),
  answer_seconds: Type.Optional(Seconds),
  total_seconds: Type.Optional(Seconds),
  timer: Type.Boolean(),
  on_timeout: Type.Enum(['soft', 'hard']),
  reveal: Type.Enum(['each', 'end', 'never']),
  aloud: Type.Boolean(),
  bell: Type.Boolean(),
});

const SessionFile = Type.Object({
  version: Type.Literal(1),
  id: Text,
  tool: Text,
  status: Type.Enum(['in-progress', 'finished', 'out-of-time', 'quit']),
  started_at: Text,
  ended_at: Type.Optional(Text),
  elapsed_seconds: Seconds,
  settings: Settings,
  sources: Type.Array(Type.Object({ path: Text, sha256: Text })),
  questions: Type.Array(Question),
});

export function sessionFileJsonSchema(): Record<string, unknown> {
  return { $id: SESSION_SCHEMA_ID, ...JSON.parse(JSON.stringify(SessionFile)) };
}

// A file that passes the schema is a SessionRecord (a compile-time check, no run-time cost).
// Both ways: the schema accepts every record rehearse writes, and nothing the code cannot use.
const isRecord = (valid: Type.Static<typeof SessionFile>): SessionRecord => valid;
const isValid = (record: SessionRecord): Type.Static<typeof SessionFile> => record;
void isRecord;
void isValid;
