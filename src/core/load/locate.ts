// Maps JSON pointers onto the YAML syntax tree so every problem can name a line and column.
import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { Span } from '../problem.js';
import { SLUG_PATTERN } from '../questions/schema-constants.js';

const SLUG = new RegExp(SLUG_PATTERN);

export type PathSegment = string | number;

export function toPointer(path: readonly PathSegment[]): string {
  return path.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

export function fromPointer(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** Names a place for a reader: `question "intro" (field "kind")`, `the file`, `tag 2 of question 3`. */
export function describePath(path: readonly PathSegment[], root: unknown): string {
  if (path.length === 0) return 'the file';
  const [top, index, field, ...rest] = path;
  if (top === 'questions' && typeof index === 'number') {
    const question = (root as { questions?: unknown[] } | null)?.questions?.[index] as
      | { id?: unknown }
      | undefined;
    const name =
      typeof question?.id === 'string' && question.id.length <= 60 && SLUG.test(question.id)
        ? `question "${question.id}"`
        : `question ${index + 1}`;
    if (field === undefined) return name;
    const inner = rest.length
      ? `${String(field)}${rest.map((s) => (typeof s === 'number' ? `[${s + 1}]` : `.${s}`)).join('')}`
      : String(field);
    return `${inner} of ${name}`;
  }
  return path.map((s, i) => (typeof s === 'number' ? `[${s + 1}]` : i ? `.${s}` : s)).join('');
}

export function spanOf(counter: LineCounter, start: number, end: number): Span {
  const a = counter.linePos(start);
  const b = counter.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** Where a node's own text is, without trailing comments or blank lines. */
export function nodeSpan(counter: LineCounter, node: Node | null | undefined): Span | undefined {
  const range = node?.range;
  if (!range) return undefined;
  return spanOf(counter, range[0], range[1]);
}

interface Located {
  /** The value node at the path (undefined when missing). */
  value?: Node | null;
  /** The key node of the last segment when it is a map key. */
  key?: Node | null;
  /** The deepest node that exists along the path. */
  deepest?: Node | null;
}

export function locate(doc: Document, path: readonly PathSegment[]): Located {
  let current: unknown = doc.contents;
  let key: Node | null | undefined;
  let deepest = doc.contents as Node | null;
  for (const segment of path) {
    key = undefined;
    if (isMap(current)) {
      const pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return { deepest };
      key = pair.key as Node;
      current = pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      current = current.items[segment];
      if (isPair(current)) current = current.value;
    } else {
      return { deepest };
    }
    if (current) deepest = current as Node;
  }
  return { value: current as Node | null, key, deepest };
}

/** The best span for a problem at `path`: the key (for unknown keys) or the value. */
export function spanAt(
  doc: Document,
  counter: LineCounter,
  path: readonly PathSegment[],
  prefer: 'key' | 'value' | 'container',
): Span {
  const found = locate(doc, path);
  if (prefer === 'key' && found.key) return nodeSpan(counter, found.key) as Span;
  if (prefer === 'container' && found.value) return firstLineOf(counter, found.value);
  const node = found.value ?? found.key ?? found.deepest;
  if (node?.range && node.range[1] > node.range[0]) return nodeSpan(counter, node) as Span;
  // Empty value (`prompt:` with nothing after it): point at its key instead.
  if (found.key) return nodeSpan(counter, found.key) as Span;
  return nodeSpan(counter, found.deepest) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** A container spans many lines; pointing at its first line reads better in an editor. */
function firstLineOf(counter: LineCounter, node: Node): Span {
  const span = nodeSpan(counter, node) as Span;
  if (span.endLine === span.line) return span;
  const lineEnd = counter.lineStarts[span.line] ?? (node.range as [number, number, number])[1];
  return spanOf(counter, (node.range as [number, number, number])[0], lineEnd - 1);
}
