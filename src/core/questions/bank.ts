// Questions from many files, checked together and filtered. Pure: files arrive already parsed.
import { hash } from 'node:crypto';
import type { LoadedQuestion } from '../load/parse-file.js';
import type { Problem, Span } from '../problem.js';
import type { Difficulty, Kind } from './schema.js';

/** What the checks across files need of a question; lint keeps only this per file, in memory and
 * in its cache, so the prompt itself is kept as a short fingerprint. */
export interface QuestionRef {
  file: string;
  index: number;
  span: Span;
  id: string;
  /** promptKey() of the prompt. */
  promptKey: string;
}

/** Prompts that differ only in case and spacing are the same question. A hash, not the text:
 * 10,000 prompts would otherwise cost megabytes in lint's cache and memory. */
export const promptKey = (prompt: string): string =>
  hash('sha1', prompt.toLowerCase().replace(/\s+/g, ' ').trim(), 'base64url').slice(0, 16);

export const questionRef = (q: Pick<LoadedQuestion, 'file' | 'index' | 'span' | 'question'>) => ({
  file: q.file,
  index: q.index,
  span: q.span,
  id: q.question.id,
  promptKey: promptKey(q.question.prompt),
});

/** Problems that only show when files are loaded together: ids must be unique across all, and a
 * prompt asked twice is probably a copy. `questions` in file order. */
export function crossFileProblems(questions: Iterable<QuestionRef>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, QuestionRef>();
  const prompts = new Map<string, QuestionRef>();
  for (const loaded of questions) {
    const { id } = loaded;
    const first = ids.get(id);
    if (first) {
      problems.push({
        file: loaded.file,
        rule: 'duplicate-id',
        severity: 'error',
        message: `question id "${id}" is already used at ${first.file}:${first.span.line}:${first.span.column}`,
        ...loaded.span,
        pointer: `/questions/${loaded.index}/id`,
        related: [{ file: first.file, ...first.span, message: 'first used here' }],
      });
    } else ids.set(id, loaded);
    const same = prompts.get(loaded.promptKey);
    if (same) {
      problems.push({
        file: loaded.file,
        rule: 'duplicate-prompt',
        severity: 'warning',
        message: `question "${id}" asks the same as "${same.id}" at ${same.file}:${same.span.line}:${same.span.column}`,
        ...loaded.span,
        pointer: `/questions/${loaded.index}/prompt`,
        related: [{ file: same.file, ...same.span, message: 'same prompt here' }],
      });
    } else prompts.set(loaded.promptKey, loaded);
  }
  return problems;
}

/** Every question of the files, for crossFileProblems. */
export const questionRefs = (files: readonly { questions: readonly LoadedQuestion[] }[]) =>
  files.flatMap((f) => f.questions.map(questionRef));

export interface QuestionFilter {
  tags?: readonly string[];
  difficulties?: readonly Difficulty[];
  kinds?: readonly Kind[];
  ids?: readonly string[];
}

/** Tags match any of those given; difficulty and kind likewise; ids keep the order given. */
export function filterQuestions(
  all: readonly LoadedQuestion[],
  filter: QuestionFilter,
): LoadedQuestion[] {
  const has = <T>(list: readonly T[] | undefined, value: T | undefined) =>
    !list?.length || (value !== undefined && list.includes(value));
  const kept = all.filter(
    ({ question: q }) =>
      (!filter.tags?.length || (q.tags ?? []).some((t) => filter.tags?.includes(t))) &&
      has(filter.difficulties, q.difficulty) &&
      has(filter.kinds, q.kind),
  );
  if (!filter.ids?.length) return kept;
  const byId = new Map(kept.map((q) => [q.question.id, q]));
  return filter.ids.flatMap((id) => byId.get(id) ?? []);
}

export function unknownIds(all: readonly LoadedQuestion[], ids: readonly string[]): string[] {
  const known = new Set(all.map((q) => q.question.id));
  return ids.filter((id) => !known.has(id));
}
