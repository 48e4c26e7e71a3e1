// Session files on disk: YAML, versioned, readable by a person (answers above example answers).
// The first line is a comment holding a one-line digest of the session and a hash of the rest of
// the file, so that history and stats can list many sessions without parsing each one; a file
// edited by hand no longer matches its hash and is parsed in full instead.
import { createHash } from 'node:crypto';
import { CORE_SCHEMA, load } from 'js-yaml';
import { digestSession, type SessionDigest } from '../core/history/digest.js';
import { SESSION_FORMAT, type SessionRecord } from '../core/session/record.js';
import { toYaml } from './yaml-out.js';

const HEADER = `# rehearse session file (format ${SESSION_FORMAT}). Each answer is written directly above
# the example answer it can be compared with. Edit with care: rehearse resume reads this file.
`;
const DIGEST_PREFIX = '# rehearse-digest: ';

// Keys in reading order: the answer (or the draft being typed) directly above the example answer.
const RECORD_ORDER = [
  'version',
  'id',
  'tool',
  'status',
  'started_at',
  'ended_at',
  'elapsed_seconds',
  'settings',
  'sources',
  'questions',
];
const QUESTION_ORDER = [
  'id',
  'status',
  'prompt',
  'answer',
  'draft',
  'note',
  'example_answer',
  'key_points',
  'coverage',
  'hints',
  'self_rating',
  'mode',
  'prep_seconds',
  'prep_limit_seconds',
  'answer_seconds',
  'time_limit_seconds',
  'overtime_seconds',
  'timed_out',
  'skipped',
  'pauses',
  'source',
  'tags',
  'kind',
  'difficulty',
];

function ordered<T extends object>(value: T, order: readonly string[]): T {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b))) as T;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

export function serializeSession(record: SessionRecord): string {
  const tidy = ordered(
    { ...record, questions: record.questions.map((q) => ordered(q, QUESTION_ORDER)) },
    RECORD_ORDER,
  );
  // Literal blocks keep multi-line answers readable; lineWidth 0 never folds what was typed.
  const body = HEADER + toYaml(tidy);
  return `${DIGEST_PREFIX}${hashOf(body)} ${JSON.stringify(digestSession(record))}\n${body}`;
}

export class SessionFileError extends Error {}

/** Reads a session file written by this or an older version of rehearse. */
export function parseSession(text: string, file: string): SessionRecord {
  let data: unknown;
  try {
    // js-yaml reads several times faster than yaml's document parser; both speak YAML 1.2's
    // core schema, and a property test checks the round trip.
    data = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    throw new SessionFileError(
      `${file} is not a readable session file: ${(error as Error).message}`,
    );
  }
  const record = data as Partial<SessionRecord> | null;
  if (
    !record ||
    typeof record !== 'object' ||
    !Array.isArray(record.questions) ||
    typeof record.id !== 'string'
  ) {
    throw new SessionFileError(`${file} is not a rehearse session file (no id or questions)`);
  }
  if (typeof record.version !== 'number' || record.version > SESSION_FORMAT) {
    throw new SessionFileError(
      `${file} was written by a newer rehearse (format ${String(record.version)}); upgrade to read it`,
    );
  }
  return record as SessionRecord;
}

/** The digest from the first line when it still matches the file, else from a full parse. */
export function readDigest(text: string, file: string): SessionDigest {
  if (text.startsWith(DIGEST_PREFIX)) {
    const newline = text.indexOf('\n');
    const line = text.slice(DIGEST_PREFIX.length, newline);
    const space = line.indexOf(' ');
    if (newline > 0 && space > 0 && line.slice(0, space) === hashOf(text.slice(newline + 1))) {
      try {
        return JSON.parse(line.slice(space + 1)) as SessionDigest;
      } catch {
        // fall through to a full parse
      }
    }
  }
  return digestSession(parseSession(text, file));
}
