// The interactive interviewer UI: the answer editor (as a notes area) under the guidance for the
// question, with keys to tick key points, note follow-ups and move through the script.
import { ExitPromptError } from '@inquirer/core';
import { rawlist } from '@inquirer/prompts';
import type { ChalkInstance } from 'chalk';
import type { Io } from '../../base/io.js';
import { formatClock } from '../../core/duration.js';
import {
  type InterviewUi,
  levelsFor,
  type QuestionAction,
  type ScoreRequest,
} from '../../core/interview/run-interview.js';
import {
  RECOMMENDATIONS,
  type Recommendation,
  type Score,
} from '../../core/interview/scorecard.js';
import type { ScaleLevel } from '../../core/interview/script-schema.js';
import type { KeyEvent } from '../editor/keymap.js';
import { answerEditor } from '../prompts/answer-editor.js';
import { lineInput } from '../prompts/line-input.js';
import { readScreen } from '../prompts/read-screen.js';
import { fitLine, unwrapProse, wrapHanging, wrapStyled } from '../render/layout.js';
import { sanitizeForTerminal, sanitizeInline } from '../sanitize.js';
import { enterAlternateScreen } from '../screen/alternate-screen.js';
import { renderSchedule } from './render.js';
import { scorePrompt } from './score-prompt.js';
import { type PaneState, renderInterviewerScreen } from './screen-layout.js';

const CLEAR_SCREEN = '\u001b[H\u001b[2J';
const HINTS = 'Alt+1…9 tick · ^F follow-up · ^N next · ^B back · ^X skip · ^C save & quit';
/** Rows the notes keep at least; the guidance above gets the rest. */
const NOTES_ROWS = 3;
/** Rows the notes editor needs besides its text: 2 scroll lines, clock, keys, spare rows. */
const EDITOR_CHROME = 6;

class Quit extends Error {}

async function orQuit<T>(run: () => Promise<T>): Promise<T | 'quit'> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ExitPromptError || error instanceof Quit) return 'quit';
    throw error;
  }
}

export function terminalInterviewUi(io: Io, c: ChalkInstance): InterviewUi & { close(): void } {
  const context = { input: io.stdin, output: io.stdout as NodeJS.WritableStream };
  const width = () => Math.max(30, (io.stdout.columns ?? 80) - 1);
  // The interview runs on the alternate screen; close() returns to the shell's screen, where the
  // summary is printed and stays in the scrollback.
  const screen = enterAlternateScreen(io.stdout);
  const fullScreen = Boolean(io.stdout.isTTY);
  const clear = () => io.stdout.isTTY && io.stdout.write(CLEAR_SCREEN);
  const say = (text: string) => io.stdout.write(`${wrapStyled(text, width()).join('\n')}\n`);

  return {
    async intro(script) {
      clear();
      const go = await orQuit(() =>
        readScreen(
          {
            text: (w) =>
              [
                ...wrapStyled(c.bold(sanitizeInline(script.title)), w),
                ...(script.intro
                  ? [
                      '',
                      c.bold('Read or paraphrase:'),
                      ...wrapStyled(
                        c.cyan(sanitizeForTerminal(unwrapProse(script.intro.trim()))),
                        w,
                      ),
                    ]
                  : []),
              ].join('\n'),
            message: `${c.bold('Press Enter to start the interview')} ${c.dim('(Ctrl+C to stop)')}`,
            fullScreen,
          },
          context,
        ),
      );
      return go === 'quit' ? 'quit' : 'start';
    },

    async question(view): Promise<QuestionAction> {
      clear();
      const q = view.question;
      const panes: PaneState = { pane: 0, scroll: 0 };
      const result = await orQuit(() =>
        answerEditor(
          {
            // Laid out again at every render: for the terminal's size, and as ticks change.
            header: (columns: number) =>
              renderInterviewerScreen(
                view,
                Math.max(1, columns - 1),
                (io.stdout.rows ?? 24) - EDITOR_CHROME - NOTES_ROWS,
                panes,
                c,
              ),
            fullScreen,
            initial: q.notes,
            status: () => renderSchedule(view.tick(), q.budget_seconds, c),
            hints: c.dim(HINTS),
            dim: c.dim,
            placeholder: ' Notes on the answer…',
            minTextRows: NOTES_ROWS,
            submittedLabel: 'Notes saved',
            onChange: (text) => {
              q.notes = text;
              view.changed();
            },
            onKey: (key: KeyEvent) => {
              if (key.meta && key.name && /^[1-9]$/.test(key.name)) {
                const point = q.key_points[Number(key.name) - 1];
                if (point) point.ticked = !point.ticked;
                view.changed();
                return 'handled';
              }
              if (key.ctrl && key.name === 'f') {
                const next = view.guidance.followUps[q.follow_up_notes.length];
                if (!next) return 'handled';
                q.follow_up_notes.push(next);
                view.changed();
                return { insert: `${q.notes && !q.notes.endsWith('\n') ? '\n' : ''}→ ${next}\n` };
              }
              if (key.ctrl && key.name === 'o') {
                panes.pane++;
                panes.scroll = 0;
                return 'handled';
              }
              if (key.meta && (key.name === 'up' || key.name === 'down')) {
                panes.scroll = Math.max(0, panes.scroll + (key.name === 'up' ? -1 : 1));
                return 'handled';
              }
              if (key.ctrl && key.name === 'n') return 'next';
              if (key.ctrl && key.name === 'b') return 'back';
              return undefined;
            },
          },
          context,
        ),
      );
      if (result === 'quit') return 'quit';
      if (result.action === 'back') return 'back';
      if (result.action === 'skip') return 'skip';
      return 'next';
    },

    async openSection(view) {
      clear();
      const open = view.section;
      const result = await orQuit(() =>
        answerEditor(
          {
            header: (columns: number) =>
              [
                ...wrapStyled(
                  `${c.bold(sanitizeInline(open.title))}${c.dim('  ·  no scripted questions: let the candidate ask, and note what they ask')}`,
                  Math.max(1, columns - 1),
                ),
              ].join('\n'),
            initial: open.notes,
            status: () => {
              const t = view.tick();
              const section = `${formatClock(t.sectionElapsed)}/${formatClock(open.budget_seconds)}`;
              const overall = `${formatClock(t.overallElapsed)}/${formatClock(t.overallBudget)}`;
              const over = t.sectionElapsed > open.budget_seconds;
              return [over ? c.yellow(`section ${section}`) : `section ${section}`, overall].join(
                c.dim(' │ '),
              );
            },
            hints: c.dim('^N or ^D next · ^C save & quit'),
            dim: c.dim,
            placeholder: ' Notes on what the candidate asks…',
            submittedLabel: 'Notes saved',
            fullScreen,
            onChange: (text) => {
              open.notes = text;
              view.changed();
            },
            onKey: (key: KeyEvent) => (key.ctrl && key.name === 'n' ? 'next' : undefined),
          },
          context,
        ),
      );
      return result === 'quit' ? 'quit' : 'next';
    },

    async score(request) {
      const scores: Score[] = [];
      const levelLines = (levels: readonly ScaleLevel[], w: number) =>
        levels.flatMap((level) =>
          wrapHanging(
            c.dim(
              `  ${level.score} ${sanitizeInline(level.label)}: ${sanitizeInline(level.meaning)}`,
            ),
            w,
            4,
          ),
        );
      // The page above each score prompt: the levels this criterion is scored on (its own, or
      // the shared scale), the scores given so far on this screen and the criterion's
      // description; laid out again at every render, so a resize reflows it.
      const header = (criterion: ScoreRequest['criteria'][number]) => (w: number) =>
        [
          ...wrapStyled(c.bold(`Score after ${sanitizeInline(request.afterTitle)}`), w),
          ...(criterion.levels
            ? wrapStyled(c.bold(`Levels for ${sanitizeInline(criterion.title)}`), w)
            : []),
          ...levelLines(levelsFor(criterion, request.scale), w),
          ...scores.map((s) => {
            const title = request.criteria.find((x) => x.id === s.criterion)?.title ?? s.criterion;
            return fitLine(`${sanitizeInline(title)}: ${s.score} (${sanitizeInline(s.label)})`, w);
          }),
          '',
          ...(criterion.description
            ? wrapStyled(
                c.dim(
                  `${sanitizeInline(criterion.title)}: ${sanitizeInline(criterion.description)}`,
                ),
                w,
              )
            : []),
        ].join('\n');
      if (!fullScreen) {
        clear();
        say(c.bold(`Score after ${sanitizeInline(request.afterTitle)}`));
        // The shared scale is listed once, for the criteria without levels of their own.
        if (request.criteria.some((criterion) => !criterion.levels))
          say(levelLines(request.scale, width()).join('\n'));
      }
      const done = await orQuit(async () => {
        for (const criterion of request.criteria) {
          const levels = levelsFor(criterion, request.scale);
          const before = request.previous.find((p) => p.criterion === criterion.id);
          if (!fullScreen) {
            if (criterion.levels) {
              say(c.bold(sanitizeInline(criterion.title)));
              say(levelLines(levels, width()).join('\n'));
            }
            if (criterion.description)
              say(
                c.dim(
                  `${sanitizeInline(criterion.title)}: ${sanitizeInline(criterion.description)}`,
                ),
              );
          }
          const value = await scorePrompt(
            {
              message: c.bold(sanitizeInline(criterion.title)),
              min: Math.min(...levels.map((l) => l.score)),
              max: Math.max(...levels.map((l) => l.score)),
              ...(before ? { current: before.score } : {}),
              dim: c.dim,
              header: header(criterion),
              fullScreen,
            },
            context,
          );
          const level = levels.find((l) => l.score === value);
          if (value === undefined || !level) continue;
          const why =
            before && value === before.score
              ? await lineInput(
                  { message: 'Justification (optional):', default: before.justification ?? '' },
                  context,
                )
              : await lineInput({ message: 'Justification (optional):' }, context);
          scores.push({
            criterion: criterion.id,
            after: request.after,
            score: level.score,
            label: level.label,
            ...(why.trim() ? { justification: why.trim() } : {}),
          });
        }
        return scores;
      });
      return done;
    },

    async finish(_card, outro) {
      clear();
      if (outro)
        say(
          `${c.bold('Read or paraphrase:')}\n${c.cyan(sanitizeForTerminal(unwrapProse(outro.trim())))}\n`,
        );
      return orQuit(async () => {
        // No choice is made for the interviewer: a number (or the arrows) then Enter.
        const recommendation = await rawlist<Recommendation>(
          {
            message: 'Overall recommendation (type its number, then Enter)',
            choices: RECOMMENDATIONS.map((r) => ({ value: r, name: r.replace('-', ' ') })),
          },
          context,
        );
        clear();
        const summary = await answerEditor(
          {
            header: c.bold('Summary for the hiring team'),
            status: () => '',
            hints: c.dim('Enter new line · Ctrl+D save'),
            dim: c.dim,
            placeholder: ' A few lines for the hiring team…',
            submittedLabel: 'Summary saved',
            fullScreen,
          },
          context,
        );
        if (summary.action === 'skip') throw new Quit();
        return { recommendation, summary: summary.text };
      });
    },

    close(): void {
      screen.leave();
    },
  };
}
