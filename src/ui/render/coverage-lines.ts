// Key-point coverage as terminal lines: covered (✓), partly covered (◐) or missing (✗), with the
// answer's words that matched and the point's words not found. Shared by the reveal and review.
import type { ChalkInstance } from 'chalk';
import type { KeyPointCoverage } from '../../core/compare/coverage.js';
import { sanitizeForTerminal, sanitizeInline } from '../sanitize.js';
import { wrapStyled } from './layout.js';

export const COVERAGE_MARKS = { covered: '✓', partly: '◐', missing: '✗' } as const;

function detail(k: KeyPointCoverage): string {
  const said = k.answerWords.map(sanitizeInline).join(', ');
  const lacking = k.missingWords.map(sanitizeInline).join(', ');
  if (k.state === 'covered') return said ? `you said: ${said}` : '';
  if (k.state === 'partly') return `you said: ${said}; not found: ${lacking}`;
  return '';
}

export function coverageLines(
  coverage: readonly KeyPointCoverage[],
  width: number,
  c: ChalkInstance,
): string[] {
  const colour = { covered: c.green, partly: c.yellow, missing: c.red } as const;
  return coverage.flatMap((k) => {
    const more = detail(k);
    const text = `  ${colour[k.state](COVERAGE_MARKS[k.state])} ${sanitizeForTerminal(k.point)}${more ? c.dim(`  (${more})`) : ''}`;
    return wrapStyled(text, width).map((l, i) => (i === 0 ? l : `    ${l}`));
  });
}
