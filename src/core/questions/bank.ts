// Questions from many files, checked together and filtered. Pure: files arrive already parsed.
import type { LoadedQuestion } from '../load/parse-file.js';
import type { Problem, Span } from '../problem.js';
import type { Difficulty, Kind } from './schema.js';

/** What the checks across files need of a question (lint keeps only this per file). */
export interface QuestionRef {
  file: string;
  index: number;
  span: Span;
  question: { id: string; prompt: string };
}

/** Problems that only show when files are loaded together: ids must be unique across all. */
export function crossFileProblems(
  files: readonly { questions: readonly QuestionRef[] }[],
): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, QuestionRef>();
  const prompts = new Map<string, QuestionRef>();
  for (const file of files) {
    for (const loaded of file.questions) {
      const { id, prompt } = loaded.question;
      const pointer = `/questions/${loaded.index}`;
      const first = ids.get(id);
      if (first) {
        problems.push({
          file: loaded.file,
          rule: 'duplicate-id',
          severity: 'error',
          message: `question id "${id}" is already used at ${first.file}:${first.span.line}:${first.span.column}`,
          ...loaded.span,
          pointer: `${pointer}/id`,
          related: [{ file: first.file, ...first.span, message: 'first used here' }],
        });
      } else ids.set(id, loaded);
      const key = promptKey(prompt);
      const same = prompts.get(key);
      if (same) {
        problems.push({
          file: loaded.file,
          rule: 'duplicate-prompt',
          severity: 'warning',
          message: `question "${id}" asks the same as "${same.question.id}" at ${same.file}:${same.span.line}:${same.span.column}`,
          ...loaded.span,
          pointer: `${pointer}/prompt`,
          related: [{ file: same.file, ...same.span, message: 'same prompt here' }],
        });
      } else prompts.set(key, loaded);
    }
  }
  return problems;
}

const promptKey = (prompt: string) => prompt.toLowerCase().replace(/\s+/g, ' ').trim();

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
