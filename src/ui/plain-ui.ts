// Plain mode: for pipes, screen readers and scripts. No cursor movement or redraws: questions are
// printed as lines, an answer is read line by line and ends at a line holding only ".", time
// warnings are announced as lines, and ratings are read as a digit line. End of input ends the
// session (what was read is saved as a draft, so `rehearse resume` can continue it).
import type { Io } from '../base/io.js';
import { formatClock } from '../core/duration.js';
import type {
  AnswerOutcome,
  AnswerView,
  HintView,
  PrepOutcome,
  QuestionView,
  RevealView,
  SessionUi,
} from '../core/session/run-session.js';
import { crossedWarning, type TimeLevel } from '../core/session/timer.js';
import { colourFor } from './colour.js';
import { runHintSteps } from './hint-steps.js';
import { lineReader } from './line-reader.js';
import { renderComparison } from './render/compare-view.js';
import { announceTime } from './render/question-view.js';
import { sanitizeForTerminal, sanitizeInline } from './sanitize.js';

export const END_OF_ANSWER = '.';
/** Ends the answer like ".", then shows the key points one at a time before the reveal. */
export const END_WITH_HINTS = '?';
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function plainUi(io: Io, tickMs = 1000): SessionUi & { close(): void } {
  const lines = lineReader(io.stdin);
  const c = colourFor(io.stdout, io.env);
  const say = (text = '') => io.stdout.write(`${text}\n`);
  const width = io.stdout.columns ?? 80;
  const prepared = new Set<number>();

  return {
    async prep(view: QuestionView): Promise<PrepOutcome> {
      const q = view.question;
      const meta = [q.kind, q.difficulty].filter(Boolean).join(', ');
      say(
        `Question ${view.index + 1} of ${view.count}${meta ? ` (${sanitizeInline(meta)})` : ''}: ${sanitizeInline(q.id)}`,
      );
      say(sanitizeForTerminal(q.prompt.trim()));
      const limit =
        q.time_limit_seconds === null
          ? 'no time limit'
          : `${formatClock(q.time_limit_seconds)} to answer`;
      say(`Answer when ready (${limit}).`);
      // Its own short line, so a terminal never wraps it into a lone "." that looks like the end.
      say(
        `To finish an answer, type a line holding only "${END_OF_ANSWER}" (or "${END_WITH_HINTS}" for hints first) and press Enter.`,
      );
      prepared.add(view.index);
      return 'answer';
    },

    async answer(view: AnswerView): Promise<AnswerOutcome> {
      const typed: string[] = view.initial ? [view.initial] : [];
      if (!prepared.has(view.index)) {
        // Resumed mid-answer: the question, the draft so far and the time left, as lines.
        const q = view.question;
        say(`Question ${view.index + 1} of ${view.count}: ${sanitizeInline(q.id)}`);
        say(sanitizeForTerminal(q.prompt.trim()));
        const left = view.tick().phase;
        say(
          left.remaining === undefined
            ? 'No time limit.'
            : left.remaining > 0
              ? `${formatClock(Math.ceil(left.remaining))} left to answer.`
              : `Over time by ${formatClock(left.overtime)}.`,
        );
        say(
          `To finish the answer, type a line holding only "${END_OF_ANSWER}" (or "${END_WITH_HINTS}" for hints first) and press Enter.`,
        );
      }
      if (view.initial) {
        say(
          `(Your saved draft is restored: ${plural(view.initial.split('\n').length, 'line')}. Continue typing after it.)`,
        );
        say(sanitizeForTerminal(view.initial));
        say('(End of the saved draft.)');
      }
      let level: TimeLevel = 'calm';
      let timedOut = false;
      const timer = setInterval(() => {
        const live = view.tick();
        if (crossedWarning(level, live.phase.level)) say(announceTime('Answer', live.phase));
        level = live.phase.level;
        if (live.endNow) {
          timedOut = true;
          lines.interrupt();
        }
      }, tickMs);
      try {
        for (;;) {
          const line = await lines.next();
          if (timedOut) return { action: 'timeout', text: typed.join('\n') };
          if (line === undefined) return { action: 'quit', text: typed.join('\n') };
          if (line === END_OF_ANSWER) return { action: 'submit', text: typed.join('\n') };
          if (line === END_WITH_HINTS && view.mode === 'typed')
            return { action: 'submit', text: typed.join('\n'), hints: true };
          typed.push(line);
          view.onDraft(typed.join('\n'));
        }
      } finally {
        clearInterval(timer);
      }
    },

    async hints(view: HintView): Promise<void> {
      say();
      await runHintSteps(
        view,
        async (message) => {
          say(`${message}:`);
          return lines.next();
        },
        say,
      );
    },

    async reveal(view: RevealView): Promise<number | undefined | 'retry'> {
      const q = view.question;
      say();
      say(`Review of question ${view.index + 1} of ${view.count}: ${sanitizeInline(q.id)}`);
      say(
        renderComparison(
          {
            answer: q.answer,
            hintAddition: q.hints?.addition,
            note: q.note,
            exampleAnswer: q.example_answer,
            coverage: view.coverage,
            keyPoints: q.key_points ?? [],
          },
          Math.min(width, 99),
          c,
        ),
      );
      if (!view.askRating) return undefined;
      for (;;) {
        say(
          `Rate your answer from 1 to 5 (empty line to skip${view.canRetry ? ', "t" to try again' : ''}):`,
        );
        const line = await lines.next();
        if (line === undefined || line.trim() === '') return undefined;
        if (view.canRetry && line.trim() === 't') return 'retry';
        if (/^[1-5]$/.test(line.trim())) return Number(line.trim());
        say(`"${sanitizeInline(line.trim())}" is not a rating.`);
      }
    },

    notice(message: string): void {
      say(message);
    },

    close: () => lines.close(),
  };
}
