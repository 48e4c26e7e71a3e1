// Session files on disk: YAML, versioned, readable by a person (answers above example answers).
// The first line is a comment holding a one-line digest of the session and a hash of the rest of
// the file, so that history and stats can list many sessions without parsing each one; a file
// edited by hand no longer matches its hash and is parsed in full instead.
import { createHash } from 'node:crypto';
import { digestSession, type SessionDigest } from '../core/history/digest.js';
import { type FileKind, parseYamlFile } from '../core/load/yaml-file.js';
import { formatLocation, type Problem } from '../core/problem.js';
import { SESSION_FORMAT, type SessionRecord } from '../core/session/record.js';
import { SESSION_SCHEMA_ID, sessionFileJsonSchema } from '../core/session/record-schema.js';
import { registerValidators } from './precompiled.js';
import { MAX_RECORD_BYTES } from './read-file.js';
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

/** A session file or scorecard that cannot be used, with the problems that say where. */
export class SessionFileError extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

const SESSION_FILE: FileKind = {
  name: 'session file',
  schemaId: SESSION_SCHEMA_ID,
  schema: sessionFileJsonSchema,
  required: 'an "id" and "questions"',
  record: { maxBytes: MAX_RECORD_BYTES, maxLines: 1_000_000 },
};

/** Parses and validates a file rehearse wrote (a session file or scorecard), or throws a
 * SessionFileError naming the first problem's position. Never returns unvalidated data. */
export function parseRecordFile(
  content: Uint8Array | string,
  file: string,
  kind: FileKind,
): unknown {
  registerValidators();
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const version = /^version:\s*(\d+)\s*$/m.exec(new TextDecoder().decode(bytes.subarray(0, 4096)));
  const parsed = parseYamlFile(file, bytes, kind);
  const errors = parsed.problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return parsed.data;
  const written = Number(version?.[1]);
  const newer = written > SESSION_FORMAT;
  const first = errors[0] as Problem;
  throw new SessionFileError(
    newer
      ? `${file} was written by a newer rehearse (format ${written}); upgrade to read it`
      : `${formatLocation(first)}: not a valid ${kind.name}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : ''}`,
    newer ? [] : errors,
  );
}

/** Reads a session file written by this or an older version of rehearse. */
export function parseSession(content: Uint8Array | string, file: string): SessionRecord {
  return parseRecordFile(content, file, SESSION_FILE) as SessionRecord;
}

/** The digest from the first line when it still matches the file, else from a full parse. */
export function readDigest(content: Uint8Array | string, file: string): SessionDigest {
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
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
  return digestSession(parseSession(content, file));
}
