// Checks an interview script against itself and the questions it draws from: every question id
// exists, every criterion is defined, time budgets fit. Pure: the questions arrive loaded.
import type { Document, LineCounter } from 'yaml';
import { formatClock, parseDuration } from '../duration.js';
import { type PathSegment, spanAt, toPointer } from '../load/locate.js';
import type { LoadedQuestion } from '../load/parse-file.js';
import type { Problem, RuleId } from '../problem.js';
import type { InterviewScript } from './script-schema.js';

export interface ScriptContext {
  file: string;
  doc: Document;
  counter: LineCounter;
  questions: readonly LoadedQuestion[];
  /** Sources that could not be loaded, by their index in `sources`. */
  missingSources: { index: number; reason: string }[];
}

export function checkScript(script: InterviewScript, ctx: ScriptContext): Problem[] {
  const problems: Problem[] = [];
  const report = (
    rule: RuleId,
    path: PathSegment[],
    message: string,
    prefer: 'key' | 'value' = 'value',
  ) =>
    problems.push({
      file: ctx.file,
      rule,
      severity: 'error',
      message,
      ...spanAt(ctx.doc, ctx.counter, path, prefer),
      pointer: toPointer(path),
    });

  for (const { index, reason } of ctx.missingSources) {
    report(
      'missing-source',
      ['sources', index],
      `source "${script.sources[index]}" cannot be used: ${reason}`,
    );
  }
  const known = new Set(ctx.questions.map((q) => q.question.id));
  const criteria = new Set(script.rubric.criteria.map((c) => c.id));
  const checkInforms = (informs: readonly string[] | undefined, path: PathSegment[]) =>
    informs?.forEach((id, i) => {
      if (!criteria.has(id))
        report(
          'unknown-criterion',
          [...path, 'informs', i],
          `criterion "${id}" is not in the rubric (it has ${[...criteria].join(', ')})`,
        );
    });

  let total = 0;
  script.sections.forEach((section, s) => {
    const budget = parseDuration(section.time) ?? 0;
    total += budget;
    checkInforms(section.informs, ['sections', s]);
    let fixed = 0;
    section.questions.forEach((q, i) => {
      const path = ['sections', s, 'questions', i];
      if (ctx.missingSources.length === 0 && !known.has(q.id)) {
        report(
          'unknown-question',
          [...path, 'id'],
          `question "${q.id}" is not in any source (${script.sources.join(', ')})`,
        );
      }
      checkInforms(q.informs, path);
      fixed += q.time === undefined ? 0 : (parseDuration(q.time) ?? 0);
    });
    if (fixed > budget) {
      report(
        'over-budget',
        ['sections', s, 'time'],
        `section "${section.id}" has ${formatClock(budget)} but its questions' own times add up to ${formatClock(fixed)}`,
      );
    }
  });
  const duration = parseDuration(script.duration) ?? 0;
  if (total > duration) {
    report(
      'over-budget',
      ['duration'],
      `sections add up to ${formatClock(total)}, more than the interview's duration of ${formatClock(duration)}`,
    );
  }
  // A criterion's own levels re-label the scale; different scores would make averages meaningless.
  const scaleScores = script.rubric.scale.map((l) => l.score).sort((a, b) => a - b);
  script.rubric.criteria.forEach((criterion, i) => {
    if (!criterion.levels) return;
    const own = criterion.levels.map((l) => l.score).sort((a, b) => a - b);
    if (own.join() !== scaleScores.join())
      report(
        'invalid-value',
        ['rubric', 'criteria', i, 'levels'],
        `criterion "${criterion.id}" has levels scored ${own.join(', ')} but the scale is scored ${scaleScores.join(', ')}; use the same scores`,
      );
  });
  const seen = new Map<string, number>();
  script.sections.forEach((section, s) => {
    if (seen.has(section.id))
      report('invalid-value', ['sections', s, 'id'], `section id "${section.id}" is used twice`);
    seen.set(section.id, s);
  });
  return problems;
}
