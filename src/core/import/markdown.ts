// Markdown guides: the top heading is the title, headings below it are questions and the text
// under each is its answer (after an "Example answer" label when there is one; text before the
// label is context for the question). Headings with nothing under them group questions and are
// skipped. A document without question headings (bold questions, "Q:" paragraphs) is read as
// text, paragraph by paragraph, with the text importer's rules.
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { type Row, rowsToDocument } from './csv.js';
import { answerLabel, importLines, isAsideText, NUMBERING, type SourceLine } from './text.js';
import {
  cleanText,
  type ImportedDocument,
  type ImportedQuestion,
  splitKeyPoints,
} from './types.js';

export const MARKDOWN_LOOKED_FOR =
  'headings with text under them (the answer, optionally after an "Example answer" label), or question and "Example answer:" paragraphs';

/** Inline content as plain text: emphasis dropped, links kept as "text (url)". */
function inline(node: Nodes, soft = ' '): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/[ \t]*\n[ \t]*/g, soft);
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'link': {
      const text = node.children.map((c) => inline(c, soft)).join('');
      const url = node.url;
      return !url || text === url || url.startsWith('#') || url.replace(/^mailto:/, '') === text
        ? text
        : `${text} (${url})`;
    }
    case 'html':
      return '';
    default:
      return 'children' in node
        ? (node.children as Nodes[]).map((c) => inline(c, soft)).join('')
        : '';
  }
}

/** A block as text: paragraphs as they are, list items as "- item", code as its lines. */
function block(node: RootContent, soft = ' '): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inline(node, soft);
    case 'code':
      return node.value;
    case 'list':
      return node.children
        .map((item, n) => {
          const marker = node.ordered ? `${(node.start ?? 1) + n}.` : '-';
          const text = item.children.map((c) => block(c, soft)).join('\n');
          return `${marker} ${text.replace(/\n/g, '\n   ')}`;
        })
        .join('\n');
    case 'blockquote':
      return node.children.map((c) => block(c, soft)).join('\n\n');
    case 'thematicBreak':
    case 'html':
    case 'definition':
      return '';
    default:
      return 'children' in node ? inline(node as Nodes, soft) : '';
  }
}

const lineOf = (node: RootContent) => node.position?.start.line ?? 1;

interface Section {
  heading: Heading;
  body: RootContent[];
}

function sections(children: readonly RootContent[]): Section[] {
  const out: Section[] = [];
  for (const node of children) {
    if (node.type === 'heading') out.push({ heading: node, body: [] });
    else out.at(-1)?.body.push(node);
  }
  return out;
}

function questionFrom(section: Section): ImportedQuestion {
  const texts = section.body.map((b) => block(b)).filter((t) => t.trim());
  const labelAt = texts.findIndex((t) => answerLabel(t.split('\n')[0] ?? '') !== undefined);
  const context = labelAt > 0 ? texts.slice(0, labelAt).filter((t) => !isAsideText(t)) : [];
  const prompt = [inline(section.heading), ...context];
  let answer = labelAt === -1 ? texts : texts.slice(labelAt);
  if (labelAt !== -1) {
    const [first = '', ...rest] = answer;
    const [labelLine = '', ...more] = first.split('\n');
    answer = [[answerLabel(labelLine), ...more].filter(Boolean).join('\n'), ...rest];
  }
  const question: ImportedQuestion = {
    prompt: cleanText(prompt.join('\n\n')).replace(NUMBERING, ''),
    line: lineOf(section.heading),
  };
  const { answer: example, key_points } = splitKeyPoints(
    cleanText(answer.filter(Boolean).join('\n\n')),
  );
  if (example) question.example_answer = example;
  if (key_points) question.key_points = key_points;
  return question;
}

/** YAML front matter (Jekyll, Hugo, Obsidian) blanked out, keeping line numbers; its title. */
function frontMatter(text: string): { body: string; title?: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { body: text };
  const title = /^title:[ \t]*(['"]?)(.*?)\1[ \t]*$/m.exec(match[1] as string)?.[2];
  const blank = '\n'.repeat(match[0].split('\n').length - 1);
  return { body: blank + text.slice(match[0].length), ...(title ? { title } : {}) };
}

export function importMarkdown(text: string): ImportedDocument {
  const front = frontMatter(text);
  const doc = importTree(fromMarkdown(front.body), front.body);
  return front.title && !doc.title ? { ...doc, title: cleanText(front.title) } : doc;
}

/** The rows of the first pipe table (| Question | Answer |, then | --- | --- |), without the rule. */
function tableRows(text: string): Row[] {
  const lines = text.split(/\r?\n/);
  const rule = lines.findIndex(
    (l, i) => i > 0 && /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(l),
  );
  if (rule === -1) return [];
  const cells = (l: string) =>
    l
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) =>
        c
          .replace(/\\\|/g, '|')
          .replace(/<br\s*\/?>/gi, '\n')
          .trim(),
      )
      // Cells are Markdown too: emphasis dropped, links as "text (url)".
      .map((c) =>
        fromMarkdown(c)
          .children.map((b) => block(b, '\n'))
          .join('\n\n'),
      );
  const rows: Row[] = [{ cells: cells(lines[rule - 1] as string), line: rule }];
  for (let i = rule + 1; i < lines.length && (lines[i] as string).includes('|'); i++)
    rows.push({ cells: cells(lines[i] as string), line: i + 1 });
  return rows;
}

function importTree(tree: Root, text: string): ImportedDocument {
  const all = sections(tree.children);
  const top = Math.min(...all.map((s) => s.heading.depth));
  const isLabel = (s: Section) => answerLabel(inline(s.heading)) !== undefined;
  const isAside = (s: Section) => isAsideText(inline(s.heading));
  const tops = all.filter((s) => s.heading.depth === top);
  // One top heading is the title, unless it is the only question: "# Why Go?" and its answer.
  const onlyQuestion =
    /\?\s*$/.test(inline(tops[0]?.heading ?? { type: 'text', value: '' })) &&
    !all.some((s) => s.heading.depth > top && !isLabel(s) && !isAside(s));
  const title = tops.length === 1 && !onlyQuestion ? tops[0] : undefined;
  // An "### Example answer" heading belongs to the question heading before it.
  const merged: Section[] = [];
  for (const s of all) {
    const previous = merged.at(-1);
    if (isLabel(s) && previous && previous !== title) {
      previous.body.push({ type: 'paragraph', children: [{ type: 'text', value: 'Answer:' }] });
      previous.body.push(...s.body);
    } else if (isAside(s) && previous && previous !== title) {
      // "### How to answer" under a question: advice, neither question nor answer.
    } else merged.push({ heading: s.heading, body: [...s.body] });
  }
  const candidates = merged.filter(
    (s) =>
      s.heading !== title?.heading &&
      (s.body.some((b) => block(b).trim()) || /\?\s*$/.test(inline(s.heading))),
  );
  const firstHeading = tree.children.findIndex((n) => n.type === 'heading');
  const before = firstHeading === -1 ? tree.children : tree.children.slice(0, firstHeading);
  const table = tableRows(text);
  if (candidates.length === 0 && table.length > 1) {
    const doc = rowsToDocument(table);
    const heading = title ?? tops[0];
    const named = heading ? { title: cleanText(inline(heading.heading)) } : {};
    if (doc.questions.length) return { ...doc, ...named, lookedFor: MARKDOWN_LOOKED_FOR };
  }
  if (candidates.length === 0) {
    // No question headings: read the paragraphs as text lines.
    const lines: SourceLine[] = tree.children.flatMap((node) =>
      block(node, '\n')
        .split('\n')
        .map((t, i) => ({ text: t, line: lineOf(node) + i }))
        .concat({ text: '', line: lineOf(node) }),
    );
    const doc = importLines(lines);
    return { ...doc, lookedFor: MARKDOWN_LOOKED_FOR };
  }
  const description = cleanText(
    [...(title ? title.body : []), ...(title ? [] : before)].map((b) => block(b)).join('\n\n'),
  );
  return {
    ...(title ? { title: cleanText(inline(title.heading)) } : {}),
    ...(description && title ? { description } : {}),
    questions: candidates.map(questionFrom).filter((q) => q.prompt),
    unplaced: [],
    lookedFor: MARKDOWN_LOOKED_FOR,
  };
}
