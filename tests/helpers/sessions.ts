// Writes session files as rehearse does (digest line included) for tests that need a history.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { QuestionRecord, SessionRecord } from '../../src/core/session/record.js';
import { serializeSession } from '../../src/store/session-file.js';

/** The settings a plain practice session records (file order, soft timeouts, reveal each). */
export const TEST_SETTINGS: SessionRecord['settings'] = {
  filters: {},
  order: 'file',
  timer: true,
  on_timeout: 'soft',
  reveal: 'each',
  aloud: false,
  bell: false,
};

export interface Answered {
  id: string;
  rating?: number;
  status?: QuestionRecord['status'];
  prompt?: string;
  answer?: string;
  covered?: number;
  keyPoints?: string[];
  answerSeconds?: number;
  tags?: string[];
}

export function writeSession(
  home: string,
  startedAt: Date,
  answers: Answered[],
  extra: Partial<SessionRecord> = {},
): string {
  const iso = startedAt.toISOString();
  const id = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-t${Math.floor(startedAt.getTime() % 1000)}`;
  const record: SessionRecord = {
    version: 1,
    id,
    tool: 'rehearse test',
    status: 'finished',
    started_at: iso,
    ended_at: iso,
    elapsed_seconds: 300,
    settings: TEST_SETTINGS,
    sources: [],
    questions: answers.map((a) => ({
      id: a.id,
      status: a.status ?? 'answered',
      prompt: a.prompt ?? `Prompt of ${a.id}`,
      ...(a.answer === undefined ? {} : { answer: a.answer }),
      ...(a.keyPoints ? { key_points: a.keyPoints } : {}),
      ...(a.keyPoints && a.covered !== undefined
        ? {
            coverage: {
              covered: a.keyPoints.slice(0, a.covered),
              missed: a.keyPoints.slice(a.covered),
            },
          }
        : {}),
      ...(a.rating === undefined ? {} : { self_rating: a.rating }),
      mode: 'typed',
      prep_limit_seconds: 30,
      time_limit_seconds: 120,
      ...(a.answerSeconds === undefined ? {} : { answer_seconds: a.answerSeconds }),
      source: { file: 'pack.yaml', line: 1 },
      ...(a.tags ? { tags: a.tags } : {}),
    })),
    ...extra,
  };
  const dir = path.join(home, 'sessions');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${id}.yaml`);
  writeFileSync(file, serializeSession(record), { mode: 0o600 });
  return file;
}

export const daysAgo = (n: number, now = Date.now()) => new Date(now - n * 86_400_000);
