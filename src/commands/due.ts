// rehearse due: what is due on a day, weakest first, and what has never been practised.
import type { Io } from '../base/io.js';
import { dueReport } from '../core/schedule/due.js';
import { colourFor } from '../ui/colour.js';
import { renderDue } from '../ui/render/due-view.js';
import { dayFlag, failIfUnreadable, loadSchedule, savedPlanOrWarn } from './schedule-data.js';

export interface DueOptions {
  on?: string;
  json?: boolean;
}

export async function due(io: Io, paths: string[], options: DueOptions): Promise<void> {
  const on = options.on === undefined ? undefined : dayFlag('--on', options.on);
  const saved = savedPlanOrWarn(io);
  const data = await loadSchedule(io, paths);
  const report = dueReport(data.states, on ?? data.today, data.now);
  if (options.json) {
    const json = {
      on: report.on,
      due: report.due.map((d) => ({
        id: d.question.id,
        due: d.due.toISOString(),
        retrievability: Math.round(d.retrievability * 1000) / 1000,
        last_rating: d.lastRating ?? null,
        attempts: d.attempts,
      })),
      new: report.fresh.map((q) => q.id),
      next_due: report.nextDue?.toISOString() ?? null,
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return failIfUnreadable(data);
  }
  const width = io.stdout.isTTY ? (io.stdout.columns ?? 80) : 100;
  io.stdout.write(
    `${renderDue(report, {
      width,
      c: colourFor(io.stdout, io.env),
      today: data.today,
      ...(saved ? { interview: saved.interview } : {}),
    })}\n`,
  );
  failIfUnreadable(data);
}
