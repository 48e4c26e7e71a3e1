// Session fixtures for the report tests, and a builder for one-field hostile sessions.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reviewSession, type SessionReview } from '../../src/core/review/review.js';
import type { QuestionRecord, SessionRecord } from '../../src/core/session/record.js';
import { parseSession } from '../../src/store/session-file.js';
import { TEST_SETTINGS } from '../helpers/sessions.js';

export const SESSIONS_DIR = fileURLToPath(new URL('../fixtures/sessions/', import.meta.url));
export const MIXED = `${SESSIONS_DIR}practice-mixed.yaml`;
export const MIXED_ID = '20261126-182441-3fxf';
export const HOSTILE = `${SESSIONS_DIR}hostile.yaml`;

/** A fixed time so rendered reports (and screenshots) are identical run to run. */
export const GENERATED_AT = '2026-11-27T09:00:00.000Z';

export function loadSession(file: string): SessionRecord {
  return parseSession(readFileSync(file, 'utf8'), file);
}

export function review(file: string, questionId?: string): SessionReview {
  return reviewSession(loadSession(file), questionId);
}

/** Strings that would run code, fetch something or break out of markup if not escaped. */
export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  '&amp; &lt;script&gt; &#60;',
  '</textarea></style></title><!--',
  '<style>*{display:none}</style>',
  '``` fence\n```` longer\n# heading\n| a | b |\n> quote',
  '![x](https://evil.example/x.png)',
  'esc \u001b[31m bel \u0007 nul \u0000 del \u007f csi \u009b rlo \u202e',
] as const;

/** Every field of a question and a session that a report shows as text. */
export const TEXT_FIELDS = [
  'prompt',
  'answer',
  'example_answer',
  'note',
  'key_point',
  'id',
  'tag',
  'session_id',
  'source_path',
  'attempt_answer',
  'attempt_note',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** A one-question session with `text` in one field and plain words everywhere else. */
export function sessionWith(field: TextField, text: string): SessionRecord {
  const q: QuestionRecord = {
    id: field === 'id' ? text : 'plain-id',
    status: 'answered',
    prompt: field === 'prompt' ? text : 'A plain prompt',
    answer: field === 'answer' ? text : 'A plain answer',
    ...(field === 'note' ? { note: text } : {}),
    example_answer: field === 'example_answer' ? text : 'A plain example',
    key_points: [field === 'key_point' ? text : 'plain point'],
    mode: 'typed',
    prep_seconds: 1,
    answer_seconds: 30,
    prep_limit_seconds: 10,
    time_limit_seconds: 60,
    overtime_seconds: 0,
    timed_out: false,
    source: { file: 'pack.yaml', line: 1 },
    tags: [field === 'tag' ? text : 'plain-tag'],
    kind: 'technical',
    ...(field === 'attempt_answer'
      ? { attempts: [{ answer: text, self_rating: 2, answer_seconds: 12 }] }
      : field === 'attempt_note'
        ? { attempts: [{ answer: '', note: text }] }
        : {}),
  };
  return {
    version: 1,
    id: field === 'session_id' ? text : 'plain-session',
    tool: 'rehearse test',
    status: 'finished',
    started_at: '2026-01-01T00:00:00.000Z',
    elapsed_seconds: 31,
    settings: TEST_SETTINGS,
    sources: [{ path: field === 'source_path' ? text : 'pack.yaml', sha256: '0' }],
    questions: [q],
  };
}
