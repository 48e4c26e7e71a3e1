// Plain text as career sites and guides publish it: a title line, a preamble, then each question
// followed by a label line ("Example answer:", "Sample answer", "Answer:", "A:") and the answer,
// which runs until the next question. Q:/A: flashcard blocks too. Works with or without blank
// lines between blocks: in a dense document (no blank lines) a question is the one line before
// its label; otherwise it is the paragraph before it.
import {
  cleanText,
  type ImportedDocument,
  type ImportedQuestion,
  splitKeyPoints,
  type Unplaced,
} from './types.js';

export interface SourceLine {
  text: string;
  /** 1-based line number in the original file. */
  line: number;
}

export const TEXT_LOOKED_FOR =
  'a question line followed by a label line ("Example answer:", "Sample answer", "Answer:" or "A:"), or "Q:" / "A:" blocks';

const NAMED =
  '(?:(?:example|sample|model|suggested|possible|good|strong|ideal|best|great|typical)\\s+)?(?:answer|response)s?(?:\\s*\\d+)?';
const LABEL_ONLY = new RegExp(`^(?:${NAMED}|a)\\s*[:.\\-–—]?$`, 'i');
const LABEL_INLINE = new RegExp(`^(?:${NAMED}\\s*[:–—]|a\\s*:)[*_]*\\s*(\\S.*)$`, 'i');
const QUESTION_LABEL = /^(?:q|question)\s*\d*\s*[:.)][*_]*\s*(.*)$/i;
/** Numbering and bullets before a question: 1. 2) #3 Q4. Question 5: - • */
export const NUMBERING =
  /^(?:\d+\s*[.):]|#\d+[.:]?|q\s*\d+\s*[.:)]|question\s*\d+\s*[.:)-]?|[-*•])\s+/i;

/** Markdown-ish decoration people paste around labels: **Example answer:**, > A:, _Answer_. */
function bare(line: string): string {
  return line
    .trim()
    .replace(/^(?:[-•]\s+)?[*_>#\s]*/, '')
    .replace(/^(.*?)[*_]+(\s*[:.\-–—]?)\s*$/, '$1$2')
    .trim();
}

/** The answer text on a label line ("" for a label alone), or undefined when it is no label. */
export function answerLabel(line: string): string | undefined {
  const text = bare(line);
  if (LABEL_ONLY.test(text)) return '';
  const inline = LABEL_INLINE.exec(text);
  return inline ? (inline[1] as string).replace(/^[*_]+\s*/, '') : undefined;
}

function questionLabel(line: string): string | undefined {
  const match = QUESTION_LABEL.exec(bare(line));
  return match ? (match[1] as string) : undefined;
}

function promptText(lines: readonly string[]): string {
  const text = lines
    .join('\n')
    .trim()
    .replace(/^(\*\*|__)(.*)\1$/s, '$2')
    .replace(NUMBERING, '');
  return cleanText(text.replace(/^(\*\*|__)(.*)\1$/s, '$2'));
}

const MAX_TITLE = 150;

const LIST_ITEM = /^(?:[-*•]|\d+[.)])\s/;

const blank = (l: SourceLine | undefined) => l !== undefined && l.text.trim() === '';

function answerText(lines: readonly SourceLine[], dense: boolean): string {
  const texts = lines.map((l) => l.text.trim());
  if (!dense) return cleanText(texts.join('\n'));
  // In a dense document each line is a paragraph (kept apart as paragraphs), except list items.
  const kept = texts.filter(Boolean);
  return cleanText(
    kept.map((t, i) => (i === 0 ? t : `${LIST_ITEM.test(t) ? '\n' : '\n\n'}${t}`)).join(''),
  );
}

interface Block {
  /** First and last index (in `lines`) of the question text. */
  qStart: number;
  qEnd: number;
  /** Index of the label line, or -1 when the question has none (a Q: without an A:). */
  label: number;
  inlineAnswer: string;
  inlineQuestion?: string;
}

/** Career-site notes between a question and its answer: "Why interviewers ask this:", "How to answer:". */
const ASIDE =
  /^(?:why (?:(?:do )?(?:interviewers?|employers?|they|hiring managers?|recruiters?|companies) ask|this question|it matters)|what (?:(?:the )?(?:interviewers?|employers?|they|hiring managers?|recruiters?)) (?:(?:are|is) )?(?:want|looking|look)|how to (?:answer|respond)|tips?\b|what to avoid|mistakes to avoid)/i;

/** Whether a line or paragraph is a career-site note such as "How to answer:". */
export const isAsideText = (text: string) => ASIDE.test(bare(text));
const isAside = (l: SourceLine | undefined) => l !== undefined && isAsideText(l.text);
const asideHeading = (l: SourceLine | undefined) =>
  isAside(l) && !/:\s*\S/.test(bare((l as SourceLine).text));

function labelledBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let floor = 0; // the question of the next block cannot start before this index
  for (let i = 0; i < lines.length; i++) {
    const inline = answerLabel((lines[i] as SourceLine).text);
    if (inline === undefined) continue;
    // Walk back from the label over blank lines and asides to the question.
    let end = i;
    let found: { start: number; q: number } | undefined;
    for (let guard = 0; guard < 20 && !found; guard++) {
      let q = end - 1;
      while (q >= floor && blank(lines[q])) q--;
      if (q < floor) break;
      let start = q;
      while (start - 1 >= floor && !blank(lines[start - 1])) start--;
      // The run reached the previous answer (or the top) without a blank line: a dense document,
      // where each line is a unit and the question is one line.
      // An aside heading alone on its line ("How to answer:") owns the line below it.
      if (start === floor) start = q - 1 >= floor && asideHeading(lines[q - 1]) ? q - 1 : q;
      if (isAside(lines[start])) end = start;
      else {
        // A question paragraph ends where an aside starts inside it.
        let last = start;
        while (last < q && !isAside(lines[last + 1])) last++;
        found = { start, q: last };
      }
    }
    if (!found) continue; // a label with no question before it: part of the previous answer
    blocks.push({ qStart: found.start, qEnd: found.q, label: i, inlineAnswer: inline });
    floor = i + 1;
  }
  return blocks;
}

function flashcardBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const inlineQuestion = questionLabel((lines[i] as SourceLine).text);
    if (inlineQuestion === undefined) continue;
    blocks.push({ qStart: i, qEnd: i, label: -1, inlineAnswer: '', inlineQuestion });
  }
  // Each question runs until its A: label (or the next Q:).
  for (const [n, block] of blocks.entries()) {
    const end = blocks[n + 1]?.qStart ?? lines.length;
    block.qEnd = block.qStart;
    for (let i = block.qStart + 1; i < end; i++) {
      const inline = answerLabel((lines[i] as SourceLine).text);
      if (inline !== undefined) {
        block.label = i;
        block.inlineAnswer = inline;
        break;
      }
      block.qEnd = i;
    }
  }
  return blocks;
}

export function importLines(lines: readonly SourceLine[]): ImportedDocument {
  const flashcards = flashcardBlocks(lines);
  const blocks = flashcards.some((b) => b.label !== -1) ? flashcards : labelledBlocks(lines);
  const firstQuestion = blocks[0]?.qStart ?? lines.length;
  const head = lines.slice(0, firstQuestion).filter((l) => !blank(l));
  if (blocks.length === 0) {
    const unplaced: Unplaced[] = head.slice(0, 5).map((l) => ({ line: l.line, text: l.text }));
    return { questions: [], unplaced, lookedFor: TEXT_LOOKED_FOR };
  }
  let last = lines.length - 1;
  while (last > firstQuestion && blank(lines[last])) last--;
  const dense = !lines.slice(firstQuestion, last + 1).some((l) => blank(l));
  const questions: ImportedQuestion[] = blocks.map((block, n) => {
    const questionLines = lines.slice(block.qStart, block.qEnd + 1).map((l) => l.text);
    if (block.inlineQuestion !== undefined) questionLines[0] = block.inlineQuestion;
    const question: ImportedQuestion = {
      prompt: promptText(questionLines),
      line: (lines[block.qStart] as SourceLine).line,
    };
    if (block.label !== -1) {
      const end = blocks[n + 1]?.qStart ?? lines.length;
      const body = lines.slice(block.label + 1, end);
      const first = block.inlineAnswer ? [{ text: block.inlineAnswer, line: 0 }] : [];
      const { answer, key_points } = splitKeyPoints(answerText([...first, ...body], dense));
      if (answer) question.example_answer = answer;
      if (key_points) question.key_points = key_points;
    }
    return question;
  });
  // A first line as long as a paragraph is a preamble, not a title (the file name gives one).
  const [title, ...preamble] =
    (head[0]?.text.length ?? 0) > MAX_TITLE ? [undefined, ...head] : head;
  const description = cleanText(
    preamble.map((l) => l?.text.trim() ?? '').join(dense ? '\n\n' : '\n'),
  );
  return {
    ...(title ? { title: cleanText(title.text.replace(/^#+\s*/, '')) } : {}),
    ...(description ? { description } : {}),
    questions: questions.filter((q) => q.prompt),
    unplaced: [],
    lookedFor: TEXT_LOOKED_FOR,
  };
}

export function splitLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => ({ text: line, line: i + 1 }));
}

export function importText(text: string): ImportedDocument {
  return importLines(splitLines(text));
}
