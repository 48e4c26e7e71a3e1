// The interview engine: walks the script's questions (forward, back, skip), asks for rubric scores
// at the points the script names, and keeps the scorecard current in place. Time, UI and saving
// are injected, as in the practice engine.
import type { Clock } from '../session/clock.js';
import { elapsedMs, round, startStopwatch, tick } from '../session/timer.js';
import type { Plan, ScheduleStatus } from './schedule.js';
import { scheduleStatus } from './schedule.js';
import type {
  OpenSection,
  Recommendation,
  Score,
  Scorecard,
  ScorecardQuestion,
} from './scorecard.js';
import type { Criterion, InterviewScript, ScaleLevel } from './script-schema.js';

export interface Guidance {
  followUps: string[];
  lookFor: string[];
  redFlags: string[];
  sectionTitle: string;
  sectionNotes?: string;
}

export interface InterviewQuestionView {
  index: number;
  count: number;
  question: ScorecardQuestion;
  guidance: Guidance;
  /** Advances the clocks; call on every UI tick. */
  tick(): ScheduleStatus;
  /** Call on every edit of the notes, and when key points are ticked. */
  changed(): void;
}

export type QuestionAction = 'next' | 'back' | 'skip' | 'quit';

export interface OpenSectionView {
  section: OpenSection;
  notes?: string;
  /** Advances the clocks; call on every UI tick. Seconds used in this section and overall. */
  tick(): { sectionElapsed: number; overallElapsed: number; overallBudget: number };
  changed(): void;
}

export interface ScoreRequest {
  after: string;
  afterTitle: string;
  /** `levels` is set when the criterion has its own labels and meanings for the scale's scores. */
  criteria: Criterion[];
  scale: ScaleLevel[];
  previous: Score[];
}

/** The levels a criterion is scored on: its own when the script gives them, else the scale. */
export function levelsFor(
  criterion: Criterion,
  scale: readonly ScaleLevel[],
): readonly ScaleLevel[] {
  return criterion.levels ?? scale;
}

export interface InterviewUi {
  intro(script: InterviewScript): Promise<'start' | 'quit'>;
  question(view: InterviewQuestionView): Promise<QuestionAction>;
  /** A section without questions (the candidate's questions): notes under its own clock. */
  openSection?(view: OpenSectionView): Promise<'next' | 'quit'>;
  /** Returns the scores given (possibly none), or 'quit'. */
  score(request: ScoreRequest): Promise<Score[] | 'quit'>;
  finish(
    card: Scorecard,
    outro?: string,
  ): Promise<{ recommendation: Recommendation; summary: string } | 'quit'>;
}

export interface InterviewDeps {
  ui: InterviewUi;
  clock: Clock;
  save(card: Scorecard): Promise<void>;
  guidance(questionId: string): Omit<Guidance, 'sectionTitle' | 'sectionNotes'>;
}

function criteriaFor(script: InterviewScript, informs: readonly string[] | undefined) {
  const all = script.rubric.criteria;
  return informs?.length ? all.filter((c) => informs.includes(c.id)) : all;
}

export async function runInterview(
  script: InterviewScript,
  plan: Plan,
  card: Scorecard,
  deps: InterviewDeps,
): Promise<Scorecard> {
  const { ui, clock } = deps;
  const overall = { watch: startStopwatch(clock.now(), clock.wall(), card.elapsed_seconds * 1000) };
  const quit = async () => {
    card.status = 'in-progress';
    await deps.save(card);
    return card;
  };
  // The intro is read once: not again when an interrupted interview resumes.
  if (
    card.position === 0 &&
    card.questions.every((q) => q.status === 'pending' && q.seconds === 0 && !q.notes)
  ) {
    if ((await ui.intro(script)) === 'quit') return quit();
  }

  // Sections without questions get their own screen, in script order among the questions.
  if (!card.open_sections) {
    const open = script.sections
      .map((section, i) => ({ section, budget: plan.sections[i]?.budgetSeconds ?? 0 }))
      .filter(({ section }) => section.questions.length === 0)
      .map(({ section, budget }) => ({
        id: section.id,
        title: section.title,
        status: 'pending' as const,
        notes: '',
        seconds: 0,
        budget_seconds: budget,
      }));
    // Written only when the script has such sections.
    if (open.length) card.open_sections = open;
  }
  const openSectionsBefore = async (sectionIndex: number): Promise<boolean> => {
    for (const open of card.open_sections ?? []) {
      const at = script.sections.findIndex((s) => s.id === open.id);
      if (open.status === 'done' || at < 0 || at >= sectionIndex || !ui.openSection) continue;
      const watch = { watch: startStopwatch(clock.now(), clock.wall(), open.seconds * 1000) };
      let lastSave = clock.now();
      const action = await ui.openSection({
        section: open,
        tick() {
          const mono = clock.now();
          watch.watch = tick(watch.watch, mono, clock.wall());
          overall.watch = tick(overall.watch, mono, clock.wall());
          open.seconds = round(elapsedMs(watch.watch, mono) / 1000);
          card.elapsed_seconds = round(elapsedMs(overall.watch, mono) / 1000);
          if (mono - lastSave >= 2000) {
            lastSave = mono;
            void deps.save(card);
          }
          return {
            sectionElapsed: open.seconds,
            overallElapsed: card.elapsed_seconds,
            overallBudget: plan.durationSeconds,
          };
        },
        changed() {},
      });
      if (action === 'quit') return false;
      open.status = 'done';
      await deps.save(card);
    }
    return true;
  };

  while (card.position < plan.items.length) {
    const index = card.position;
    const item = plan.items[index] as Plan['items'][number];
    if (!(await openSectionsBefore(item.sectionIndex))) return quit();
    const q = card.questions[index] as ScorecardQuestion;
    const section = script.sections[item.sectionIndex] as InterviewScript['sections'][number];
    const watch = { watch: startStopwatch(clock.now(), clock.wall(), q.seconds * 1000) };
    let lastSave = clock.now();
    const view: InterviewQuestionView = {
      index,
      count: plan.items.length,
      question: q,
      guidance: {
        ...deps.guidance(q.id),
        sectionTitle: section.title,
        ...(section.notes ? { sectionNotes: section.notes } : {}),
      },
      tick() {
        const mono = clock.now();
        watch.watch = tick(watch.watch, mono, clock.wall());
        overall.watch = tick(overall.watch, mono, clock.wall());
        q.seconds = round(elapsedMs(watch.watch, mono) / 1000);
        card.elapsed_seconds = round(elapsedMs(overall.watch, mono) / 1000);
        const sectionElapsed = card.questions
          .filter((x) => x.section === q.section)
          .reduce((a, x) => a + x.seconds, 0);
        if (mono - lastSave >= 2000) {
          lastSave = mono;
          void deps.save(card);
        }
        return scheduleStatus(plan, index, {
          overall: card.elapsed_seconds,
          question: q.seconds,
          section: sectionElapsed,
        });
      },
      changed() {
        // Saved on the next tick at most two seconds later; signals save at once.
      },
    };
    const action = await ui.question(view);
    view.tick();
    if (action === 'quit') return quit();
    if (action === 'back') {
      card.position = Math.max(0, index - 1);
      await deps.save(card);
      continue;
    }
    q.status = action === 'skip' ? 'skipped' : 'asked';

    const mode = section.score ?? 'section';
    const lastOfSection = plan.items[index + 1]?.sectionIndex !== item.sectionIndex;
    if ((mode === 'question' && action !== 'skip') || (mode === 'section' && lastOfSection)) {
      const after = mode === 'question' ? q.id : section.id;
      const criteria = criteriaFor(
        script,
        mode === 'question' ? (item.informs ?? section.informs) : section.informs,
      );
      const previous = card.scores.filter((s) => s.after === after);
      const scores = await ui.score({
        after,
        afterTitle: mode === 'question' ? q.id : section.title,
        criteria,
        scale: script.rubric.scale,
        previous,
      });
      if (scores === 'quit') return quit();
      card.scores = [...card.scores.filter((s) => s.after !== after), ...scores];
    }
    card.position = index + 1;
    await deps.save(card);
  }

  if (!(await openSectionsBefore(script.sections.length))) return quit();
  const verdict = await ui.finish(card, script.outro);
  if (verdict === 'quit') return quit();
  card.recommendation = verdict.recommendation;
  card.summary = verdict.summary;
  card.status = 'finished';
  card.ended_at = new Date(clock.wall()).toISOString();
  await deps.save(card);
  return card;
}
