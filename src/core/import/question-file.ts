// Imported documents into the data of one question file: ids slugged from the prompts (unique
// and the same for the same input), the title kept, optional fields only when known.
import { FORMAT_VERSION } from '../questions/schema.js';
import { idFor, slugify } from './slug.js';
import { cleanText, type ImportedDocument } from './types.js';

export interface ImportOptions {
  /** Overrides the documents' own title. */
  title?: string;
  /** Added to every question. */
  tags?: readonly string[];
  /** Used when neither the option nor the document gives a title, e.g. the file name. */
  fallbackTitle: string;
}

export interface BuiltFile {
  data: Record<string, unknown>;
  /** Ids of the questions that have no key points (the writer comments on them). */
  withoutKeyPoints: string[];
}

/** "sre-interview_questions.txt" → "Sre interview questions". */
export function titleFromFileName(name: string): string {
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .replace(/[-_.]+/g, ' ')
    .trim();
  return base ? base[0]?.toUpperCase() + base.slice(1) : 'Imported questions';
}

export function buildQuestionFile(
  docs: readonly ImportedDocument[],
  options: ImportOptions,
): BuiltFile {
  const taken = new Set<string>();
  const extraTags = (options.tags ?? []).map(slugify).filter(Boolean);
  const withoutKeyPoints: string[] = [];
  const questions = docs
    .flatMap((d) => d.questions)
    .map((q, n) => {
      const id = idFor(q.prompt, taken, `question-${n + 1}`);
      const tags = [...new Set([...(q.tags ?? []), ...extraTags])];
      if (!q.key_points?.length) withoutKeyPoints.push(id);
      return {
        id,
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.difficulty ? { difficulty: q.difficulty } : {}),
        ...(tags.length ? { tags } : {}),
        ...(q.prep_time ? { prep_time: q.prep_time } : {}),
        ...(q.answer_time ? { answer_time: q.answer_time } : {}),
        prompt: q.prompt,
        ...(q.example_answer ? { example_answer: q.example_answer } : {}),
        ...(q.key_points?.length ? { key_points: q.key_points } : {}),
      };
    });
  const title =
    cleanText(options.title ?? '') ||
    docs.find((d) => d.title)?.title ||
    cleanText(options.fallbackTitle) ||
    'Imported questions';
  const description = docs.length === 1 ? docs[0]?.description : undefined;
  return {
    data: {
      version: FORMAT_VERSION,
      title,
      ...(description ? { description } : {}),
      questions,
    },
    withoutKeyPoints,
  };
}
