// A session turned into what a self-review needs: per question the two answers, timing, rating
// and insights, plus the spans to highlight. Pure; the JSON form of this is `review --json`.
import {
  type CoverageTally,
  coverKeyPoints,
  type Relatedness,
  tallyCoverage,
} from '../compare/coverage.js';
import { type Insights, insightsFor } from '../compare/insights.js';
import { keyPointText } from '../questions/key-points.js';
import {
  type SessionRecord,
  type SessionSummary,
  summarize,
  withHintAddition,
} from '../session/record.js';

export type Span = [number, number];

export interface QuestionReview {
  id: string;
  prompt: string;
  kind?: string;
  difficulty?: string;
  tags: string[];
  status: string;
  mode: 'typed' | 'aloud';
  answer: string;
  note?: string;
  exampleAnswer?: string;
  keyPoints: string[];
  timing: {
    prepSeconds?: number;
    answerSeconds?: number;
    limitSeconds: number | null;
    overtimeSeconds: number;
    timedOut: boolean;
  };
  selfRating?: number;
  insights: Insights;
  /** --hints: key points shown before the reveal, what was added, coverage before and after. */
  hints?: {
    shown: number;
    addition?: string;
    before: CoverageTally;
    after: CoverageTally;
  };
  /** Words of covered key points, in the answer and in the example answer. */
  highlights: { answer: Span[]; example: Span[] };
  /** Earlier tries at this question in the session ("try again" after a reveal), oldest first,
   * each with its coverage measured as the latest answer's is. */
  attempts?: AttemptReview[];
}

export interface AttemptReview {
  answer: string;
  note?: string;
  selfRating?: number;
  answerSeconds?: number;
  timedOut: boolean;
  coverage: CoverageTally;
}

export interface SessionReview {
  version: 1;
  session: {
    id: string;
    status: string;
    startedAt: string;
    endedAt?: string;
    tool: string;
    sources: { path: string; sha256: string }[];
    elapsedSeconds: number;
  };
  summary: SessionSummary;
  questions: QuestionReview[];
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

/** `corpus`: the example answers of the question's pack (or session), for term specificity. */
export function reviewQuestion(
  q: SessionRecord['questions'][number],
  corpus: readonly string[] = [],
  related?: Relatedness,
): QuestionReview {
  const options = related ? { related } : {};
  const answer = q.answer ?? q.draft ?? '';
  const keyPoints = q.key_points ?? [];
  const insights = insightsFor({
    answer,
    exampleAnswer: q.example_answer,
    keyPoints,
    prompt: q.prompt,
    kind: q.kind,
    answerSeconds: q.answer_seconds,
    limitSeconds: q.time_limit_seconds,
    typed: q.mode !== 'aloud',
    ...(q.note ? { note: q.note } : {}),
    corpus,
    ...options,
  });
  const covered = keyPoints.filter((_, i) => insights.coverage[i]?.covered);
  const exampleCoverage = coverKeyPoints(q.example_answer ?? '', covered, q.prompt, options);
  return {
    id: q.id,
    prompt: q.prompt,
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.difficulty ? { difficulty: q.difficulty } : {}),
    tags: q.tags ?? [],
    status: q.status,
    mode: q.mode ?? 'typed',
    answer,
    ...(q.note ? { note: q.note } : {}),
    ...(q.example_answer ? { exampleAnswer: q.example_answer } : {}),
    keyPoints: keyPoints.map(keyPointText),
    timing: {
      ...(q.prep_seconds === undefined ? {} : { prepSeconds: q.prep_seconds }),
      ...(q.answer_seconds === undefined ? {} : { answerSeconds: q.answer_seconds }),
      limitSeconds: q.time_limit_seconds ?? null,
      overtimeSeconds: q.overtime_seconds ?? 0,
      timedOut: Boolean(q.timed_out),
    },
    ...(typeof q.self_rating === 'number' ? { selfRating: q.self_rating } : {}),
    insights,
    ...(q.hints
      ? {
          hints: {
            shown: q.hints.shown,
            ...(q.hints.addition ? { addition: q.hints.addition } : {}),
            before: tallyCoverage(insights.coverage),
            after: tallyCoverage(coverKeyPoints(withHintAddition(q), keyPoints, q.prompt, options)),
          },
        }
      : {}),
    highlights: {
      answer: merge(insights.coverage.filter((c) => c.covered).flatMap((c) => c.answerSpans)),
      example: merge(exampleCoverage.flatMap((c) => c.answerSpans)),
    },
    ...(q.attempts?.length
      ? {
          attempts: q.attempts.map((a) => ({
            answer: a.answer ?? '',
            ...(a.note ? { note: a.note } : {}),
            ...(typeof a.self_rating === 'number' ? { selfRating: a.self_rating } : {}),
            ...(a.answer_seconds === undefined ? {} : { answerSeconds: a.answer_seconds }),
            timedOut: Boolean(a.timed_out),
            coverage: tallyCoverage(coverKeyPoints(a.answer ?? '', keyPoints, q.prompt, options)),
          })),
        }
      : {}),
  };
}

export function reviewSession(
  record: SessionRecord,
  questionId?: string,
  packExamples: readonly string[] = [],
  /** Word relatedness for coverage (word vectors, from an adapter). */
  related?: Relatedness,
): SessionReview {
  // Terms are ranked against the pack's example answers when the caller has them, else the
  // session's own.
  const corpus = [
    ...new Set([
      ...packExamples,
      ...record.questions.flatMap((q) => (q.example_answer ? [q.example_answer] : [])),
    ]),
  ];
  const questions = record.questions.filter((q) => questionId === undefined || q.id === questionId);
  return {
    version: 1,
    session: {
      id: record.id,
      status: record.status,
      startedAt: record.started_at,
      ...(record.ended_at ? { endedAt: record.ended_at } : {}),
      tool: record.tool,
      sources: record.sources ?? [],
      elapsedSeconds: record.elapsed_seconds ?? 0,
    },
    summary: summarize(record),
    questions: questions.map((q) => reviewQuestion(q, corpus, related)),
  };
}
