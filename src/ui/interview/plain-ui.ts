// Plain-mode interviewer UI: for screen readers, pipes and tests. Lines of notes are typed as
// they come; commands start with "/": /next, /back, /skip, /tick N, /follow, /time, /quit.
import type { Io } from '../../base/io.js';
import { formatClock } from '../../core/duration.js';
import {
  type InterviewQuestionView,
  type InterviewUi,
  levelsFor,
  type QuestionAction,
} from '../../core/interview/run-interview.js';
import { RECOMMENDATIONS, type Score } from '../../core/interview/scorecard.js';
import type { ScaleLevel } from '../../core/interview/script-schema.js';
import { colourFor } from '../colour.js';
import { lineReader } from '../line-reader.js';
import { sanitizeForTerminal, sanitizeInline } from '../sanitize.js';
import { renderGuidance, renderSchedule } from './render.js';

const PLAIN_COMMANDS = '/next, /back, /skip, /tick N, /follow, /time, /quit; other lines are notes';
const MOVES = new Set(['/next', '/back', '/skip', '/quit']);

export function plainInterviewUi(io: Io): InterviewUi & { close(): void } {
  const lines = lineReader(io.stdin);
  const c = colourFor(io.stdout, io.env);
  const say = (text = '') => io.stdout.write(`${text}\n`);
  const width = io.stdout.columns ?? 80;

  const readBlock = async (): Promise<string | undefined> => {
    const out: string[] = [];
    for (;;) {
      const line = await lines.next();
      if (line === undefined) return out.length ? out.join('\n') : undefined;
      if (line === '.') return out.join('\n');
      out.push(line);
    }
  };

  const readCommands = async (view: InterviewQuestionView): Promise<QuestionAction> => {
    const q = view.question;
    for (;;) {
      const line = await lines.next();
      view.tick();
      if (line === undefined) return 'quit';
      const [command, arg] = line.trim().split(/\s+/, 2);
      if (command && MOVES.has(command)) return command.slice(1) as QuestionAction;
      if (command === '/tick') {
        const point = q.key_points[Number(arg) - 1];
        if (point) {
          point.ticked = !point.ticked;
          say(`${point.ticked ? 'Ticked' : 'Unticked'}: ${sanitizeInline(point.point)}`);
        } else say(`No key point ${sanitizeInline(arg ?? '')}; there are ${q.key_points.length}.`);
      } else if (command === '/follow') {
        const next = view.guidance.followUps[q.follow_up_notes.length];
        if (next) {
          q.follow_up_notes.push(next);
          q.notes += `${q.notes && !q.notes.endsWith('\n') ? '\n' : ''}→ ${next}\n`;
          say(`Follow-up noted: ${sanitizeInline(next)}`);
        } else say('No more scripted follow-ups; type your own as a note.');
      } else if (command === '/time') {
        say(renderSchedule(view.tick(), q.budget_seconds, c));
      } else {
        q.notes += `${line}\n`;
      }
      view.changed();
    }
  };

  return {
    async intro(script) {
      say(c.bold(sanitizeInline(script.title)));
      if (script.intro) say(sanitizeForTerminal(script.intro.trim()));
      say(`Commands: ${PLAIN_COMMANDS}.`);
      return 'start';
    },

    async question(view): Promise<QuestionAction> {
      say();
      say(renderGuidance(view, width, c));
      say(renderSchedule(view.tick(), view.question.budget_seconds, c));
      // The clocks advance while the interviewer listens, not only when a line arrives.
      const timer = setInterval(() => view.tick(), 1000);
      try {
        return await readCommands(view);
      } finally {
        clearInterval(timer);
      }
    },

    async openSection(view) {
      const open = view.section;
      say();
      say(c.bold(sanitizeInline(open.title)));
      say(
        `No scripted questions: note what the candidate asks (${formatClock(open.budget_seconds)}). /next ends the section, /quit saves and stops.`,
      );
      const timer = setInterval(() => view.tick(), 1000);
      try {
        for (;;) {
          const line = await lines.next();
          view.tick();
          if (line === undefined || line.trim() === '/quit') return 'quit';
          if (line.trim() === '/next' || line.trim() === '/skip') return 'next';
          open.notes += `${line}\n`;
          view.changed();
        }
      } finally {
        clearInterval(timer);
      }
    },

    async score(request) {
      say();
      say(c.bold(`Score after ${sanitizeInline(request.afterTitle)}`));
      const sayLevels = (levels: readonly ScaleLevel[]) => {
        for (const level of levels)
          say(`  ${level.score} ${sanitizeInline(level.label)}: ${sanitizeInline(level.meaning)}`);
      };
      // The shared scale is listed once, for the criteria without levels of their own.
      if (request.criteria.some((criterion) => !criterion.levels)) sayLevels(request.scale);
      const scores: Score[] = [];
      for (const criterion of request.criteria) {
        const levels = levelsFor(criterion, request.scale);
        if (criterion.levels) {
          say(sanitizeInline(criterion.title));
          sayLevels(levels);
        }
        for (;;) {
          say(`${sanitizeInline(criterion.title)}: a score (empty to leave unscored)`);
          const line = await lines.next();
          if (line === undefined) return 'quit';
          if (line.trim() === '') break;
          const level = levels.find((l) => String(l.score) === line.trim());
          if (!level) {
            say(`"${sanitizeInline(line.trim())}" is not on the scale.`);
            continue;
          }
          say('Justification (one line, optional):');
          const why = await lines.next();
          if (why === undefined) return 'quit';
          scores.push({
            criterion: criterion.id,
            after: request.after,
            score: level.score,
            label: level.label,
            ...(why.trim() ? { justification: why.trim() } : {}),
          });
          break;
        }
      }
      return scores;
    },

    async finish(_card, outro) {
      if (outro) say(`\n${sanitizeForTerminal(outro.trim())}`);
      for (;;) {
        say(`Recommendation (${RECOMMENDATIONS.join(', ')}):`);
        const line = await lines.next();
        if (line === undefined) return 'quit';
        const pick = RECOMMENDATIONS.find((r) => r === line.trim());
        if (!pick) {
          say(`"${sanitizeInline(line.trim())}" is not one of them.`);
          continue;
        }
        say('Summary (end with a line holding only "."):');
        const summary = await readBlock();
        if (summary === undefined) return 'quit';
        return { recommendation: pick, summary };
      }
    },

    close: () => lines.close(),
  };
}
