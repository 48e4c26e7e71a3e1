import path from 'node:path';
import { UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import { reviewSession } from '../core/review/review.js';
import { homeSessionStore, SessionStore } from '../store/session-store.js';
import { colourFor } from '../ui/colour.js';
import { renderReview } from '../ui/render/review-view.js';
import { escapeJsonText } from '../ui/reporters/escape.js';
import { sanitizeInline } from '../ui/sanitize.js';
import { findSession } from './find-session.js';
import { packExamples } from './pack-examples.js';

export interface ReviewOptions {
  question?: string;
  rate?: string;
  json?: boolean;
  attempts?: boolean;
}

export async function review(
  io: Io,
  which: string | undefined,
  options: ReviewOptions,
): Promise<void> {
  if (options.attempts) {
    if (options.question === undefined || which !== undefined || options.rate !== undefined)
      throw new UsageError('--attempts goes with --question ID alone (no session, no --rate)');
    return (await import('./question-attempts.js')).questionAttempts(io, options.question, options);
  }
  const found = await findSession(homeSessionStore(io.env), io, which);
  const { file } = found;
  let { record } = found;
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
    // Through the session's lock: refused while the session is open in practice or resume, whose
    // next save would otherwise undo the rating. Read again under the lock: it may have changed.
    homeSessionStore(io.env).checkSafe();
    const writer = new SessionStore(path.dirname(file), { owned: false });
    try {
      const note = writer.lock(file);
      if (note) io.stderr.write(`rehearse: ${sanitizeInline(note)}\n`);
      record = await writer.load(file);
      const target = record.questions.find((q) => q.id === targets[0]?.id);
      if (target) target.self_rating = Number(options.rate);
      const saved = writer.saveSync(record);
      if (saved.fallback) io.stderr.write(`rehearse: ${sanitizeInline(saved.fallback.reason)}\n`);
      io.stderr.write(
        `Rated ${sanitizeInline(targets[0]?.id ?? '')} ${options.rate}/5 in ${sanitizeInline(saved.path)}\n`,
      );
    } finally {
      writer.release();
    }
  }
  const result = reviewSession(record, options.question, await packExamples(io, record));
  if (options.json) {
    io.stdout.write(`${escapeJsonText(JSON.stringify(result, null, 2))}\n`);
    return;
  }
  const width = io.stdout.isTTY ? Math.max(40, (io.stdout.columns ?? 80) - 1) : 100;
  io.stdout.write(`${renderReview(result, width, colourFor(io.stdout, io.env))}\n`);
}
