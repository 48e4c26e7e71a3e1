// The interactive SessionUi: custom @inquirer/core prompts on a TTY. Every prompt the practice
// session shows goes through this module; Ctrl+C in any of them becomes a clean "quit".
import { ExitPromptError } from '@inquirer/core';
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
import type { KeyEvent } from './editor/keymap.js';
import { runHintSteps } from './hint-steps.js';
import { answerEditor } from './prompts/answer-editor.js';
import { countdownPrompt } from './prompts/countdown.js';
import { lineInput } from './prompts/line-input.js';
import { revealPage } from './prompts/reveal-page.js';
import { renderComparison } from './render/compare-view.js';
import { renderQuestionHeader, renderRevealHeading, renderStatus } from './render/question-view.js';
import { enterAlternateScreen } from './screen/alternate-screen.js';

const HINTS_LINE = 'Enter newline · Ctrl+D submit · Ctrl+T hints · Ctrl+E editor · Ctrl+X skip';

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

export function terminalUi({
  io,
  colour: c,
  bell,
}: TerminalUiOptions): SessionUi & { close(): void } {
  const context = { input: io.stdin, output: io.stdout as NodeJS.WritableStream };
  // The interactive part runs on the alternate screen; close() goes back to the shell's screen,
  // where the summary is printed and stays in the scrollback.
  const screen = enterAlternateScreen(io.stdout);
  const fullScreen = Boolean(io.stdout.isTTY);
  const notices: string[] = [];
  const headerAt = (view: QuestionView) => (columns: number) =>
    renderQuestionHeader(view.question, view.index, view.count, Math.max(1, columns - 1), c);

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
      const tick = watch(view.tick);
      const header = headerAt(view);
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
              fullScreen,
            },
            // The answer editor shows the question again: leave no second copy above it.
            { ...context, clearPromptOnDone: !fullScreen },
          );
          return result === 'skip' ? 'skip' : 'answer';
        },
        () => 'quit' as const,
      );
    },

    async answer(view: AnswerView): Promise<AnswerOutcome> {
      const tick = watch(view.tick);
      const header = headerAt(view);
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
                fullScreen,
              },
              context,
            );
            if (result === 'skip') return { action: 'skip', text: '' };
            const note = await lineInput(
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
      // Ctrl+T ("tips") ends the answer with the key points shown one at a time first, as "?" does
      // in plain mode; offered only when there are key points. Not Ctrl+G: its BEL ends the escape
      // sequences pasted text may hold, and pasted text must never end an answer.
      const offerHints = Boolean(view.question.key_points?.length);
      return quitOnCtrlC<AnswerOutcome>(
        async () => {
          const result = await answerEditor(
            {
              header,
              initial: view.initial,
              ...(offerHints
                ? {
                    hints: c.dim(HINTS_LINE),
                    onKey: (key: KeyEvent) => (key.ctrl && key.name === 't' ? 'next' : undefined),
                  }
                : {}),
              status: () => renderStatus('Answer', tick(), c),
              onChange: (text: string) => {
                latest = text;
                view.onDraft(text);
              },
              onTick: () => (tick().endNow ? 'submit' : 'continue'),
              fullScreen,
              confirmEmpty: true,
              dim: c.dim,
            },
            context,
          );
          // 'next' comes only from Ctrl+T: submit, hints first. ('back' cannot happen here.)
          if (result.action === 'next') return { action: 'submit', text: result.text, hints: true };
          const action = result.action === 'back' ? 'submit' : result.action;
          return { action, text: result.text };
        },
        () => ({ action: 'quit', text: latest }),
      );
    },

    async hints(view: HintView): Promise<void> {
      io.stdout.write('\n');
      // The last line said (the hint being answered), to show again if Ctrl+Z clears the screen.
      let said = '';
      await runHintSteps(
        view,
        (message) =>
          quitOnCtrlC(
            () => lineInput({ message: c.dim(message), context: said }, context),
            () => {
              throw new QuitSession();
            },
          ),
        (text) => {
          said = c.bold(text);
          io.stdout.write(`${said}\n`);
        },
      );
    },

    async reveal(view: RevealView): Promise<number | undefined | 'retry'> {
      const q = view.question;
      const result = await quitOnCtrlC(
        () =>
          revealPage(
            {
              heading: (w) => renderRevealHeading(q, view.index, view.count, w, c),
              body: (w) =>
                renderComparison(
                  {
                    answer: q.answer,
                    hintAddition: q.hints?.addition,
                    note: q.note,
                    exampleAnswer: q.example_answer,
                    coverage: view.coverage,
                    keyPoints: q.key_points ?? [],
                  },
                  w,
                  c,
                ),
              message: c.bold(view.askRating ? 'How did you do? Rate yourself' : 'Next'),
              askRating: view.askRating,
              retry: view.canRetry,
              dim: c.dim,
              fullScreen,
            },
            context,
          ),
        () => {
          throw new QuitSession();
        },
      );
      return result.retry ? 'retry' : result.rating;
    },

    notice(message: string): void {
      // Shown again on the shell's screen with the summary; on the alternate screen it would
      // be painted over by the next frame.
      notices.push(message);
    },

    close(): void {
      screen.leave();
      for (const message of notices.splice(0)) io.stdout.write(`${c.yellow(message)}\n`);
    },
  };
}
