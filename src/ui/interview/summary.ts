// The end-of-interview summary: timings, scores per criterion, recommendation, where it is saved.
import type { ChalkInstance } from 'chalk';
import { formatClock } from '../../core/duration.js';
import { criterionAverages, type Scorecard } from '../../core/interview/scorecard.js';
import type { InterviewScript } from '../../core/interview/script-schema.js';
import { sanitizeInline } from '../sanitize.js';

export function renderScorecardSummary(
  card: Scorecard,
  script: InterviewScript | undefined,
  savedAt: string,
  c: ChalkInstance,
): string {
  const asked = card.questions.filter((q) => q.status === 'asked').length;
  const title = (id: string) => script?.rubric.criteria.find((x) => x.id === id)?.title ?? id;
  const rows: [string, string][] = [
    ['candidate', card.candidate ? sanitizeInline(card.candidate) : '—'],
    ['questions', `${asked} asked of ${card.questions.length}`],
    [
      'time',
      `${formatClock(card.elapsed_seconds)} of ${formatClock(card.script.duration_seconds)} planned`,
    ],
  ];
  for (const a of criterionAverages(card))
    rows.push([
      sanitizeInline(title(a.criterion)),
      `${a.average} (${a.count} score${a.count === 1 ? '' : 's'})`,
    ]);
  if (card.recommendation) rows.push(['recommendation', card.recommendation]);
  // Values line up after the longest label, so a long criterion title never runs into its score.
  const width = Math.max(15, ...rows.map(([label]) => label.length)) + 1;
  const lines = [
    c.bold(card.status === 'finished' ? 'Interview complete' : 'Interview paused'),
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}${value}`),
  ];
  lines.push('', `Scorecard saved to ${sanitizeInline(savedAt)}`);
  if (card.status !== 'finished')
    lines.push(`Continue with: rehearse resume ${sanitizeInline(card.id)}`);
  return lines.join('\n');
}
