// The interactive interviewer UI: the answer editor (as a notes area) under the guidance for the
// question, with keys to tick key points, note follow-ups and move through the script.
import { ExitPromptError } from '@inquirer/core';
import { input, select } from '@inquirer/prompts';
import type { ChalkInstance } from 'chalk';
import type { Io } from '../../base/io.js';
import {
  type InterviewUi,
  levelsFor,
  type QuestionAction,
} from '../../core/interview/run-interview.js';
import {
  RECOMMENDATIONS,
  type Recommendation,
  type Score,
} from '../../core/interview/scorecard.js';
import type { ScaleLevel } from '../../core/interview/script-schema.js';
import type { KeyEvent } from '../editor/keymap.js';
import { answerEditor } from '../prompts/answer-editor.js';
import { ratingPrompt } from '../prompts/rating.js';
import { wrapStyled } from '../render/layout.js';
import { sanitizeForTerminal, sanitizeInline } from '../sanitize.js';
import { renderGuidance, renderSchedule } from './render.js';

const CLEAR_SCREEN = '\u001b[2J\u001b[3J\u001b[H';
const HINTS = 'Alt+1…9 tick · ^F follow-up · ^N next · ^B back · ^X skip · ^C save & quit';

class Quit extends Error {}

async function orQuit<T>(run: () => Promise<T>): Promise<T | 'quit'> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ExitPromptError || error instanceof Quit) return 'quit';
    throw error;
  }
}

export function terminalInterviewUi(io: Io, c: ChalkInstance): InterviewUi {
  const context = { input: io.stdin, output: io.stdout as NodeJS.WritableStream };
  const width = () => Math.max(30, (io.stdout.columns ?? 80) - 1);
  const clear = () => io.stdout.isTTY && io.stdout.write(CLEAR_SCREEN);

  return {
    async intro(script) {
      clear();
      io.stdout.write(`${c.bold(sanitizeInline(script.title))}\n\n`);
      if (script.intro)
        io.stdout.write(
          `${c.bold('Read or paraphrase:')}\n${c.cyan(sanitizeForTerminal(script.intro.trim()))}\n\n`,
        );
      const go = await orQuit(() =>
        input({ message: 'Press Enter to start the interview' }, context),
      );
      return go === 'quit' ? 'quit' : 'start';
    },

    async question(view): Promise<QuestionAction> {
      clear();
      const q = view.question;
      const result = await orQuit(() =>
        answerEditor(
          {
            // Room for the notes (5 rows at least), the clock and the key hints below.
            header: () => renderGuidance(view, width(), c, (io.stdout.rows ?? 24) - 12),
            initial: q.notes,
            status: () => renderSchedule(view.tick(), q.budget_seconds, c),
            hints: c.dim(HINTS),
            dim: c.dim,
            placeholder: ' Notes on the answer…',
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

    async score(request) {
      clear();
      io.stdout.write(`${c.bold(`Score after ${sanitizeInline(request.afterTitle)}`)}\n`);
      const writeLevels = (levels: readonly ScaleLevel[]) => {
        for (const level of levels) {
          const line = `  ${level.score} ${sanitizeInline(level.label)}: ${sanitizeInline(level.meaning)}`;
          io.stdout.write(`${wrapStyled(c.dim(line), width()).join('\n')}\n`);
        }
      };
      // The shared scale is listed once, for the criteria without levels of their own.
      if (request.criteria.some((criterion) => !criterion.levels)) writeLevels(request.scale);
      const scores: Score[] = [];
      const done = await orQuit(async () => {
        for (const criterion of request.criteria) {
          const levels = levelsFor(criterion, request.scale);
          if (criterion.levels) {
            io.stdout.write(`${c.bold(sanitizeInline(criterion.title))}\n`);
            writeLevels(levels);
          }
          const before = request.previous.find((p) => p.criterion === criterion.id);
          const hint = before ? c.dim(` (was ${before.score})`) : '';
          const value = await ratingPrompt(
            {
              message: `${c.bold(sanitizeInline(criterion.title))}${hint}`,
              min: Math.min(...levels.map((l) => l.score)),
              max: Math.max(...levels.map((l) => l.score)),
            },
            context,
          );
          const level = levels.find((l) => l.score === value);
          if (value === undefined || !level) continue;
          const why = await input(
            { message: 'Justification (optional):', default: before?.justification ?? '' },
            context,
          );
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
        io.stdout.write(
          `${c.bold('Read or paraphrase:')}\n${c.cyan(sanitizeForTerminal(outro.trim()))}\n\n`,
        );
      return orQuit(async () => {
        const recommendation = await select<Recommendation>(
          {
            message: 'Overall recommendation',
            choices: RECOMMENDATIONS.map((r) => ({ value: r, name: r.replace('-', ' ') })),
          },
          context,
        );
        const summary = await answerEditor(
          {
            header: c.bold('Summary for the hiring team'),
            status: () => '',
            hints: c.dim('Enter new line · Ctrl+D save'),
            dim: c.dim,
            placeholder: ' A few lines for the hiring team…',
            submittedLabel: 'Summary saved',
          },
          context,
        );
        if (summary.action === 'skip') throw new Quit();
        return { recommendation, summary: summary.text };
      });
    },
  };
}
