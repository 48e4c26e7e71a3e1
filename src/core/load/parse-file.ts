// One question file, from bytes to typed questions or positioned problems. Never throws.
import type { Document, LineCounter } from 'yaml';
import { compareProblems, countBySeverity, type Problem, type Span } from '../problem.js';
import {
  type Question,
  type QuestionFile,
  questionFileJsonSchema,
  SCHEMA_ID,
} from '../questions/schema.js';
import { spanAt } from './locate.js';
import { type FileKind, parseYamlFile } from './yaml-file.js';

export { MAX_FILE_BYTES } from './yaml-file.js';

export interface LoadedQuestion {
  question: Question;
  file: string;
  /** Index within its file's `questions` list. */
  index: number;
  /** Where the question starts, for messages that cite it. */
  span: Span;
  pack: Pick<QuestionFile, 'title' | 'role' | 'defaults'>;
}

export interface ParsedFile {
  file: string;
  problems: Problem[];
  /** Present only when the file has no errors. */
  data?: QuestionFile;
  questions: LoadedQuestion[];
  /** Kept for tools that edit the file in place (lint --fix). */
  text?: string;
  doc?: Document;
  counter?: LineCounter;
}

const QUESTION_FILE: FileKind = {
  name: 'question file',
  schemaId: SCHEMA_ID,
  schema: questionFileJsonSchema,
  required: 'a "title" and "questions"',
};

export function parseQuestionFile(file: string, bytes: Uint8Array): ParsedFile {
  const parsed = parseYamlFile(file, bytes, QUESTION_FILE);
  const { doc, counter } = parsed;
  if (parsed.data === undefined || !doc || !counter)
    return { ...parsed, data: undefined, questions: [] };
  const data = parsed.data as QuestionFile;
  const problems = [...parsed.problems];
  if (Array.isArray((data as { questions?: unknown }).questions)) {
    problems.push(...completenessWarnings(file, data.questions, doc, counter));
    problems.sort(compareProblems);
  }
  if (countBySeverity(problems).errors > 0)
    return { ...parsed, data: undefined, problems, questions: [] };
  const pack = { title: data.title, role: data.role, defaults: data.defaults };
  const questions = data.questions.map((question, index) => ({
    question,
    file,
    index,
    span: spanAt(doc, counter, ['questions', index], 'container'),
    pack,
  }));
  return { ...parsed, problems, data, questions };
}

function completenessWarnings(
  file: string,
  questions: unknown[],
  doc: Document,
  counter: LineCounter,
): Problem[] {
  const problems: Problem[] = [];
  questions.forEach((q, index) => {
    if (!q || typeof q !== 'object' || Array.isArray(q)) return;
    const question = q as Partial<Question>;
    const name =
      typeof question.id === 'string' ? `question "${question.id}"` : `question ${index + 1}`;
    const missingAnswer = question.example_answer === undefined;
    const missingPoints = question.key_points === undefined || question.key_points.length === 0;
    if (!missingAnswer && !missingPoints) return;
    const span = spanAt(doc, counter, ['questions', index], 'container');
    const pointer = `/questions/${index}`;
    if (missingAnswer) {
      problems.push({
        file,
        rule: 'missing-example-answer',
        severity: 'warning',
        message: `${name} has no example_answer to compare against`,
        ...span,
        pointer,
      });
    }
    if (missingPoints) {
      problems.push({
        file,
        rule: 'missing-key-points',
        severity: 'warning',
        message: `${name} has no key_points, so coverage cannot be measured`,
        ...span,
        pointer,
      });
    }
  });
  return problems;
}
