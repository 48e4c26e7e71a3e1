// The comparison shown after an answer: the candidate's answer beside the example answer (side by
// side when the terminal is wide enough, stacked otherwise) and which key points it seems to cover.
import type { ChalkInstance } from 'chalk';
import type { KeyPointCoverage } from '../../core/compare/coverage.js';
import { countWords } from '../../core/compare/words.js';
import { type KeyPoint, keyPointText } from '../../core/questions/key-points.js';
import { sanitizeForTerminal } from '../sanitize.js';
import { sideBySide, wrapStyled } from './layout.js';

export interface CompareInput {
  answer: string | undefined;
  note?: string;
  exampleAnswer: string | undefined;
  coverage: readonly KeyPointCoverage[];
  keyPoints: readonly KeyPoint[];
}

export function renderComparison(input: CompareInput, width: number, c: ChalkInstance): string {
  const yours = input.answer?.trim()
    ? input.answer
    : input.note
      ? `(spoken) ${input.note}`
      : '(no answer)';
  const example = input.exampleAnswer ?? '(this question has no example answer)';
  const out = sideBySide(
    [
      c.bold(`Your answer (${countWords(input.answer ?? '')} words)`),
      sanitizeForTerminal(yours.trimEnd()),
    ],
    [
      c.bold(`Example answer (${countWords(input.exampleAnswer ?? '')} words)`),
      sanitizeForTerminal(example.trimEnd()),
    ],
    width,
    c,
  );
  if (input.keyPoints.length) {
    out.push('', c.bold('Key points'));
    if (input.coverage.length === 0) {
      for (const point of input.keyPoints)
        out.push(
          ...wrapStyled(`  ${c.dim('·')} ${sanitizeForTerminal(keyPointText(point))}`, width),
        );
    } else {
      for (const k of input.coverage) {
        const mark = k.covered ? c.green('✓') : c.red('✗');
        const detail =
          k.covered || !k.missingWords.length
            ? ''
            : c.dim(` (missing: ${k.missingWords.join(', ')})`);
        const lines = wrapStyled(`  ${mark} ${sanitizeForTerminal(k.point)}${detail}`, width);
        out.push(...lines.map((l, i) => (i === 0 ? l : `    ${l}`)));
      }
      const covered = input.coverage.filter((k) => k.covered).length;
      out.push(
        c.dim(
          `  ${covered} of ${input.coverage.length} key points seem covered (a word-match heuristic, not a grade)`,
        ),
      );
    }
  }
  return out.join('\n');
}
