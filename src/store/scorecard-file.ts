// Scorecard files: YAML, versioned, mode 0600, in $REHEARSE_HOME/scorecards/.

import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { SCORECARD_FORMAT, type Scorecard } from '../core/interview/scorecard.js';
import { SessionFileError } from './session-file.js';
import { RecordStore, type StoreOptions } from './session-store.js';
import { toYaml } from './yaml-out.js';

const HEADER = `# rehearse interview scorecard (format ${SCORECARD_FORMAT}). Interviewer notes, ticked key points,
# timings and rubric scores. Edit with care: rehearse resume reads this file.
`;

export function serializeScorecard(card: Scorecard): string {
  return HEADER + toYaml(card);
}

export function parseScorecard(text: string, file: string): Scorecard {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    throw new SessionFileError(`${file} is not a readable scorecard: ${(error as Error).message}`);
  }
  const card = data as Partial<Scorecard> | null;
  if (card?.kind !== 'scorecard' || typeof card.id !== 'string' || !Array.isArray(card.questions)) {
    throw new SessionFileError(`${file} is not a rehearse scorecard`);
  }
  if (typeof card.version !== 'number' || card.version > SCORECARD_FORMAT) {
    throw new SessionFileError(
      `${file} was written by a newer rehearse (format ${String(card.version)}); upgrade to read it`,
    );
  }
  return card as Scorecard;
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
