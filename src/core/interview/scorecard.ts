// The scorecard an interview produces (format version 1), kept up to date in place during the
// interview so that any exit path can save it. Field order is the order written to disk.

export const SCORECARD_FORMAT = 1;
export const RECOMMENDATIONS = ['strong-no', 'no', 'yes', 'strong-yes'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export interface ScorecardQuestion {
  id: string;
  section: string;
  status: 'pending' | 'asked' | 'skipped';
  prompt: string;
  notes: string;
  follow_up_notes: string[];
  key_points: { point: string; ticked: boolean }[];
  seconds: number;
  budget_seconds: number;
  source: { file: string; line: number };
}

/** A section without scripted questions (e.g. the candidate's questions): a timed notes screen. */
export interface OpenSection {
  id: string;
  title: string;
  status: 'pending' | 'done';
  notes: string;
  seconds: number;
  budget_seconds: number;
}

export interface Score {
  criterion: string;
  /** The section or question the score was given after. */
  after: string;
  score: number;
  label: string;
  justification?: string;
}

export interface Scorecard {
  version: typeof SCORECARD_FORMAT;
  kind: 'scorecard';
  id: string;
  tool: string;
  status: 'in-progress' | 'finished';
  script: { title: string; role?: string; file: string; sha256: string; duration_seconds: number };
  candidate?: string;
  started_at: string;
  ended_at?: string;
  elapsed_seconds: number;
  /** Index of the question on screen, so resume returns to it. */
  position: number;
  questions: ScorecardQuestion[];
  /** Sections without questions, each with its own screen; absent in older scorecards. */
  open_sections?: OpenSection[];
  scores: Score[];
  recommendation?: Recommendation;
  summary?: string;
}

/** The average score per criterion over every point it was scored at. */
export function criterionAverages(
  card: Scorecard,
): { criterion: string; average: number; count: number }[] {
  const by = new Map<string, number[]>();
  for (const s of card.scores) {
    const list = by.get(s.criterion);
    if (list) list.push(s.score);
    else by.set(s.criterion, [s.score]);
  }
  return [...by].map(([criterion, xs]) => ({
    criterion,
    average: Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10,
    count: xs.length,
  }));
}
