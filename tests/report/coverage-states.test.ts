// Covered, partly covered and missing key points, with the words that matched, in every view.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { reviewSession } from '../../src/core/review/review.js';
import { renderReview } from '../../src/ui/render/review-view.js';
import { renderHtmlReport } from '../../src/ui/report/html.js';
import { renderMarkdownReport } from '../../src/ui/report/markdown.js';
import { sessionWith } from './fixtures.js';

const base = sessionWith('answer', 'We publish a software bill of materials and rotate keys.');
const session = {
  ...base,
  questions: base.questions.map((q) => ({
    ...q,
    key_points: [
      'SBOM published',
      'key rotation, revocation and escrow',
      { point: 'secure boot', also: ['verified boot'] },
    ],
  })),
};
const review = reviewSession(session);

describe('coverage states in every view', () => {
  it('review --json gives each point a state, a score and the words that matched', () => {
    const coverage = review.questions[0]?.insights.coverage ?? [];
    expect(coverage.map((c) => [c.point, c.state, c.answerWords])).toEqual([
      ['SBOM published', 'covered', ['publish', 'software bill of materials']],
      ['key rotation, revocation and escrow', 'partly', ['rotate', 'keys']],
      ['secure boot', 'missing', []],
    ]);
    expect(coverage[1]).toMatchObject({ score: 0.5, missingWords: ['revocation', 'escrow'] });
  });

  it('the terminal review marks ✓ ◐ ✗ and says what was said and what was not found', () => {
    const text = renderReview(review, 100, new Chalk({ level: 0 }));
    expect(text).toContain('Key points (1 of 3 key points seem covered, 1 partly)');
    expect(text).toContain('✓ SBOM published  (you said: publish, software bill of materials)');
    expect(text).toContain(
      '◐ key rotation, revocation and escrow  (you said: rotate, keys; not found: revocation, escrow)',
    );
    expect(text).toContain('✗ secure boot');
  });

  it('the HTML report shows the three states, named for screen readers', () => {
    const html = renderHtmlReport(review);
    expect(html).toContain('1 of 3 key points seem covered, 1 partly');
    expect(html).toMatch(
      /<li class="partly"><span class="sym" aria-hidden="true">◐<\/span><span><span class="visually-hidden">Partly covered: <\/span>/,
    );
    expect(html).toContain('not found: revocation, escrow');
  });

  it('the Markdown report names partly covered points and their missing words', () => {
    const md = renderMarkdownReport(review);
    expect(md).toContain('### Key points (1 of 3 key points seem covered, 1 partly)');
    expect(md).toContain(
      '- [ ] key rotation, revocation and escrow — partly: you said rotate, keys; not found: revocation, escrow',
    );
  });
});

describe('delivery feedback in every view', () => {
  const answer =
    'At my previous job I think we <b>maybe</b> slipped. We fixed it. As a result we shipped.';
  const base = sessionWith('answer', answer);
  const behavioral = reviewSession({
    ...base,
    questions: base.questions.map((q) => ({ ...q, kind: 'behavioral' })),
  });

  it('the terminal review shows hedges with their sentence, STAR balance and I/we', () => {
    const text = renderReview(behavioral, 120, new Chalk({ level: 0 }));
    expect(text).toContain('Hedges       2 hedges, 10.5 per 100 words');
    expect(text).toContain(
      '“At my previous job I think we <b>maybe</b> slipped.” (i think, maybe)',
    );
    expect(text).toContain('The Result is one sentence');
    expect(text).toContain('I or we      “I” 0 · “we” 1 in the action part');
    expect(text).toContain(
      'STAR parts   ✓ situation (“at my previous”)  ✗ task  ✓ action (“we fixed”)',
    );
  });

  it.each([40, 60, 80])('the terminal review fits %i columns, header lines included', (width) => {
    const long = reviewSession({
      ...base,
      questions: base.questions.map((q) => ({
        ...q,
        kind: 'behavioral',
        tags: [
          'vulnerability-management',
          'risk-assessment',
          'threat-modelling',
          'medical-devices',
        ],
      })),
    });
    const lines = renderReview(long, width, new Chalk({ level: 0 })).split('\n');
    expect(lines.filter((l) => [...l].length > width)).toEqual([]);
  });

  it('the HTML report escapes the sentences it quotes', () => {
    const html = renderHtmlReport(behavioral);
    expect(html).toContain('<h3>Delivery</h3>');
    expect(html).toContain('I think we &lt;b&gt;maybe&lt;/b&gt; slipped.');
    expect(html).not.toContain('<b>maybe</b>');
  });

  it('the Markdown report lists the delivery facts', () => {
    const md = renderMarkdownReport(behavioral);
    expect(md).toContain('### Delivery');
    expect(md).toContain('- Hedges: 2 hedges, 10.5 per 100 words');
    expect(md).toContain('- STAR balance: Situation');
  });
});
