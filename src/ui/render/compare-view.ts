// The comparison shown after an answer: the candidate's answer beside the example answer (side by
// side when the terminal is wide enough, stacked otherwise) and which key points it seems to cover.
import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import type { KeyPointCoverage } from '../../core/compare/coverage.js';
import { countWords } from '../../core/compare/words.js';
import { sanitizeForTerminal } from '../sanitize.js';

/** Below this many columns the two answers are stacked. */
export const SIDE_BY_SIDE_MIN = 100;

export interface CompareInput {
  answer: string | undefined;
  note?: string;
  exampleAnswer: string | undefined;
  coverage: readonly KeyPointCoverage[];
  keyPoints: readonly string[];
}

/** Wraps untrusted text: sanitised first, so only our own styling ever reaches the terminal. */
function wrap(text: string, width: number): string[] {
  return wrapStyled(sanitizeForTerminal(text.trimEnd()), width);
}

function wrapStyled(text: string, width: number): string[] {
  return wrapAnsi(text, width, { hard: true, trim: false }).split('\n');
}

function pad(line: string, width: number): string {
  return line + ' '.repeat(Math.max(0, width - stringWidth(line)));
}

export function renderComparison(input: CompareInput, width: number, c: ChalkInstance): string {
  const yours = input.answer?.trim()
    ? input.answer
    : input.note
      ? `(spoken) ${input.note}`
      : '(no answer)';
  const example = input.exampleAnswer ?? '(this question has no example answer)';
  const yourTitle = `Your answer (${countWords(input.answer ?? '')} words)`;
  const exampleTitle = `Example answer (${countWords(input.exampleAnswer ?? '')} words)`;
  const out: string[] = [];
  if (width >= SIDE_BY_SIDE_MIN) {
    const col = Math.floor((width - 3) / 2);
    const left = [c.bold(yourTitle), ...wrap(yours, col)];
    const right = [c.bold(exampleTitle), ...wrap(example, col)];
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      out.push(`${pad(left[i] ?? '', col)} ${c.dim('│')} ${right[i] ?? ''}`.trimEnd());
    }
  } else {
    out.push(
      c.bold(yourTitle),
      ...wrap(yours, width),
      '',
      c.bold(exampleTitle),
      ...wrap(example, width),
    );
  }
  if (input.keyPoints.length) {
    out.push('', c.bold('Key points'));
    if (input.coverage.length === 0) {
      for (const point of input.keyPoints)
        out.push(`  ${c.dim('·')} ${sanitizeForTerminal(point)}`);
    } else {
      for (const k of input.coverage) {
        const mark = k.covered ? c.green('✓') : c.red('✗');
        const detail = k.covered
          ? ''
          : c.dim(k.matched.length ? ` (found: ${k.matched.join(', ')})` : '');
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
