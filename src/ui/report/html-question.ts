// One question of the HTML report: the two answers side by side with covered key-point words
// marked, then key points, time, self-rating, word insights and STAR parts.
import { describeTally, tallyCoverage } from '../../core/compare/coverage.js';
import { attemptSummary } from '../../core/review/attempt-summary.js';
import { deliveryFacts } from '../../core/review/delivery-facts.js';
import type { QuestionReview } from '../../core/review/review.js';
import { type Html, html } from './escape.js';
import {
  clock,
  emptyAnswerText,
  plural,
  rating,
  STAR_LABELS,
  timingBar,
  timingParts,
  timingSummary,
} from './format.js';
import { type Span, splitAtSpans } from './highlight.js';

/** Splits on the raw text first, then escapes each piece: offsets refer to the raw text. */
export function highlighted(text: string, spans: readonly Span[]): Html {
  return html`${splitAtSpans(text, spans).map((p) => (p.marked ? html`<mark>${p.text}</mark>` : html`${p.text}`))}`;
}

function textBlock(text: string | undefined, spans: readonly Span[], empty: string): Html {
  if (!text || text.trim() === '') return html`<p class="empty">${empty}</p>`;
  return html`<div class="text">${highlighted(text, spans)}</div>`;
}

function answers(q: QuestionReview): Html {
  const yours = textBlock(q.answer, q.highlights.answer, emptyAnswerText(q));
  const note = q.note
    ? html`<h3 class="note-title">Your note</h3><div class="text">${q.note}</div>`
    : '';
  const spoken = q.mode === 'aloud' ? html` <span class="muted">(answered aloud)</span>` : '';
  return html`<div class="answers">
<section class="answer yours"><h3>Your answer · ${plural(q.insights.words, 'word')}${spoken}</h3>
${yours}${note}</section>
<section class="answer example"><h3>Example answer · ${plural(q.insights.exampleWords, 'word')}</h3>
${textBlock(q.exampleAnswer, q.highlights.example, 'No example answer in the question file.')}</section>
</div>`;
}

const POINT_LOOK = {
  covered: { className: 'covered', sym: '✓', label: 'Covered' },
  partly: { className: 'partly', sym: '◐', label: 'Partly covered' },
  missing: { className: 'missed', sym: '✗', label: 'Missed' },
} as const;

function keyPoints(q: QuestionReview): Html {
  if (q.insights.coverage.length === 0) return html``;
  const items = q.insights.coverage.map((c) => {
    const look = POINT_LOOK[c.state];
    const said = c.answerWords.length
      ? html` <span class="muted">(you said: ${c.answerWords.join(', ')}${c.state === 'partly' ? html`; not found: ${c.missingWords.join(', ')}` : ''})</span>`
      : '';
    return html`<li class="${look.className}"><span class="sym" aria-hidden="true">${look.sym}</span><span><span class="visually-hidden">${look.label}: </span>${highlighted(c.point, c.pointSpans)}${c.state === 'missing' ? '' : said}</span></li>`;
  });
  return html`<section class="key-points"><h3>Key points · ${describeTally(tallyCoverage(q.insights.coverage))}</h3>
<ul class="points">${items}</ul></section>`;
}

function timing(q: QuestionReview): Html {
  const bar = timingBar(q.timing);
  const t = q.timing;
  // Widths are numbers computed here, never session text.
  const drawn = bar
    ? html`<div class="bar" role="img" aria-label="${`Answer time ${timingSummary(t)}`}"><span class="in-time" style="width:${bar.inTimePercent}%"></span>${bar.overtimePercent > 0 ? html`<span class="overtime" style="width:${bar.overtimePercent}%"></span>` : ''}<span class="limit" style="left:${bar.limitPercent}%"></span></div>`
    : '';
  const { main, over } = timingParts(t);
  const text = html`${main}${over ? html`, <span class="over-text">${over}</span>` : ''}`;
  const prep =
    t.prepSeconds === undefined ? '' : html`<p class="muted">Prep ${clock(t.prepSeconds)}</p>`;
  return html`<section class="timing"><h3>Answer time</h3>${drawn}<p class="time-text">${text}</p>${prep}</section>`;
}

function selfRating(q: QuestionReview): Html {
  const r = rating(q.selfRating);
  const body = r
    ? html`<p><span class="stars" aria-hidden="true">${r.stars}</span> <span class="rating-label">${r.label}</span></p>`
    : html`<p class="empty rating-label">not rated</p>`;
  return html`<section class="rating"><h3>Self-rating</h3>${body}</section>`;
}

function chips(words: readonly { word: string; count: number }[]): Html {
  if (words.length === 0) return html`<span class="muted">none</span>`;
  return html`<ul class="chips">${words.map((w) => html`<li>${w.word}${w.count > 1 ? html` <span class="n">×${w.count}</span>` : ''}</li>`)}</ul>`;
}

function words(q: QuestionReview): Html {
  const i = q.insights;
  const wpm =
    i.wordsPerMinute === undefined
      ? ''
      : html`<dt>Words per minute</dt><dd>${i.wordsPerMinute}</dd>`;
  const missing = q.exampleAnswer
    ? html`<dt>Terms you did not use</dt><dd>${chips(i.missingTerms)}</dd>`
    : '';
  const most = i.topWords.length ? html`<dt>Most used</dt><dd>${chips(i.topWords)}</dd>` : '';
  return html`<section class="words"><h3>Words</h3><dl>
<dt>Your words vs example words</dt><dd>${i.words} vs ${i.exampleWords}</dd>${wpm}
${most}${missing}</dl></section>${delivery(q)}`;
}

function delivery(q: QuestionReview): Html {
  const facts = deliveryFacts(q.insights.delivery, q.hints).map(
    (f) =>
      html`<dt>${f.label}</dt><dd>${f.value}${f.notes.length ? html`<ul class="notes">${f.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}</dd>`,
  );
  return html`<section class="delivery"><h3>Delivery</h3><dl>${facts}</dl></section>`;
}

function star(q: QuestionReview): Html {
  if (!q.insights.star) return html``;
  const items = q.insights.star.map(
    (p) =>
      html`<li class="${p.found ? 'found' : 'absent'}"><span class="sym" aria-hidden="true">${p.found ? '✓' : '✗'}</span><span><strong>${STAR_LABELS[p.part]}</strong>${p.found ? (p.cues.length ? html` <span class="muted">(${p.cues.map((c) => `“${c}”`).join(', ')})</span>` : html``) : html` <span class="muted">not found</span>`}</span></li>`,
  );
  return html`<section class="star-parts"><h3>STAR parts</h3><ul class="star">${items}</ul></section>`;
}

function tags(q: QuestionReview): Html {
  const facts = [`id ${q.id}`, q.kind, q.difficulty, q.status, ...q.tags.map((t) => `#${t}`)];
  return html`<ul class="tags">${facts.filter((f) => f).map((f) => html`<li>${f}</li>`)}</ul>`;
}

/** Earlier tries at the question ("try again"), oldest first. */
function attempts(q: QuestionReview): Html {
  if (!q.attempts?.length) return html``;
  const items = q.attempts.map((a) => {
    const text = a.answer.trim()
      ? html`<div class="text">${a.answer}</div>`
      : html`<p class="empty">${a.note ? `(spoken) ${a.note}` : 'No answer.'}</p>`;
    return html`<li><p class="muted">${attemptSummary(a)}</p>${text}</li>`;
  });
  return html`<section class="attempts"><h3>Earlier attempts · ${q.attempts.length}, before the answer above</h3>
<ol class="attempt-list">${items}</ol></section>`;
}

export function questionHtml(q: QuestionReview, index: number): Html {
  const n = index + 1;
  return html`<article class="question" id="q-${n}" aria-labelledby="q-${n}-title">
<header><h2 id="q-${n}-title"><span class="num">${n}</span><span class="prompt">${q.prompt}</span></h2>${tags(q)}</header>
${answers(q)}
<div class="details"><div class="column">${keyPoints(q)}${star(q)}</div><div class="column">${timing(q)}${selfRating(q)}</div><div class="column">${words(q)}</div></div>
${attempts(q)}</article>`;
}
