// The interviewer's clock: time budgets per question and section, and whether the interview runs
// ahead of or behind plan. Pure: elapsed times in, status out.
import { parseDuration } from '../duration.js';
import type { InterviewScript } from './script-schema.js';

export interface PlannedQuestion {
  sectionIndex: number;
  sectionId: string;
  questionId: string;
  budgetSeconds: number;
  /** Planned offset from the start of the interview. */
  plannedStart: number;
  informs?: string[];
}

export interface Plan {
  items: PlannedQuestion[];
  sections: { id: string; title: string; budgetSeconds: number; plannedStart: number }[];
  durationSeconds: number;
}

/**
 * Each question gets its own `time`, else an equal share of what its section has left after the
 * questions that set one, else the question file's answer time.
 */
export function planInterview(
  script: InterviewScript,
  answerTimeOf: (id: string) => number | undefined,
): Plan {
  const items: PlannedQuestion[] = [];
  const sections: Plan['sections'] = [];
  let offset = 0;
  script.sections.forEach((section, sectionIndex) => {
    const sectionBudget = parseDuration(section.time) ?? 0;
    const fixed = section.questions.map((q) =>
      q.time === undefined ? undefined : parseDuration(q.time),
    );
    const fixedTotal = fixed.reduce<number>((a, b) => a + (b ?? 0), 0);
    const open = fixed.filter((f) => f === undefined).length;
    const share = open ? Math.max(0, sectionBudget - fixedTotal) / open : 0;
    sections.push({
      id: section.id,
      title: section.title,
      budgetSeconds: sectionBudget,
      plannedStart: offset,
    });
    let inner = offset;
    section.questions.forEach((q, i) => {
      const budget = Math.round(fixed[i] ?? (share || answerTimeOf(q.id) || 0));
      items.push({
        sectionIndex,
        sectionId: section.id,
        questionId: q.id,
        budgetSeconds: budget,
        plannedStart: inner,
        ...(q.informs ? { informs: q.informs } : {}),
      });
      inner += budget;
    });
    offset += sectionBudget;
  });
  return { items, sections, durationSeconds: parseDuration(script.duration) ?? offset };
}

export type Pace = 'ahead' | 'on-time' | 'behind';

export interface ScheduleStatus {
  questionElapsed: number;
  questionRemaining: number;
  sectionRemaining: number;
  overallElapsed: number;
  overallRemaining: number;
  /** Positive: behind plan by that many seconds; negative: ahead. */
  drift: number;
  pace: Pace;
}

/** Within this many seconds of plan counts as on time. */
const ON_TIME_MARGIN = 60;

export function scheduleStatus(
  plan: Plan,
  index: number,
  elapsed: { overall: number; question: number; section: number },
): ScheduleStatus {
  const item = plan.items[index];
  const section = item ? plan.sections[item.sectionIndex] : undefined;
  const budget = item?.budgetSeconds ?? 0;
  // Where the plan says we should be: the planned start of this question plus the part of its
  // budget used so far (overrunning a question's budget puts the interview behind).
  const expected =
    (item?.plannedStart ?? plan.durationSeconds) + Math.min(elapsed.question, budget);
  const drift = Math.round(elapsed.overall - expected);
  return {
    questionElapsed: elapsed.question,
    questionRemaining: budget - elapsed.question,
    sectionRemaining: (section?.budgetSeconds ?? 0) - elapsed.section,
    overallElapsed: elapsed.overall,
    overallRemaining: plan.durationSeconds - elapsed.overall,
    drift,
    pace: drift > ON_TIME_MARGIN ? 'behind' : drift < -ON_TIME_MARGIN ? 'ahead' : 'on-time',
  };
}
