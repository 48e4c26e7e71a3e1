// History lines and progress statistics over many sessions. Pure: digests in, numbers out.
import type { Scorecard } from '../interview/scorecard.js';
import type { QuestionDigest, SessionDigest } from './digest.js';

export interface HistoryLine {
  kind: 'practice' | 'interview';
  id: string;
  startedAt: string;
  packs: string[];
  questions: number;
  answered: number;
  averageRating?: number;
  elapsedSeconds: number;
  finished: boolean;
  status: string;
}

const average = (xs: readonly number[]) =>
  xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : undefined;

export function historyLines(sessions: readonly SessionDigest[]): HistoryLine[] {
  return [...sessions]
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
    .map((s) => {
      const ratings = s.questions.flatMap((q) => (q.rating === undefined ? [] : [q.rating]));
      const avg = average(ratings);
      return {
        kind: 'practice' as const,
        id: s.id,
        startedAt: s.startedAt,
        packs: s.packs,
        questions: s.questions.length,
        answered: s.questions.filter((q) => q.status === 'answered').length,
        ...(avg === undefined ? {} : { averageRating: avg }),
        elapsedSeconds: s.elapsedSeconds,
        finished: s.status !== 'in-progress',
        status: s.status,
      };
    });
}

/** A scorecard as a history line: the script instead of packs, the recommendation as status. */
export function scorecardLine(card: Scorecard): HistoryLine {
  return {
    kind: 'interview',
    id: card.id,
    startedAt: card.started_at,
    packs: [card.script.title],
    questions: card.questions.length,
    answered: card.questions.filter((q) => q.status === 'asked').length,
    elapsedSeconds: card.elapsed_seconds,
    finished: card.status === 'finished',
    status:
      card.status === 'finished'
        ? `interview: ${card.recommendation ?? 'no recommendation'}`
        : 'in-progress',
  };
}

export function byNewest(lines: readonly HistoryLine[]): HistoryLine[] {
  return [...lines].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

export interface Trend {
  /** Oldest first, one point per session that answered the question (or tag). */
  ratings: number[];
  coverage: number[];
  attempts: number;
  averageRating?: number;
  averageCoverage?: number;
  /** Answer time used as a share of the limit, averaged (1 = exactly on time). */
  timeUsed?: number;
  overTimeCount: number;
  lastPractised: string;
}

export interface Stats {
  sessions: number;
  questions: Record<string, Trend>;
  tags: Record<string, Trend>;
  /** Weakest first: what to practise next. */
  weakest: { id: string; score: number; reason: string }[];
}

interface Point {
  at: string;
  q: QuestionDigest;
}

function trend(points: readonly Point[]): Trend {
  const ordered = [...points].sort((a, b) => a.at.localeCompare(b.at));
  const ratings = ordered.flatMap((p) => (p.q.rating === undefined ? [] : [p.q.rating]));
  const coverage = ordered.flatMap((p) =>
    p.q.coverage === undefined ? [] : [Math.round(p.q.coverage * 100) / 100],
  );
  const used = ordered.flatMap((p) =>
    p.q.answerSeconds !== undefined && p.q.limitSeconds
      ? [p.q.answerSeconds / p.q.limitSeconds]
      : [],
  );
  const avgRating = average(ratings);
  const avgCoverage = average(coverage);
  const timeUsed = average(used);
  return {
    ratings,
    coverage,
    attempts: ordered.length,
    ...(avgRating === undefined ? {} : { averageRating: avgRating }),
    ...(avgCoverage === undefined ? {} : { averageCoverage: avgCoverage }),
    ...(timeUsed === undefined ? {} : { timeUsed }),
    overTimeCount: ordered.filter((p) => (p.q.overtimeSeconds ?? 0) > 0).length,
    lastPractised: ordered.at(-1)?.at ?? '',
  };
}

/** Lower is weaker: the recent rating (out of 5) and coverage weigh most; skips count against. */
export function weaknessScore(t: Trend, skipped: number): number {
  const recent = (xs: number[]) => average(xs.slice(-3));
  const rating = recent(t.ratings);
  const coverage = recent(t.coverage);
  const parts = [rating === undefined ? undefined : rating / 5, coverage].filter(
    (x): x is number => x !== undefined,
  );
  const base = parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 0.5;
  return (
    Math.round(
      Math.max(0, base - 0.1 * skipped - (t.overTimeCount > t.attempts / 2 ? 0.1 : 0)) * 100,
    ) / 100
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function computeStats(sessions: readonly SessionDigest[], limit = 5): Stats {
  const byQuestion = new Map<string, Point[]>();
  const byTag = new Map<string, Point[]>();
  const skips = new Map<string, number>();
  for (const s of sessions) {
    for (const q of s.questions) {
      if (q.status === 'skipped') skips.set(q.id, (skips.get(q.id) ?? 0) + 1);
      if (q.status !== 'answered') continue;
      const point = { at: s.startedAt, q };
      push(byQuestion, q.id, point);
      for (const tag of q.tags) push(byTag, tag, point);
    }
  }
  const questions = Object.fromEntries(
    [...byQuestion].sort(([a], [b]) => a.localeCompare(b)).map(([id, ps]) => [id, trend(ps)]),
  );
  const tags = Object.fromEntries(
    [...byTag].sort(([a], [b]) => a.localeCompare(b)).map(([tag, ps]) => [tag, trend(ps)]),
  );
  const weakest = Object.entries(questions)
    .map(([id, t]) => {
      const skipped = skips.get(id) ?? 0;
      const reason = [
        t.averageRating === undefined ? 'not rated' : `rated ${t.averageRating}/5`,
        t.averageCoverage === undefined ? '' : `${Math.round(t.averageCoverage * 100)}% key points`,
        skipped ? `skipped ${skipped}×` : '',
        t.overTimeCount ? `over time ${t.overTimeCount}×` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return { id, score: weaknessScore(t, skipped), reason };
    })
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit);
  return { sessions: sessions.length, questions, tags, weakest };
}
