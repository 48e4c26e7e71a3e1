// Builds a new session record from the planned questions and the settings. Pure.
import type { LoadedQuestion } from '../load/parse-file.js';
import { copyKeyPoint } from '../questions/key-points.js';
import { resolveTimes } from '../questions/timing.js';
import {
  type QuestionRecord,
  SESSION_FORMAT,
  type SessionRecord,
  type SessionSettings,
} from './record.js';

export interface NewSession {
  id: string;
  tool: string;
  startedAt: number;
  settings: SessionSettings;
  questions: readonly LoadedQuestion[];
  sources: { path: string; sha256: string }[];
}

function questionRecord(loaded: LoadedQuestion, settings: SessionSettings): QuestionRecord {
  const q = loaded.question;
  const times = resolveTimes(loaded, {
    prepSeconds: settings.prep_seconds,
    answerSeconds: settings.answer_seconds,
  });
  return {
    id: q.id,
    status: 'pending',
    prompt: q.prompt,
    ...(q.example_answer === undefined ? {} : { example_answer: q.example_answer }),
    ...(q.key_points === undefined ? {} : { key_points: q.key_points.map(copyKeyPoint) }),
    mode: settings.aloud ? 'aloud' : 'typed',
    prep_limit_seconds: settings.timer ? times.prepSeconds : null,
    time_limit_seconds: settings.timer ? times.answerSeconds : null,
    source: { file: loaded.file, line: loaded.span.line },
    ...(q.tags ? { tags: [...q.tags] } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.difficulty ? { difficulty: q.difficulty } : {}),
  };
}

export function createSession(input: NewSession): SessionRecord {
  return {
    version: SESSION_FORMAT,
    id: input.id,
    tool: input.tool,
    status: 'in-progress',
    started_at: new Date(input.startedAt).toISOString(),
    elapsed_seconds: 0,
    settings: input.settings,
    sources: input.sources,
    questions: input.questions.map((q) => questionRecord(q, input.settings)),
  };
}

/** `20261126-180512-k3x9`: sorts by time, unique enough, safe in any file system. */
export function sessionId(wallMs: number, random: () => number): string {
  const iso = new Date(wallMs).toISOString();
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
  const suffix = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${stamp}-${suffix}`;
}
