// One YAML parse per file, plus the checks that need the syntax tree rather than the data:
// duplicate keys (citing the first), control characters, YAML 1.1 look-alikes, alias expansion.
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type Scalar,
  visit,
} from 'yaml';
import type { Problem, RuleId, Severity, Span } from '../problem.js';
import { CONTROL_CLASS, describeControl, findControl } from '../text/control.js';
import { yaml11Reading } from '../text/yaml11.js';
import { describePath, nodeSpan, type PathSegment, spanOf, toPointer } from './locate.js';

const MAX_ALIAS_EXPANSION = 100;
const CONTROL = new RegExp(CONTROL_CLASS);

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
    walk(doc, counter, undefined, report, textChecks, text);
    return { doc, counter, problems };
  }
  walk(doc, counter, data, report, textChecks, text);
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

function lookAlike(scalar: Scalar): string | undefined {
  if (scalar.type !== 'PLAIN' || typeof scalar.source !== 'string') return undefined;
  return yaml11Reading(scalar.source);
}

/** Control characters reach a value only from the source or from an escape in a double-quoted
 * scalar; a file with neither (most files) needs no check per value. */
const mayHoldControl = (text: string) => text.includes('\\') || CONTROL.test(text);

/** One pass over the syntax tree for the checks that need it: duplicate keys (citing the
 * first), control characters and YAML 1.1 look-alikes. Written as a plain recursion with one
 * path array, because yaml's visit() allocates a frozen ancestry for every node, which cost more
 * than the checks themselves on a large bank. Positions are computed only for what is reported. */
function walk(
  doc: Document,
  counter: LineCounter,
  data: unknown,
  report: Report,
  textChecks: boolean,
  text: string,
): void {
  const controls = textChecks && mayHoldControl(text);
  const path: PathSegment[] = [];
  const scalar = (node: Scalar, role: 'key' | 'value') => {
    if (controls && typeof node.value === 'string') {
      const control = findControl(node.value);
      if (control) {
        const where = role === 'key' ? 'a key' : describePath(path, data);
        report(
          'control-characters',
          'error',
          `${where} holds ${describeControl(control)}; a question file must not be able to drive the terminal that shows it`,
          nodeSpan(counter, node) as Span,
          toPointer(path),
        );
      }
    }
    const reading = role === 'value' ? lookAlike(node) : undefined;
    if (reading) {
      report(
        'yaml11-ambiguity',
        'warning',
        `"${node.source}" is read as ${reading} by YAML 1.1 tools; quote it to keep it text`,
        nodeSpan(counter, node) as Span,
        toPointer(path),
      );
    }
  };
  const node = (value: unknown, role: 'key' | 'value'): void => {
    if (isScalar(value)) {
      if (textChecks && value.range) scalar(value, role);
    } else if (isMap(value)) {
      const seen = new Map<string, Node>();
      for (const pair of value.items) {
        const key = pair.key;
        const name = isScalar(key) ? String(key.value) : undefined;
        if (name !== undefined) {
          const first = seen.get(name);
          if (first) {
            const firstAt = nodeSpan(counter, first) as Span;
            report(
              'duplicate-key',
              'error',
              `duplicate key "${name}" (first defined at line ${firstAt.line}, column ${firstAt.column})`,
              nodeSpan(counter, key as Node) as Span,
              toPointer([...path, name]),
            );
          } else seen.set(name, key as Node);
        }
        node(key, 'key');
        path.push(name ?? '?');
        node(pair.value, 'value');
        path.pop();
      }
    } else if (isSeq(value)) {
      value.items.forEach((item, index) => {
        path.push(index);
        node(item, 'value');
        path.pop();
      });
    }
  };
  node(doc.contents, 'value');
}
