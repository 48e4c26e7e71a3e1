// Scorecard files: YAML, versioned, mode 0600, in $REHEARSE_HOME/scorecards/.

import path from 'node:path';
import { SCORECARD_FORMAT, type Scorecard } from '../core/interview/scorecard.js';
import { SCORECARD_SCHEMA_ID, scorecardJsonSchema } from '../core/interview/scorecard-schema.js';
import type { FileKind } from '../core/load/yaml-file.js';
import { MAX_RECORD_BYTES } from './read-file.js';
import { parseRecordFile, SessionFileError } from './session-file.js';
import { RecordStore, type StoreOptions } from './session-store.js';
import { toYaml } from './yaml-out.js';

const HEADER = `# rehearse interview scorecard (format ${SCORECARD_FORMAT}). Interviewer notes, ticked key points,
# timings and rubric scores. Edit with care: rehearse resume reads this file.
`;

function serializeScorecard(card: Scorecard): string {
  return HEADER + toYaml(card);
}

const SCORECARD_FILE: FileKind = {
  name: 'scorecard',
  schemaId: SCORECARD_SCHEMA_ID,
  schema: scorecardJsonSchema,
  required: 'an "id" and "questions"',
  record: { maxBytes: MAX_RECORD_BYTES, maxLines: 1_000_000 },
};

/** Reads and validates a scorecard; a SessionFileError names the first problem's position. */
function parseScorecard(content: Uint8Array | string, file: string): Scorecard {
  const card = parseRecordFile(content, file, SCORECARD_FILE) as Scorecard;
  // Equal to the number of questions once the last one is done.
  if (card.position > card.questions.length) {
    throw new SessionFileError(
      `${file} is not a valid scorecard: position ${card.position} is past its ${card.questions.length} questions`,
    );
  }
  return card;
}

export function scorecardStore(
  dir: string,
  options: StoreOptions = { guard: [path.dirname(dir)] },
): RecordStore<Scorecard> {
  return new RecordStore(
    dir,
    'scorecards',
    { serialize: serializeScorecard, parse: parseScorecard },
    options,
  );
}
