// rehearse plan: a day-by-day plan up to the interview date, which is remembered.
import { InputError, UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import { type Day, daysBetween } from '../core/schedule/days.js';
import { buildPlan, type Plan } from '../core/schedule/plan.js';
import { clearSavedPlan, readSavedPlan, saveSavedPlan } from '../store/interview-date.js';
import { colourFor } from '../ui/colour.js';
import { renderPlan } from '../ui/render/plan-view.js';
import {
  countOption,
  dayFlag,
  failIfUnreadable,
  loadSchedule,
  practisedOn,
  type ScheduleData,
} from './schedule-data.js';

/** A plan is day by day: beyond a year it would be a calendar, not a plan. */
const MAX_DAYS = 366;

export interface PlanOptions {
  interview?: string;
  perDay?: string;
  json?: boolean;
  clear?: boolean;
}

/** The plan from the session files, the remembered date and today. */
export function planFrom(data: ScheduleData, interview: Day, perDay?: number): Plan {
  return buildPlan({
    states: data.states,
    now: data.now,
    today: data.today,
    interview,
    ...(perDay === undefined ? {} : { perDay }),
    doneToday: practisedOn(data.states, data.today),
  });
}

export async function plan(io: Io, paths: string[], options: PlanOptions): Promise<void> {
  if (options.clear) {
    if (options.interview !== undefined || options.perDay !== undefined)
      throw new UsageError('--clear forgets the interview date; give it alone');
    // A broken file is cleared too: that is the way out its message suggests.
    const had = (() => {
      try {
        return readSavedPlan(io.env)?.interview;
      } catch {
        return 'unreadable';
      }
    })();
    const removed = clearSavedPlan(io.env);
    io.stdout.write(
      removed ? `Forgot the interview date (${had}).\n` : 'No interview date was set.\n',
    );
    return;
  }
  const given =
    options.interview === undefined ? undefined : dayFlag('--interview', options.interview);
  const perDayFlag = countOption('--per-day', options.perDay);
  const saved = readSavedPlan(io.env);
  const interview = given ?? saved?.interview;
  if (!interview)
    throw new UsageError(
      'no interview date yet; give one with --interview YYYY-MM-DD (it is remembered)',
    );
  const data = await loadSchedule(io, paths);
  if (daysBetween(data.today, interview) <= 0) {
    const why = `the interview date ${interview} is not after today (${data.today})`;
    if (given) throw new UsageError(`--interview: ${why}`);
    throw new InputError(`${why}; set a new one with --interview or forget it with --clear`);
  }
  if (daysBetween(data.today, interview) > MAX_DAYS)
    throw new UsageError(
      `the interview date ${interview} is more than a year away; a day-by-day plan needs a date within ${MAX_DAYS} days`,
    );
  const perDay = perDayFlag ?? saved?.perDay;
  if (given || perDayFlag !== undefined)
    saveSavedPlan(io.env, { interview, ...(perDay === undefined ? {} : { perDay }) });
  const result = planFrom(data, interview, perDay);
  if (options.json) {
    io.stdout.write(
      `${JSON.stringify({ interview: result.interview, days: result.days }, null, 2)}\n`,
    );
    if (result.uncovered.length)
      io.stderr.write(
        `rehearse: ${result.uncovered.length} questions did not fit; raise --per-day\n`,
      );
    return failIfUnreadable(data);
  }
  const width = io.stdout.isTTY ? (io.stdout.columns ?? 80) : 100;
  io.stdout.write(
    `${renderPlan(result, {
      width,
      c: colourFor(io.stdout, io.env),
      today: data.today,
      neverPractised: new Set(data.states.filter((s) => !s.card).map((s) => s.question.id)),
    })}\n`,
  );
  failIfUnreadable(data);
}
