// One question file, from bytes to typed questions or positioned problems. Never throws.
import type { Document, LineCounter } from 'yaml';
import {
  compareProblems,
  countBySeverity,
  FILE_START,
  type Problem,
  type Span,
} from '../problem.js';
import { type Question, type QuestionFile, questionFileJsonSchema } from '../questions/schema.js';
import { decodeUtf8 } from './decode.js';
import { spanAt } from './locate.js';
import { schemaProblems, validatorFor } from './validate.js';
import { parseYaml } from './yaml-doc.js';

/** Files larger than this are refused before parsing (documented in docs/question-format.md). */
export const MAX_FILE_BYTES = 1024 * 1024;

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

export function parseQuestionFile(file: string, bytes: Uint8Array): ParsedFile {
  try {
    const parsed = parseUnsafe(file, bytes);
    parsed.problems.sort(compareProblems);
    return parsed;
  } catch (error) {
    // Deep nesting can exhaust the parser's stack; report it like any other bad input.
    // Anything else is a bug in rehearse and must surface as one, not as a problem in the file.
    if (!(error instanceof RangeError)) throw error;
    const message = 'the YAML is nested too deeply to read';
    return {
      file,
      questions: [],
      problems: [{ file, rule: 'yaml-syntax', severity: 'error', message, ...FILE_START }],
    };
  }
}

function parseUnsafe(file: string, bytes: Uint8Array): ParsedFile {
  if (bytes.length > MAX_FILE_BYTES) {
    const size = `${(bytes.length / 1024 / 1024).toFixed(1)} MiB`;
    const message = `file is ${size}, over the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for a question file; split it into several files`;
    return {
      file,
      questions: [],
      problems: [{ file, rule: 'too-large', severity: 'error', message, ...FILE_START }],
    };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return {
      file,
      questions: [],
      problems: [
        { file, rule: 'encoding', severity: 'error', message: decoded.message, ...decoded.span },
      ],
    };
  }
  const { text } = decoded;
  const parsed = parseYaml(file, text);
  const base = { file, text, doc: parsed.doc, counter: parsed.counter };
  if (parsed.data === undefined || parsed.data === null) {
    if (parsed.problems.length === 0) {
      parsed.problems.push({
        file,
        rule: 'missing-field',
        severity: 'error',
        message: 'file is empty; a question file needs a "title" and "questions"',
        ...FILE_START,
      });
    }
    return { ...base, questions: [], problems: parsed.problems };
  }
  const problems = [
    ...parsed.problems,
    ...schemaProblems(
      file,
      parsed.data,
      parsed.doc,
      parsed.counter,
      validatorFor(questionFileJsonSchema),
    ),
  ];
  const data = parsed.data as QuestionFile;
  if (Array.isArray((data as { questions?: unknown }).questions)) {
    problems.push(...completenessWarnings(file, data.questions, parsed.doc, parsed.counter));
  }
  if (countBySeverity(problems).errors > 0) return { ...base, problems, questions: [] };
  const pack = { title: data.title, role: data.role, defaults: data.defaults };
  const questions = data.questions.map((question, index) => ({
    question,
    file,
    index,
    span: spanAt(parsed.doc, parsed.counter, ['questions', index], 'container'),
    pack,
  }));
  return { ...base, problems, data, questions };
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
    const path = ['questions', index];
    const span = spanAt(doc, counter, path, 'container');
    const pointer = `/questions/${index}`;
    if (question.example_answer === undefined) {
      problems.push({
        file,
        rule: 'missing-example-answer',
        severity: 'warning',
        message: `${name} has no example_answer to compare against`,
        ...span,
        pointer,
      });
    }
    if (question.key_points === undefined || question.key_points.length === 0) {
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
