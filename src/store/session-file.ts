// Session files on disk: YAML, versioned, readable by a person (answers above example answers).
import { parse, stringify } from 'yaml';
import { SESSION_FORMAT, type SessionRecord } from '../core/session/record.js';

const HEADER = `# rehearse session file (format ${SESSION_FORMAT}). Each answer is written directly above
# the example answer it can be compared with. Edit with care: rehearse resume reads this file.
`;

export function serializeSession(record: SessionRecord): string {
  // Literal blocks keep multi-line answers readable; lineWidth 0 never folds what was typed.
  return (
    HEADER +
    stringify(record, { blockQuote: 'literal', lineWidth: 0, aliasDuplicateObjects: false })
  );
}

export class SessionFileError extends Error {}

/** Reads a session file written by this or an older version of rehearse. */
export function parseSession(text: string, file: string): SessionRecord {
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 0 });
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
