// After a session: when each answered question is next due, the streak, the interview countdown.
// Best effort: the session is already saved, so a problem here never fails the command.
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { Io } from '../base/io.js';
import { digestSession } from '../core/history/digest.js';
import { contentHash } from '../core/questions/content-hash.js';
import { deriveStates, type QuestionRef } from '../core/schedule/cards.js';
import { dayOf } from '../core/schedule/days.js';
import { streak } from '../core/schedule/streak.js';
import type { SessionRecord } from '../core/session/record.js';
import { BUNDLED_QUESTIONS } from '../store/paths.js';
import { loadDigests } from '../store/session-digests.js';
import { homeSessionStore } from '../store/session-store.js';
import { loadSources } from '../store/sources.js';
import { renderScheduleSummary } from '../ui/render/schedule-summary.js';
import { refFor, savedPlanOrWarn } from './schedule-data.js';

export async function scheduleSummary(
  io: Io,
  record: SessionRecord,
  c: ChalkInstance,
  now = new Date(),
): Promise<string | undefined> {
  try {
    // Nothing answered or skipped (a session left at once is not even saved): nothing to say.
    const answered = new Set(
      record.questions
        .filter((q) => q.status === 'answered' || q.status === 'skipped')
        .map((q) => q.id),
    );
    if (answered.size === 0) return undefined;
    // The bank the countdown counts: the bundled packs when the session drew from them (as
    // `rehearse due` counts by default), otherwise the files the session drew from.
    const sources = record.sources.map((s) => path.resolve(io.cwd, s.path));
    const bundled = sources.every((s) => !path.relative(BUNDLED_QUESTIONS, s).startsWith('..'));
    const { files } = await loadSources(bundled ? [] : sources, io.cwd);
    const bank: QuestionRef[] = files.flatMap((f) => f.questions.map((q) => refFor(q, io.cwd)));
    const known = new Set(bank.map((q) => q.id));
    for (const q of record.questions)
      if (!known.has(q.id))
        bank.push({
          id: q.id,
          hash: contentHash(q.prompt, q.key_points),
          pack: '',
          tags: q.tags ?? [],
        });
    const { digests } = loadDigests(homeSessionStore(io.env));
    // The session may have been saved to a fallback directory: count it all the same.
    if (!digests.some((d) => d.id === record.id)) digests.push(digestSession(record));
    const states = deriveStates(bank, digests);
    const today = dayOf(now);
    const saved = savedPlanOrWarn(io);
    return renderScheduleSummary(
      {
        today,
        next: states
          .filter((s) => answered.has(s.question.id) && s.card)
          .map((s) => ({ id: s.question.id, due: dayOf(s.card?.due ?? now) })),
        streak: streak(digests, today),
        ...(saved ? { interview: saved.interview } : {}),
        neverPractised: states.filter((s) => !s.card).length,
      },
      c,
    );
  } catch {
    return undefined;
  }
}
