// The HTML report: one self-contained document with inline CSS and no JavaScript. A strict CSP
// forbids scripts, network requests and external images even if escaping ever failed, so a
// report can be opened, mailed and archived without running anything. Pure.
import type { SessionReview } from '../../core/review/review.js';
import { type Html, html, trusted } from './escape.js';
import { HEURISTICS_NOTE, summaryFacts, when } from './format.js';
import { questionHtml } from './html-question.js';
import { REPORT_CSS } from './styles.js';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface HtmlReportOptions {
  /** When the report was made (ISO 8601); left out of the page when absent. */
  generatedAt?: string;
}

function time(text: string): Html {
  const t = when(text);
  // The datetime attribute comes from Date#toISOString, never from the file's text.
  return t.iso ? html`<time datetime="${t.iso}">${t.text}</time>` : html`${t.text}`;
}

function sessionFacts(review: SessionReview): Html {
  const s = review.session;
  const sources = s.sources.length
    ? html`<dd>${s.sources.map((src, i) => html`${i ? html`<br>` : ''}<code>${src.path}</code>`)}</dd>`
    : html`<dd class="muted">none recorded</dd>`;
  return html`<dl class="facts">
<dt>Started</dt><dd>${time(s.startedAt)}</dd>
<dt>Ended</dt><dd>${s.endedAt ? time(s.endedAt) : html`<span class="muted">not ended</span>`}</dd>
<dt>Status</dt><dd>${s.status}</dd>
<dt>Question files</dt>${sources}
<dt>Recorded by</dt><dd>${s.tool}</dd>
</dl>`;
}

function summary(review: SessionReview): Html {
  return html`<ul class="summary" aria-label="Summary">${summaryFacts(review).map(
    ([label, value]) =>
      html`<li><span class="label">${label}</span><span class="value">${value}</span></li>`,
  )}</ul>`;
}

function contents(review: SessionReview): Html {
  if (review.questions.length < 2) return html``;
  return html`<nav aria-label="Questions"><ol class="toc">${review.questions.map(
    (q, i) => html`<li><a href="#q-${i + 1}">${q.prompt}</a></li>`,
  )}</ol></nav>`;
}

export function renderHtmlReport(review: SessionReview, options: HtmlReportOptions = {}): string {
  const questions = review.questions.length
    ? review.questions.map(questionHtml)
    : html`<p class="empty">This session has no questions.</p>`;
  const generated = options.generatedAt
    ? html`<footer><p>Report generated ${time(options.generatedAt)} by rehearse.</p></footer>`
    : '';
  return htmlPage(
    html`Rehearsal report · ${review.session.id}`,
    html`<header class="session">
<h1>Rehearsal report</h1>
<p class="subtitle">Session <code>${review.session.id}</code></p>
${sessionFacts(review)}
${summary(review)}
<p class="note" role="note"><strong>Heuristics, not a grade.</strong> ${HEURISTICS_NOTE} Highlighted words are key-point words found in each text.</p>
${contents(review)}
</header>
<main>
${questions}
</main>
${generated}`,
  );
}

/** The page around a report (session or scorecard): strict CSP, inline CSS, no scripts. */
export function htmlPage(title: Html, body: Html): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body>
<div class="page">
${body}
</div>
</body>
</html>
`.value;
}
