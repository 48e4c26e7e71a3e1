// The interview scorecard as a self-contained HTML page and as Markdown: the recommendation and
// summary, the average score per criterion, then each question with the interviewer's notes,
// ticked key points, time used against its budget, and every score with its justification.
// Everything from the scorecard is escaped (the `html` template, mdInline and mdFenced). Pure.
import { criterionAverages, type Scorecard } from '../../core/interview/scorecard.js';
import { type Html, html } from './escape.js';
import { clock, when } from './format.js';
import { htmlPage } from './html.js';
import { mdFenced, mdInline } from './markdown-escape.js';

const recommendationText = (r: Scorecard['recommendation']) =>
  r ? r.replace('-', ' ') : 'not given';

function questionSection(card: Scorecard, q: Scorecard['questions'][number], i: number): Html {
  const scores = card.scores.filter(
    (s) =>
      s.after === q.id ||
      (s.after === q.section &&
        card.questions.filter((x) => x.section === q.section).at(-1)?.id === q.id),
  );
  return html`<section class="question" id="q-${i + 1}">
<h2><span class="number">${i + 1}</span> ${q.prompt}</h2>
<p class="chips"><span class="chip">id ${q.id}</span> <span class="chip">${q.section}</span> <span class="chip">${q.status}</span> <span class="chip">${clock(q.seconds)} of ${clock(q.budget_seconds)}</span></p>
<div class="answers"><div class="answer yours"><h3>Interviewer notes</h3><div class="text">${q.notes.trim() ? q.notes : html`<span class="muted">no notes</span>`}</div></div>
<div class="answer example"><h3>Key points heard</h3><ul class="keypoints">${q.key_points.map((k) => html`<li class="${k.ticked ? 'covered' : 'missed'}">${k.ticked ? '✓' : '✗'} ${k.point}</li>`)}</ul>
${q.follow_up_notes.length ? html`<h3>Follow-ups asked</h3><ul>${q.follow_up_notes.map((f) => html`<li>${f}</li>`)}</ul>` : ''}</div></div>
${scores.length ? html`<h3>Scores given here</h3><ul>${scores.map((s) => html`<li><strong>${s.criterion}</strong>: ${s.score} (${s.label})${s.justification ? html` — ${s.justification}` : ''}</li>`)}</ul>` : ''}
</section>`;
}

export function renderHtmlScorecard(card: Scorecard): string {
  const started = when(card.started_at);
  return htmlPage(
    html`Interview scorecard · ${card.id}`,
    html`<header class="session">
<h1>Interview scorecard</h1>
<p class="subtitle">${card.script.title}</p>
<dl class="facts">
<dt>Candidate</dt><dd>${card.candidate ?? html`<span class="muted">not named</span>`}</dd>
<dt>Started</dt><dd>${started.text}</dd>
<dt>Status</dt><dd>${card.status}</dd>
<dt>Time</dt><dd>${clock(card.elapsed_seconds)} of ${clock(card.script.duration_seconds)} planned</dd>
<dt>Recommendation</dt><dd><strong>${recommendationText(card.recommendation)}</strong></dd>
</dl>
<ul class="summary" aria-label="Scores">${criterionAverages(card).map((a) => html`<li><span class="label">${a.criterion}</span><span class="value">${a.average}</span></li>`)}</ul>
${card.summary ? html`<h2>Summary</h2><div class="text">${card.summary}</div>` : ''}
</header>
<main>
${card.questions.map((q, i) => questionSection(card, q, i))}
</main>`,
  );
}

export function renderMarkdownScorecard(card: Scorecard): string {
  const out = [
    `# Interview scorecard: ${mdInline(card.script.title)}`,
    '',
    `- Candidate: ${card.candidate ? mdInline(card.candidate) : 'not named'}`,
    `- Started: ${mdInline(when(card.started_at).text)}`,
    `- Status: ${mdInline(card.status)}`,
    `- Time: ${clock(card.elapsed_seconds)} of ${clock(card.script.duration_seconds)} planned`,
    `- Recommendation: **${mdInline(recommendationText(card.recommendation))}**`,
    '',
    '| Criterion | Average | Scores |',
    '| --- | --- | --- |',
    ...criterionAverages(card).map(
      (a) => `| ${mdInline(a.criterion)} | ${a.average} | ${a.count} |`,
    ),
  ];
  if (card.summary) out.push('', '## Summary', '', mdFenced(card.summary));
  card.questions.forEach((q, i) => {
    out.push(
      '',
      `## ${i + 1}. ${mdInline(q.prompt)}`,
      '',
      `${mdInline(q.id)} · ${mdInline(q.section)} · ${mdInline(q.status)} · ${clock(q.seconds)} of ${clock(q.budget_seconds)}`,
    );
    if (q.notes.trim()) out.push('', mdFenced(q.notes));
    for (const k of q.key_points) out.push(`- [${k.ticked ? 'x' : ' '}] ${mdInline(k.point)}`);
    for (const f of q.follow_up_notes) out.push(`- Follow-up asked: ${mdInline(f)}`);
  });
  if (card.scores.length) {
    out.push('', '## Scores', '');
    for (const s of card.scores)
      out.push(
        `- ${mdInline(s.criterion)} after ${mdInline(s.after)}: ${s.score} (${mdInline(s.label)})${s.justification ? ` — ${mdInline(s.justification)}` : ''}`,
      );
  }
  return `${out.join('\n')}\n`;
}
