import path from 'node:path';
import { UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import { reviewSession } from '../core/review/review.js';
import { sessionsDir } from '../store/paths.js';
import { SessionStore } from '../store/session-store.js';
import { colourFor } from '../ui/colour.js';
import { renderReview } from '../ui/render/review-view.js';
import { findSession } from './find-session.js';

export interface ReviewOptions {
  question?: string;
  rate?: string;
  json?: boolean;
}

export async function review(
  io: Io,
  which: string | undefined,
  options: ReviewOptions,
): Promise<void> {
  const { file, record } = await findSession(new SessionStore(sessionsDir(io.env)), io, which);
  if (options.question !== undefined && !record.questions.some((q) => q.id === options.question)) {
    throw new UsageError(
      `session ${record.id} has no question "${options.question}"; it has ${record.questions.map((q) => q.id).join(', ')}`,
    );
  }
  if (options.rate !== undefined) {
    if (!/^[1-5]$/.test(options.rate))
      throw new UsageError(`--rate "${options.rate}" must be a whole number from 1 to 5`);
    const targets =
      options.question === undefined
        ? record.questions
        : record.questions.filter((q) => q.id === options.question);
    if (targets.length !== 1)
      throw new UsageError(
        '--rate needs --question ID when the session has more than one question',
      );
    (targets[0] as (typeof targets)[number]).self_rating = Number(options.rate);
  }
  // Everything is computed before the file is written, so a failure cannot follow a write.
  const result = reviewSession(record, options.question);
  if (options.rate !== undefined) {
    new SessionStore(path.dirname(file)).saveSync(record);
    io.stderr.write(
      `Rated ${options.question ?? record.questions[0]?.id} ${options.rate}/5 in ${file}\n`,
    );
  }
  if (options.json) {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const width = io.stdout.isTTY ? Math.max(40, (io.stdout.columns ?? 80) - 1) : 100;
  io.stdout.write(`${renderReview(result, width, colourFor(io.stdout, io.env))}\n`);
}
