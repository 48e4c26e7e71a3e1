// The comparison shown after an answer: the candidate's answer beside the example answer (side by
// side when the terminal is wide enough, stacked otherwise) and which key points it seems to cover.
import type { ChalkInstance } from 'chalk';
import {
  describeTally,
  type KeyPointCoverage,
  tallyCoverage,
} from '../../core/compare/coverage.js';
import { countWords } from '../../core/compare/words.js';
import { type KeyPoint, keyPointText } from '../../core/questions/key-points.js';
import { plural } from '../../core/text/plural.js';
import { sanitizeForTerminal } from '../sanitize.js';
import { coverageLines } from './coverage-lines.js';
import { sideBySide, wrapStyled } from './layout.js';

export interface CompareInput {
  answer: string | undefined;
  /** What was added after --hints, shown below the answer and counted in its words. */
  hintAddition?: string | undefined;
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
  const added = input.hintAddition?.trim()
    ? `\n\n${c.dim('Added after hints:')}\n${sanitizeForTerminal(input.hintAddition.trimEnd())}`
    : '';
  const out = sideBySide(
    [
      c.bold(`Your answer (${plural(countWords(input.answer ?? ''), 'word')})`),
      sanitizeForTerminal(yours.trimEnd()) + added,
    ],
    [
      c.bold(`Example answer (${plural(countWords(input.exampleAnswer ?? ''), 'word')})`),
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
      out.push(...coverageLines(input.coverage, width, c));
      out.push(
        c.dim(
          `  ${describeTally(tallyCoverage(input.coverage))} (a word-matching hint, not a grade)`,
        ),
      );
    }
  }
  return out.join('\n');
}
