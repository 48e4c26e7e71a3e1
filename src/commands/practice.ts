import { createHash, randomInt } from 'node:crypto';
import { ExitPromptError } from '@inquirer/core';
import { confirm } from '@inquirer/prompts';
import { InputError, Interrupted, UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import { VERSION } from '../cli/version.js';
import { formatDuration, parseDuration, readLenientDuration } from '../core/duration.js';
import { unknownIds } from '../core/questions/bank.js';
import type { Difficulty, Kind } from '../core/questions/schema.js';
import { createSession, sessionId } from '../core/session/create.js';
import { planQuestions, seedFrom } from '../core/session/plan.js';
import type { SessionSettings } from '../core/session/record.js';
import { homeSessionStore } from '../store/session-store.js';
import { colourFor } from '../ui/colour.js';
import { wrapStyled } from '../ui/render/layout.js';
import { renderIntro } from '../ui/render/summary.js';
import { loadQuestions } from './load-questions.js';
import { type ScheduleFlags, selectQuestions } from './practice-select.js';
import { runAndSave, usePlain } from './run-and-save.js';

export interface PracticeOptions {
  tag?: string[];
  difficulty?: Difficulty[];
  kind?: Kind[];
  ids?: string[];
  count?: string;
  shuffle?: boolean;
  seed?: string;
  order?: 'file';
  prep?: string;
  time?: string;
  total?: string;
  timer: boolean;
  onTimeout: 'soft' | 'hard';
  reveal: 'each' | 'end' | 'never';
  aloud?: boolean;
  bell?: boolean;
  hints?: boolean;
  plain?: boolean;
}

/** A duration flag; zero is allowed where it means "none" (`--prep 0s`: no prep time). */
export function durationFlag(
  flag: string,
  value: string | undefined,
  options: { zero?: boolean } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const seconds = parseDuration(value);
  if (seconds === 0 && !options.zero)
    throw new UsageError(`${flag} "${value}" must be more than 0`);
  if (seconds !== undefined) return seconds;
  const lenient = readLenientDuration(value);
  const hint = lenient
    ? ` (did you mean ${formatDuration(lenient)}?)`
    : ' (use a duration like 30s, 2m or 1m30s)';
  throw new UsageError(`${flag} "${value}" is not a duration${hint}`);
}

function countFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value))
    throw new UsageError(`--count "${value}" must be a whole number of at least 1`);
  return Number(value);
}

function settingsFrom(options: PracticeOptions): SessionSettings {
  if (options.shuffle && options.order === 'file')
    throw new UsageError('--shuffle and --order file contradict each other; pick one');
  if (options.seed !== undefined && options.order === 'file')
    throw new UsageError('--seed shuffles, and --order file keeps the file order; pick one');
  if (options.seed !== undefined && options.seed.trim() === '')
    throw new UsageError('--seed needs a value, e.g. --seed 42');
  const repeated = (options.ids ?? []).find((id, i, all) => all.indexOf(id) !== i);
  if (repeated !== undefined)
    throw new UsageError(`--ids names "${repeated}" more than once; each question is asked once`);
  const shuffle = Boolean(options.shuffle) || options.seed !== undefined;
  const seed = shuffle
    ? options.seed === undefined
      ? randomInt(1, 2 ** 31)
      : seedFrom(options.seed)
    : undefined;
  const filters = {
    ...(options.tag?.length ? { tags: options.tag } : {}),
    ...(options.difficulty?.length ? { difficulties: options.difficulty } : {}),
    ...(options.kind?.length ? { kinds: options.kind } : {}),
    ...(options.ids?.length ? { ids: options.ids } : {}),
  };
  const optional = {
    seed,
    count: countFlag(options.count),
    prep_seconds: durationFlag('--prep', options.prep, { zero: true }),
    answer_seconds: durationFlag('--time', options.time),
    total_seconds: durationFlag('--total', options.total),
  };
  return {
    filters,
    order: shuffle ? 'shuffle' : 'file',
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    timer: options.timer,
    on_timeout: options.onTimeout,
    reveal: options.reveal,
    aloud: Boolean(options.aloud),
    bell: Boolean(options.bell),
    ...(options.hints ? { hints: true } : {}),
  };
}

export async function practice(
  io: Io,
  givenPaths: string[],
  givenOptions: PracticeOptions & ScheduleFlags,
): Promise<void> {
  // --due, --plan or the start menu may choose the questions (or resume, or find nothing to do).
  const selection = await selectQuestions(io, givenPaths, givenOptions);
  if (selection === 'done') return;
  const { paths, options } = selection;
  const settings = settingsFrom(options);
  if (paths.some((p) => p.trim() === ''))
    throw new UsageError('an empty path was given; name question files or directories');
  // Refuse an unsafe data directory before any question is asked, not at the first save.
  const store = homeSessionStore(io.env);
  store.checkSafe();
  const { questions: all, files } = await loadQuestions(io, paths);
  const missing = unknownIds(all, options.ids ?? []);
  if (missing.length)
    throw new UsageError(
      `no question has the id ${missing.map((m) => `"${m}"`).join(', ')}; see "rehearse list"`,
    );
  const planned = planQuestions(all, {
    tags: options.tag,
    difficulties: options.difficulty,
    kinds: options.kind,
    ids: options.ids,
    shuffle: settings.order === 'shuffle',
    seed: settings.seed,
    count: settings.count,
  });
  if (planned.length === 0)
    throw new InputError('no questions match those filters; see "rehearse list" for what there is');

  const used = new Set(planned.map((q) => q.file));
  const sources = files
    .filter((f) => used.has(f.file))
    .map((f) => ({
      path: f.file,
      sha256: createHash('sha256')
        .update(f.text ?? '')
        .digest('hex'),
    }));
  const now = Date.now();
  const record = createSession({
    id: sessionId(now, Math.random),
    tool: `rehearse ${VERSION}`,
    startedAt: now,
    settings,
    questions: planned,
    sources,
  });

  const plain = usePlain(io, options.plain);
  const c = colourFor(io.stdout, io.env);
  const width = io.stdout.isTTY ? Math.max(30, (io.stdout.columns ?? 80) - 1) : 100;
  io.stdout.write(`${wrapStyled(renderIntro(record, plain, c), width).join('\n')}\n\n`);
  if (!plain) {
    const ready = await confirm(
      { message: 'Ready to start?', default: true },
      { input: io.stdin, output: io.stdout as NodeJS.WritableStream, clearPromptOnDone: true },
    ).catch((error: unknown) => {
      if (error instanceof ExitPromptError)
        throw new Interrupted('cancelled before the session started; nothing was saved');
      throw error;
    });
    if (!ready) return;
  }
  await runAndSave(io, store, record, plain);
}
