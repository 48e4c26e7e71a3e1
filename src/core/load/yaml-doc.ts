// One YAML parse per file, plus the checks that need the syntax tree rather than the data:
// duplicate keys (citing the first), control characters, YAML 1.1 look-alikes, alias expansion.
import {
  type Document,
  isMap,
  isScalar,
  LineCounter,
  type Node,
  parseDocument,
  type Scalar,
  visit,
} from 'yaml';
import type { Problem, RuleId, Severity, Span } from '../problem.js';
import { describeControl, findControl } from '../text/control.js';
import { yaml11Reading } from '../text/yaml11.js';
import { describePath, nodeSpan, type PathSegment, spanOf, toPointer } from './locate.js';

export const MAX_ALIAS_EXPANSION = 100;

export interface ParsedYaml {
  doc: Document;
  counter: LineCounter;
  /** The plain data, when the document is sound enough to validate. */
  data?: unknown;
  problems: Problem[];
}

type Report = (
  rule: RuleId,
  severity: Severity,
  message: string,
  span: Span,
  pointer?: string,
) => void;

export function parseYaml(
  file: string,
  text: string,
  options: { textChecks?: boolean } = {},
): ParsedYaml {
  const textChecks = options.textChecks ?? true;
  const counter = new LineCounter();
  const problems: Problem[] = [];
  const report: Report = (rule, severity, message, span, pointer) =>
    problems.push({
      file,
      rule,
      severity,
      message,
      ...span,
      ...(pointer === undefined ? {} : { pointer }),
    });

  // uniqueKeys is off so that duplicates are found below, where both places can be named.
  // logLevel error: a warning such as "Keys with collection values will be stringified" must not
  // reach stderr; such keys are reported as problems of the file instead.
  const doc = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: false,
    logLevel: 'error',
  });
  for (const error of doc.errors) {
    report(
      'yaml-syntax',
      'error',
      tidyYamlMessage(error.message),
      spanOf(counter, error.pos[0], error.pos[1]),
    );
  }
  if (doc.errors.length > 0) return { doc, counter, problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (error) {
    const alias = firstAlias(doc);
    const span = nodeSpan(counter, alias) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    // Deep nesting exhausts the stack: say so, never "Maximum call stack size exceeded".
    if (error instanceof RangeError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    const rule: RuleId = /alias/i.test(detail) ? 'alias-limit' : 'yaml-syntax';
    const message =
      rule === 'alias-limit'
        ? `aliases expand past the limit of ${MAX_ALIAS_EXPANSION} nodes (a "billion laughs" pattern); write the content out instead`
        : tidyYamlMessage(detail);
    report(rule, 'error', message, span);
    walk(doc, counter, undefined, report, textChecks);
    return { doc, counter, problems };
  }
  walk(doc, counter, data, report, textChecks);
  return { doc, counter, data, problems };
}

export const TOO_DEEP = 'collections are nested too deeply to read; flatten the file';

function tidyYamlMessage(message: string): string {
  // The parser turns a stack overflow from deep nesting into an error of the document.
  if (/call stack/i.test(message)) return TOO_DEEP;
  if (message.startsWith('Source contains multiple documents')) {
    return 'file holds more than one YAML document (a line of ---); a question file is one document';
  }
  return message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '').trim();
}

function firstAlias(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function pathOf(doc: Document, ancestry: readonly unknown[], node: unknown): PathSegment[] {
  const path: PathSegment[] = [];
  const chain = [...ancestry.slice(1), node];
  for (let i = 0; i < chain.length; i++) {
    const parent = chain[i - 1] ?? doc.contents;
    const child = chain[i];
    if (isMap(parent) && child && typeof child === 'object' && 'key' in child) {
      const key = (child as { key: unknown }).key;
      if (isScalar(key)) path.push(String(key.value));
    } else if (parent && typeof parent === 'object' && 'items' in parent && !isMap(parent)) {
      const index = (parent as { items: unknown[] }).items.indexOf(child);
      if (index >= 0) path.push(index);
    }
  }
  return path;
}

function lookAlike(scalar: Scalar): string | undefined {
  if (scalar.type !== 'PLAIN' || typeof scalar.source !== 'string') return undefined;
  return yaml11Reading(scalar.source);
}

function walk(
  doc: Document,
  counter: LineCounter,
  data: unknown,
  report: Report,
  textChecks: boolean,
): void {
  visit(doc, {
    Map(_, map, ancestry) {
      const seen = new Map<string, Node>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        const first = seen.get(name);
        if (!first) {
          seen.set(name, pair.key);
          continue;
        }
        const at = nodeSpan(counter, pair.key) as Span;
        const firstAt = nodeSpan(counter, first) as Span;
        const pointer = toPointer([...pathOf(doc, ancestry, map), name]);
        report(
          'duplicate-key',
          'error',
          `duplicate key "${name}" (first defined at line ${firstAt.line}, column ${firstAt.column})`,
          at,
          pointer,
        );
      }
    },
    Scalar(key, scalar, ancestry) {
      if (!textChecks) return;
      const span = nodeSpan(counter, scalar);
      if (!span) return;
      const path = () => pathOf(doc, ancestry, scalar);
      const pointer = () => toPointer(path());
      if (typeof scalar.value === 'string') {
        const control = findControl(scalar.value);
        if (control) {
          const where = key === 'key' ? 'a key' : describePath(path(), data);
          report(
            'control-characters',
            'error',
            `${where} holds ${describeControl(control)}; a question file must not be able to drive the terminal that shows it`,
            span,
            pointer(),
          );
        }
      }
      const reading = key === 'value' || typeof key === 'number' ? lookAlike(scalar) : undefined;
      if (reading) {
        report(
          'yaml11-ambiguity',
          'warning',
          `"${scalar.source}" is read as ${reading} by YAML 1.1 tools; quote it to keep it text`,
          span,
          pointer(),
        );
      }
    },
  });
}
