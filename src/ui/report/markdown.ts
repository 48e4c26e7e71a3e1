// The Markdown report: the HTML report's content as plain Markdown for notes, wikis and pull
// requests. Answers sit in fenced blocks (exact text, nothing interpreted); every other piece of
// session text goes through mdInline. Pure.
import { describeTally, tallyCoverage } from '../../core/compare/coverage.js';
import { attemptSummary } from '../../core/review/attempt-summary.js';
import { deliveryFacts } from '../../core/review/delivery-facts.js';
import type { QuestionReview, SessionReview } from '../../core/review/review.js';
import {
  clock,
  emptyAnswerText,
  HEURISTICS_NOTE,
  plural,
  rating,
  STAR_LABELS,
  summaryFacts,
  timingSummary,
  when,
} from './format.js';
import type { Span } from './highlight.js';
import { mdFenced, mdInline } from './markdown-escape.js';

/** Fenced blocks cannot carry highlights, so the highlighted words are listed instead. */
function highlightedWords(text: string, spans: readonly Span[]): string[] {
  return [...new Set(spans.map(([s, e]) => text.slice(s, e).toLowerCase()))];
}

function textSection(
  title: string,
  text: string | undefined,
  spans: readonly Span[],
  empty: string,
): string[] {
  if (!text || text.trim() === '') return [`### ${title}`, '', `_${empty}_`, ''];
  const found = highlightedWords(text, spans);
  return [
    `### ${title}`,
    '',
    mdFenced(text),
    '',
    ...(found.length ? [`Key-point words found: ${found.map(mdInline).join(', ')}`, ''] : []),
  ];
}

function keyPoints(q: QuestionReview): string[] {
  if (q.insights.coverage.length === 0) return [];
  return [
    `### Key points (${describeTally(tallyCoverage(q.insights.coverage))})`,
    '',
    ...q.insights.coverage.map((c) => {
      const said = c.answerWords.map(mdInline).join(', ');
      const detail =
        c.state === 'covered' && said
          ? ` — you said: ${said}`
          : c.state === 'partly'
            ? ` — partly: you said ${said}; not found: ${c.missingWords.map(mdInline).join(', ')}`
            : '';
      return `- [${c.covered ? 'x' : ' '}] ${mdInline(c.point)}${detail}`;
    }),
    '',
  ];
}

function timing(q: QuestionReview): string[] {
  const t = q.timing;
  const cell = (s: number | null | undefined, none: string) =>
    s === undefined || s === null ? none : clock(s);
  return [
    '### Time',
    '',
    '| Prep | Answer | Limit | Over time | Timed out |',
    '| ---: | ---: | ---: | ---: | :---: |',
    `| ${cell(t.prepSeconds, '–')} | ${cell(t.answerSeconds, '–')} | ${cell(t.limitSeconds, 'none')} | ${clock(t.overtimeSeconds)} | ${t.timedOut ? 'yes' : 'no'} |`,
    '',
    `Answer time: ${timingSummary(t)}.`,
    '',
  ];
}

function counted(words: readonly { word: string; count: number }[]): string {
  if (words.length === 0) return 'none';
  return words.map((w) => `${mdInline(w.word)}${w.count > 1 ? ` ×${w.count}` : ''}`).join(', ');
}

function insights(q: QuestionReview): string[] {
  const i = q.insights;
  const r = rating(q.selfRating);
  const star = i.star
    ? [
        '### STAR parts',
        '',
        ...i.star.map(
          (p) =>
            `- [${p.found ? 'x' : ' '}] ${STAR_LABELS[p.part]}${p.found ? (p.cues.length ? ` (${p.cues.map((c) => `“${mdInline(c)}”`).join(', ')})` : '') : ': not found'}`,
        ),
        '',
      ]
    : [];
  return [
    '### Self-rating',
    '',
    r ? `${r.stars} ${r.label}` : '_not rated_',
    '',
    '### Words',
    '',
    `- Your words vs example words: ${i.words} vs ${i.exampleWords}`,
    ...(i.wordsPerMinute === undefined ? [] : [`- Words per minute: ${i.wordsPerMinute}`]),
    ...(i.topWords.length ? [`- Most used: ${counted(i.topWords)}`] : []),
    ...(q.exampleAnswer ? [`- Terms you did not use: ${counted(i.missingTerms)}`] : []),
    '',
    '### Delivery',
    '',
    ...deliveryFacts(i.delivery, q.hints).flatMap((f) => [
      `- ${f.label}: ${mdInline(f.value)}`,
      ...f.notes.map((n) => `  - ${mdInline(n)}`),
    ]),
    '',
    ...star,
  ];
}

function question(q: QuestionReview, index: number): string[] {
  const facts = [
    `id ${q.id}`,
    q.kind,
    q.difficulty,
    q.status,
    q.mode === 'aloud' ? 'answered aloud' : undefined,
    ...q.tags.map((t) => `#${t}`),
  ];
  return [
    `## ${index + 1}. ${mdInline(q.prompt)}`,
    '',
    facts
      .filter((f): f is string => Boolean(f))
      .map(mdInline)
      .join(' · '),
    '',
    ...textSection(
      `Your answer (${plural(q.insights.words, 'word')})`,
      q.answer,
      q.highlights.answer,
      emptyAnswerText(q),
    ),
    ...(q.note ? ['### Your note', '', mdFenced(q.note), ''] : []),
    ...textSection(
      `Example answer (${plural(q.insights.exampleWords, 'word')})`,
      q.exampleAnswer,
      q.highlights.example,
      'No example answer in the question file.',
    ),
    ...keyPoints(q),
    ...timing(q),
    ...insights(q),
    ...attempts(q),
  ];
}

/** Earlier tries at the question ("try again"), oldest first. */
function attempts(q: QuestionReview): string[] {
  if (!q.attempts?.length) return [];
  return [
    `### Earlier attempts (${q.attempts.length}), before the answer above`,
    '',
    ...q.attempts.flatMap((a, n) => {
      const text = a.answer.trim()
        ? [mdFenced(a.answer)]
        : [`_${a.note ? `(spoken) ${mdInline(a.note)}` : 'No answer.'}_`];
      return [`${n + 1}. ${attemptSummary(a)}`, '', ...text, ''];
    }),
  ];
}

function whenText(text: string | undefined): string {
  return text ? mdInline(when(text).text) : 'not ended';
}

export function renderMarkdownReport(review: SessionReview): string {
  const s = review.session;
  const lines = [
    '# Rehearsal report',
    '',
    `Session ${mdInline(s.id)}`,
    '',
    '| Session | |',
    '| --- | --- |',
    `| Started | ${whenText(s.startedAt)} |`,
    `| Ended | ${whenText(s.endedAt)} |`,
    `| Status | ${mdInline(s.status)} |`,
    `| Question files | ${s.sources.map((src) => mdInline(src.path)).join(', ') || 'none recorded'} |`,
    `| Recorded by | ${mdInline(s.tool)} |`,
    '',
    `**Summary:** ${summaryFacts(review)
      .map(([label, value]) => `${label.toLowerCase()} ${value}`)
      .join(' · ')}`,
    '',
    `> **Heuristics, not a grade.** ${HEURISTICS_NOTE}`,
    '',
    ...(review.questions.length
      ? review.questions.flatMap(question)
      : ['_This session has no questions._', '']),
  ];
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
