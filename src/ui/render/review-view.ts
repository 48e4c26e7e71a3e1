// The terminal rendering of a session review: both answers (highlighted covered words), timing,
// rating and insights. Pure: data and a chalk instance in, text out.
import type { ChalkInstance } from 'chalk';
import { describeTally, tallyCoverage } from '../../core/compare/coverage.js';
import { formatClock } from '../../core/duration.js';
import { attemptSummary } from '../../core/review/attempt-summary.js';
import { deliveryFacts } from '../../core/review/delivery-facts.js';
import type { QuestionReview, SessionReview, Span } from '../../core/review/review.js';
import { plural } from '../../core/text/plural.js';
import { sanitizeForTerminal, sanitizeInline } from '../sanitize.js';
import { coverageLines } from './coverage-lines.js';
import { sideBySide, wrapStyled as wrap } from './layout.js';

/** Splits raw text at spans before sanitising each piece, so offsets stay true. */
export function highlight(
  text: string,
  spans: readonly Span[],
  style: (s: string) => string,
): string {
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out +=
      sanitizeForTerminal(text.slice(at, start)) +
      style(sanitizeForTerminal(text.slice(start, end)));
    at = end;
  }
  return out + sanitizeForTerminal(text.slice(at));
}

function bar(used: number, limit: number, width: number, c: ChalkInstance): string {
  const cells = Math.max(10, Math.min(30, width - 40));
  const filled = Math.min(cells, Math.round((used / limit) * cells));
  const over = used > limit ? c.red(' +'.concat(formatClock(used - limit))) : '';
  return `${c.green('█'.repeat(filled))}${c.dim('░'.repeat(cells - filled))}${over}`;
}

function renderQuestionReview(
  q: QuestionReview,
  n: string,
  width: number,
  c: ChalkInstance,
): string {
  const mark = c.bgYellow.black;
  const meta = [q.kind, q.difficulty, ...q.tags]
    .filter(Boolean)
    .map((m) => sanitizeInline(String(m)));
  const out = wrap(
    `${c.bold(`${n}  ${sanitizeInline(q.id)}`)}${meta.length ? c.dim(`  ·  ${meta.join(' · ')}`) : ''}`,
    width,
  );
  out.push(...wrap(c.cyan(sanitizeForTerminal(q.prompt.trim())), width), '');
  const yours = q.answer.trim()
    ? highlight(q.answer.trimEnd(), q.highlights.answer, mark)
    : c.dim(q.note ? `(spoken) ${sanitizeInline(q.note)}` : '(no answer)');
  const example = q.exampleAnswer
    ? highlight(q.exampleAnswer.trimEnd(), q.highlights.example, mark)
    : c.dim('(no example answer)');
  const yourTitle = c.bold(`Your answer (${plural(q.insights.words, 'word')})`);
  const exampleTitle = c.bold(`Example answer (${plural(q.insights.exampleWords, 'word')})`);
  out.push(...sideBySide([yourTitle, yours], [exampleTitle, example], width, c));
  out.push('');
  const t = q.timing;
  if (t.answerSeconds !== undefined) {
    const used = formatClock(t.answerSeconds);
    out.push(
      t.limitSeconds
        ? `Time     ${used} of ${formatClock(t.limitSeconds)}  ${bar(t.answerSeconds, t.limitSeconds, width, c)}`
        : `Time     ${used} (no limit)`,
    );
  }
  out.push(
    `Rating   ${q.selfRating === undefined ? c.dim('not rated') : `${'★'.repeat(q.selfRating)}${c.dim('☆'.repeat(5 - q.selfRating))} ${q.selfRating}/5`}`,
  );
  const i = q.insights;
  if (i.coverage.length) {
    out.push(...wrap(`Key points (${describeTally(tallyCoverage(i.coverage))})`, width));
    out.push(...coverageLines(i.coverage, width, c));
  }
  if (i.missingTerms.length)
    out.push(
      ...wrap(
        `Terms you did not use: ${i.missingTerms.map((w) => sanitizeInline(w.word)).join(', ')}`,
        width,
      ),
    );
  if (i.topWords.length)
    out.push(
      ...wrap(
        `Your most-used words: ${i.topWords.map((w) => `${sanitizeInline(w.word)} (${w.count})`).join(', ')}`,
        width,
      ),
    );
  out.push(...deliveryLines(q, width, c));
  out.push(...attemptLines(q, width, c));
  return out.join('\n');
}

/** Earlier tries at the question ("try again"), oldest first: rating, time, coverage, text. */
function attemptLines(q: QuestionReview, width: number, c: ChalkInstance): string[] {
  if (!q.attempts?.length) return [];
  return [
    `Earlier attempts (${q.attempts.length}), before the answer above:`,
    ...q.attempts.flatMap((a, n) => {
      const text = a.answer.trim()
        ? sanitizeForTerminal(a.answer.trim())
        : a.note
          ? `(spoken) ${sanitizeInline(a.note)}`
          : '(no answer)';
      return [
        `  ${n + 1}  ${attemptSummary(a)}`,
        ...wrap(text, Math.max(20, width - 5)).map((line) => `     ${c.dim(line)}`),
      ];
    }),
  ];
}

/** Length, hedges, STAR balance (with the parts found) and ownership, each with its call-outs. */
function deliveryLines(q: QuestionReview, width: number, c: ChalkInstance): string[] {
  return deliveryFacts(q.insights.delivery, q.hints).flatMap((f) => [
    ...wrap(`${f.label.padEnd(13)}${sanitizeInline(f.value)}`, width),
    ...f.notes.flatMap((n) =>
      wrap(sanitizeInline(n), Math.max(20, width - 15)).map(
        (line) => `               ${c.dim(line)}`,
      ),
    ),
    ...(f.label === 'STAR balance' ? starPartsLines(q, width, c) : []),
  ]);
}

/** The STAR parts found, with the cues that put sentences in them (one reading with the balance). */
function starPartsLines(q: QuestionReview, width: number, c: ChalkInstance): string[] {
  if (!q.insights.star) return [];
  const parts = q.insights.star.map(
    (p) =>
      `${p.found ? c.green('✓') : c.red('✗')} ${p.part}${p.cues.length ? c.dim(` (“${sanitizeInline(p.cues[0] ?? '')}”)`) : ''}`,
  );
  return wrap(`${'STAR parts'.padEnd(13)}${parts.join('  ')}`, width);
}

export function renderReview(review: SessionReview, width: number, c: ChalkInstance): string {
  const s = review.session;
  const head = [
    ...wrap(
      c.bold(`Session ${s.id}`) +
        c.dim(`  ·  ${s.startedAt.slice(0, 16).replace('T', ' ')}  ·  ${s.status}`),
      width,
    ),
    ...wrap(
      c.dim(
        'Coverage, terms and STAR parts are word-matching heuristics to guide your review, not a grade.',
      ),
      width,
    ),
  ];
  const body = review.questions.map((q, i) =>
    renderQuestionReview(q, `${i + 1}/${review.questions.length}`, width, c),
  );
  return [...head, '', body.join(`\n\n${c.dim('─'.repeat(Math.min(width, 80)))}\n\n`)].join('\n');
}
