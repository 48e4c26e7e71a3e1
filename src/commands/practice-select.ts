// Which questions `rehearse practice` asks when the schedule decides: --due (what is due, weakest
// first, plus a few new ones), --plan (today's share of the interview plan), or, with no selection
// at all on a terminal, the start menu. Returns the practice options to run, or 'done' when
// nothing is to be started here (nothing due, or resumed instead); Ctrl+C in the menu exits 130.
import path from 'node:path';
import { InputError, Interrupted, UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import { dayOf } from '../core/schedule/days.js';
import { type DueReport, dueReport } from '../core/schedule/due.js';
import { nextQuestionIndex } from '../core/session/record.js';
import { readSavedPlan } from '../store/interview-date.js';
import { homeSessionStore } from '../store/session-store.js';
import { findSession } from './find-session.js';
import { planFrom } from './plan.js';
import type { PracticeOptions } from './practice.js';
import { usePlain } from './run-and-save.js';
import { countOption, loadSchedule, type ScheduleData, savedPlanOrWarn } from './schedule-data.js';

export interface ScheduleFlags {
  due?: boolean;
  plan?: boolean;
  limit?: string;
  new?: string;
}

/** Defaults of --limit and --new (docs/practice.md). */
export const DUE_LIMIT = 10;
export const NEW_PER_DAY = 3;

type Options = PracticeOptions & ScheduleFlags;

const SELECTION: (keyof Options)[] = [
  'tag',
  'difficulty',
  'kind',
  'ids',
  'count',
  'shuffle',
  'seed',
  'order',
];
const given = (options: Options, key: keyof Options) => {
  const v = options[key];
  return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== false;
};

/** Questions first practised today: they count against the daily cap of new ones. */
function startedToday(data: ScheduleData): number {
  return data.states.filter(
    (s) => s.attempts[0] && dayOf(new Date(s.attempts[0].at)) === data.today,
  ).length;
}

function dueIds(data: ScheduleData, report: DueReport, limit: number, newCap: number): string[] {
  const newAllowed = Math.max(0, newCap - startedToday(data));
  return [
    ...report.due.slice(0, limit).map((d) => d.question.id),
    ...report.fresh.slice(0, newAllowed).map((q) => q.id),
  ];
}

function todaysPlan(
  io: Io,
  data: ScheduleData,
  strict = true,
): { ids: string[]; interview?: string } {
  const saved = strict ? readSavedPlan(io.env) : savedPlanOrWarn(io);
  if (!saved) return { ids: [] };
  if (saved.interview <= data.today) return { ids: [], interview: saved.interview };
  const plan = planFrom(data, saved.interview, saved.perDay);
  return { ids: plan.days[0]?.questions ?? [], interview: saved.interview };
}

function nothingDue(io: Io, report: DueReport): 'done' {
  io.stdout.write(
    `Nothing is due today and no new question is left for today.${report.nextDue ? ` Next due: ${dayOf(report.nextDue)}.` : ''}\n`,
  );
  return 'done';
}

/** Ctrl+C in the menu, as at "Ready to start?": exit 130, nothing saved. */
const cancelled = () => new Interrupted('cancelled before the session started; nothing was saved');

export interface Selection {
  paths: string[];
  options: Options;
}

export async function selectQuestions(
  io: Io,
  paths: string[],
  options: Options,
): Promise<Selection | 'done'> {
  const limit = countOption('--limit', options.limit) ?? DUE_LIMIT;
  // 0 new questions is a reasonable daily cap: reviews only.
  const newCap = countOption('--new', options.new, 0) ?? NEW_PER_DAY;
  if (!options.due && (options.limit !== undefined || options.new !== undefined))
    throw new UsageError('--limit and --new go with --due');
  if (options.due && options.plan) throw new UsageError('--due and --plan: pick one');
  if (options.due || options.plan) {
    const clash = ['ids', 'count', 'shuffle', 'seed', 'order'].find((k) =>
      given(options, k as keyof Options),
    );
    if (clash)
      throw new UsageError(
        `--${clash} cannot be combined with --${options.due ? 'due' : 'plan'}, which chooses the questions`,
      );
    const filter = { tags: options.tag, difficulties: options.difficulty, kinds: options.kind };
    const data = await loadSchedule(io, paths, filter);
    if (options.due) {
      const report = dueReport(data.states, data.today, data.now);
      const ids = dueIds(data, report, limit, newCap);
      return ids.length ? { paths, options: { ...options, ids } } : nothingDue(io, report);
    }
    const today = todaysPlan(io, data);
    if (!today.interview)
      throw new UsageError('no interview date yet; set one with "rehearse plan --interview DATE"');
    if (today.interview <= data.today)
      throw new InputError(
        `the interview date ${today.interview} is not after today; set a new one with "rehearse plan --interview DATE"`,
      );
    if (!today.ids.length) {
      io.stdout.write("Today's share of the plan is done. See what comes next: rehearse plan\n");
      return 'done';
    }
    return { paths, options: { ...options, ids: today.ids } };
  }
  if (paths.length || SELECTION.some((k) => given(options, k)) || usePlain(io, options.plain))
    return { paths, options };
  return startMenu(io, options);
}

async function startMenu(io: Io, options: Options): Promise<Selection | 'done'> {
  const data = await loadSchedule(io, []);
  const report = dueReport(data.states, data.today, data.now);
  const due = dueIds(data, report, DUE_LIMIT, NEW_PER_DAY);
  const plan = todaysPlan(io, data, false);
  const unfinished = await findSession(homeSessionStore(io.env), io, undefined, {
    unfinished: true,
  }).catch(() => undefined);
  const menu = await import('../ui/prompts/start-menu.js');
  type Pick = 'resume' | 'due' | 'plan' | 'new';
  const choices: import('../ui/prompts/start-menu.js').MenuChoice<Pick>[] = [];
  if (unfinished) {
    const left = unfinished.record.questions.length - nextQuestionIndex(unfinished.record);
    choices.push({
      value: 'resume',
      name: `Continue the unfinished session (${left} question${left === 1 ? '' : 's'} left)`,
      description: unfinished.record.id,
    });
  }
  const dueCount = Math.min(report.due.length, DUE_LIMIT);
  const newCount = due.length - dueCount;
  choices.push({
    value: 'due',
    name: `Practise what is due (${report.due.length} due${newCount ? `, ${newCount} new` : ''})`,
    ...(due.length ? {} : { disabled: '(nothing due today)' }),
  });
  if (plan.interview && plan.interview > data.today)
    choices.push({
      value: 'plan',
      name: `Today's plan (${plan.ids.length} question${plan.ids.length === 1 ? '' : 's'}, interview ${plan.interview})`,
      ...(plan.ids.length ? {} : { disabled: '(done for today)' }),
    });
  choices.push({ value: 'new', name: 'New session: choose pack, tag and count' });
  const picked = await menu.pickOne(io, 'What would you like to practise?', choices);
  if (picked === undefined) throw cancelled();
  if (picked === 'resume') {
    await (await import('./resume.js')).resume(io, unfinished?.record.id, { plain: options.plain });
    return 'done';
  }
  if (picked === 'due') return { paths: [], options: { ...options, ids: due } };
  if (picked === 'plan') return { paths: [], options: { ...options, ids: plan.ids } };
  return newSession(io, data, options, menu);
}

async function newSession(
  io: Io,
  data: ScheduleData,
  options: Options,
  menu: typeof import('../ui/prompts/start-menu.js'),
): Promise<Selection | 'done'> {
  const packs = [...new Set(data.questions.map((q) => q.file))];
  const pack = await menu.pickOne(io, 'Which pack?', [
    { value: '', name: `All packs (${data.questions.length} questions)` },
    ...packs.map((file) => ({
      value: file,
      name: `${path.basename(file)} (${data.questions.filter((q) => q.file === file).length} questions)`,
    })),
  ]);
  if (pack === undefined) throw cancelled();
  const inPack = data.questions.filter((q) => !pack || q.file === pack);
  const tagCounts = new Map<string, number>();
  for (const q of inPack)
    for (const t of q.question.tags ?? []) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
  const tag = await menu.pickOne(io, 'Which tag?', [
    { value: '', name: `Any tag (${inPack.length} questions)` },
    ...[...tagCounts]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([t, n]) => ({ value: t, name: `${t} (${n})` })),
  ]);
  if (tag === undefined) throw cancelled();
  const available = tag ? (tagCounts.get(tag) ?? 0) : inPack.length;
  const count = await menu.askCount(io, 'How many questions?', 5, available);
  if (count === undefined) throw cancelled();
  // Shuffled (the seed is recorded) so that the next session of the same pack is not the same.
  return {
    paths: pack ? [pack] : [],
    options: { ...options, ...(tag ? { tag: [tag] } : {}), count: String(count), shuffle: true },
  };
}
