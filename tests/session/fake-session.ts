// A scripted UI and a fake clock for driving the session engine in tests.

import type { LoadedQuestion } from '../../src/core/load/parse-file.js';
import type { Clock } from '../../src/core/session/clock.js';
import { createSession } from '../../src/core/session/create.js';
import type { SessionRecord, SessionSettings } from '../../src/core/session/record.js';
import type {
  AnswerOutcome,
  AnswerView,
  QuestionView,
  SessionUi,
} from '../../src/core/session/run-session.js';

export class FakeClock implements Clock {
  mono = 0;
  wallMs = Date.UTC(2026, 10, 26, 9, 0, 0);
  now = () => this.mono;
  wall = () => this.wallMs;
  /** Advances in 1 s steps (as UI ticks would), or in one jump when `jump` is set. */
  advance(ms: number) {
    this.mono += ms;
    this.wallMs += ms;
  }
}

/** One scripted answer: a list of [ms to wait, text so far] steps, then what the candidate does. */
export interface ScriptedAnswer {
  prepMs?: number;
  prep?: 'answer' | 'skip' | 'quit';
  typing?: [number, string][];
  end?: AnswerOutcome['action'];
  rating?: number;
  /** A gap where the process was stopped (Ctrl+Z): the monotonic clock jumps without ticks. */
  stoppedMs?: number;
}

export function scriptedUi(clock: FakeClock, script: ScriptedAnswer[]) {
  const seen: { initial: string[]; notices: string[]; reveals: string[] } = {
    initial: [],
    notices: [],
    reveals: [],
  };
  let turn = 0;
  // Yields between ticks as a real terminal would, so queued saves get to run.
  const steps = async (view: QuestionView, ms: number): Promise<boolean> => {
    for (let t = 0; t < ms; t += 1000) {
      clock.advance(Math.min(1000, ms - t));
      if (view.tick().endNow) return true;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return false;
  };
  const ui: SessionUi = {
    async prep(view) {
      const s = script[turn] ?? {};
      if (await steps(view, s.prepMs ?? 0)) return 'answer';
      if (s.prep === 'skip' || s.prep === 'quit') turn++;
      return s.prep ?? 'answer';
    },
    async answer(view: AnswerView) {
      const s = script[turn++] ?? {};
      seen.initial.push(view.initial);
      let text = view.initial;
      for (const [ms, typed] of s.typing ?? []) {
        if (s.stoppedMs) {
          clock.advance(s.stoppedMs);
          s.stoppedMs = 0;
        }
        if (await steps(view, ms)) return { action: 'timeout', text };
        text = typed;
        view.onDraft(text);
      }
      return { action: s.end ?? 'submit', text };
    },
    async reveal(view) {
      seen.reveals.push(view.question.id);
      return (
        script.find((s) => s.rating !== undefined && seen.reveals.length > 0) &&
        script[seen.reveals.length - 1]?.rating
      );
    },
    notice(message) {
      seen.notices.push(message);
    },
  };
  return { ui, seen };
}

export const baseSettings: SessionSettings = {
  filters: {},
  order: 'file',
  timer: true,
  on_timeout: 'soft',
  reveal: 'each',
  aloud: false,
  bell: false,
};

export function question(
  id: string,
  extra: Partial<LoadedQuestion['question']> = {},
): LoadedQuestion {
  return {
    question: {
      id,
      prompt: `Tell me about ${id}.`,
      example_answer: 'We validated inputs.',
      key_points: ['input validation', 'threat model'],
      answer_time: '3m',
      prep_time: '30s',
      ...extra,
    },
    file: 'pack.yaml',
    index: 0,
    span: { line: 3, column: 5, endLine: 3, endColumn: 10 },
    pack: { title: 'Pack' },
  };
}

export function newRecord(
  settings: Partial<SessionSettings>,
  questions: LoadedQuestion[],
  clock: FakeClock,
): SessionRecord {
  return createSession({
    id: 's1',
    tool: 'rehearse test',
    startedAt: clock.wall(),
    settings: { ...baseSettings, ...settings },
    questions,
    sources: [],
  });
}
