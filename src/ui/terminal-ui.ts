// The interactive SessionUi: custom @inquirer/core prompts on a TTY. Every prompt the practice
// session shows goes through this module; Ctrl+C in any of them becomes a clean "quit".
import { ExitPromptError } from '@inquirer/core';
import { input } from '@inquirer/prompts';
import type { ChalkInstance } from 'chalk';
import type { Io } from '../base/io.js';
import type {
  AnswerOutcome,
  AnswerView,
  HintView,
  LiveStatus,
  PrepOutcome,
  QuestionView,
  RevealView,
  SessionUi,
} from '../core/session/run-session.js';
import { QuitSession } from '../core/session/run-session.js';
import { crossedWarning, type TimeLevel } from '../core/session/timer.js';
import { runHintSteps } from './hint-steps.js';
import { answerEditor } from './prompts/answer-editor.js';
import { countdownPrompt } from './prompts/countdown.js';
import { ratingPrompt } from './prompts/rating.js';
import { renderComparison } from './render/compare-view.js';
import { renderQuestionHeader, renderStatus } from './render/question-view.js';

const CLEAR_SCREEN = '\u001b[2J\u001b[3J\u001b[H';

export interface TerminalUiOptions {
  io: Io;
  colour: ChalkInstance;
  bell: boolean;
}

async function quitOnCtrlC<T>(run: () => Promise<T>, onQuit: () => T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ExitPromptError) return onQuit();
    throw error;
  }
}

export function terminalUi({ io, colour: c, bell }: TerminalUiOptions): SessionUi {
  const context = { input: io.stdin, output: io.stdout as NodeJS.WritableStream };
  const width = () => Math.max(30, (io.stdout.columns ?? 80) - 1);

  // Rings the bell (if asked) when the countdown crosses a warning point.
  const watch = (tick: () => LiveStatus) => {
    let level: TimeLevel = 'calm';
    return () => {
      const live = tick();
      if (bell && crossedWarning(level, live.phase.level)) io.stdout.write('\u0007');
      level = live.phase.level;
      return live;
    };
  };

  return {
    async prep(view: QuestionView): Promise<PrepOutcome> {
      if (io.stdout.isTTY) io.stdout.write(CLEAR_SCREEN);
      const tick = watch(view.tick);
      const header = renderQuestionHeader(view.question, view.index, view.count, width(), c);
      return quitOnCtrlC(
        async () => {
          const result = await countdownPrompt(
            {
              header,
              status: () => {
                const live = tick();
                return { line: renderStatus('Prep', live, c), endNow: live.endNow };
              },
              hints: c.dim(
                'Read and think. Enter: start answering · Ctrl+X: skip · Ctrl+C: save and quit',
              ),
            },
            // The answer editor shows the question again: leave no second copy above it.
            { ...context, clearPromptOnDone: true },
          );
          return result === 'skip' ? 'skip' : 'answer';
        },
        () => 'quit' as const,
      );
    },

    async answer(view: AnswerView): Promise<AnswerOutcome> {
      const tick = watch(view.tick);
      const header = renderQuestionHeader(view.question, view.index, view.count, width(), c);
      let latest = view.initial;
      if (view.mode === 'aloud') {
        return quitOnCtrlC<AnswerOutcome>(
          async () => {
            const result = await countdownPrompt(
              {
                header,
                status: () => {
                  const live = tick();
                  return { line: renderStatus('Speaking', live, c), endNow: live.endNow };
                },
                hints: c.dim(
                  'Answer aloud now. Enter: done · Ctrl+X: skip · Ctrl+C: save and quit',
                ),
              },
              context,
            );
            if (result === 'skip') return { action: 'skip', text: '' };
            const note = await input(
              { message: 'A short note on your answer (optional):' },
              context,
            );
            return {
              action: result === 'timeout' ? 'timeout' : 'submit',
              text: '',
              ...(note.trim() ? { note } : {}),
            };
          },
          () => ({ action: 'quit', text: '' }),
        );
      }
      return quitOnCtrlC<AnswerOutcome>(
        async () => {
          const result = await answerEditor(
            {
              header,
              initial: view.initial,
              status: () => renderStatus('Answer', tick(), c),
              onChange: (text: string) => {
                latest = text;
                view.onDraft(text);
              },
              onTick: () => (tick().endNow ? 'submit' : 'continue'),
            },
            context,
          );
          // No onKey here, so 'next' and 'back' cannot happen; treat them as a submit.
          const action =
            result.action === 'next' || result.action === 'back' ? 'submit' : result.action;
          return { action, text: result.text };
        },
        () => ({ action: 'quit', text: latest }),
      );
    },

    async hints(view: HintView): Promise<void> {
      io.stdout.write('\n');
      await runHintSteps(
        view,
        (message) =>
          quitOnCtrlC(
            () => input({ message: c.dim(message) }, context),
            () => {
              throw new QuitSession();
            },
          ),
        (text) => io.stdout.write(`${c.bold(text)}\n`),
      );
    },

    async reveal(view: RevealView): Promise<number | undefined> {
      const q = view.question;
      io.stdout.write(
        `\n${renderComparison(
          {
            answer: q.answer,
            hintAddition: q.hints?.addition,
            note: q.note,
            exampleAnswer: q.example_answer,
            coverage: view.coverage,
            keyPoints: q.key_points ?? [],
          },
          width(),
          c,
        )}\n\n`,
      );
      if (!view.askRating) return undefined;
      return quitOnCtrlC(
        () => ratingPrompt({ message: c.bold('How did you do? Rate yourself') }, context),
        () => {
          throw new QuitSession();
        },
      );
    },

    notice(message: string): void {
      io.stdout.write(`${c.yellow(message)}\n`);
    },
  };
}
