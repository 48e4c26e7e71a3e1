// Fixes that cannot change what a file means, applied to the source text by exact offsets so that
// everything else (comments, quoting, layout) stays byte for byte. Each fix is re-checked: the
// file's data after fixing must equal the data before, apart from the fixed durations.
import { type Document, isScalar, type LineCounter, parseDocument, type Scalar, visit } from 'yaml';
import {
  DURATION_FIELDS,
  formatDuration,
  parseDuration,
  readLenientDuration,
} from '../duration.js';
import { yaml11Reading } from '../text/yaml11.js';

export interface Fix {
  start: number;
  end: number;
  replacement: string;
  line: number;
  description: string;
}

function blockScalarRanges(doc: Document): [number, number][] {
  const ranges: [number, number][] = [];
  visit(doc, {
    Scalar(_, node) {
      if ((node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && node.range)
        ranges.push([node.range[0], node.range[2]]);
    },
  });
  return ranges;
}

export function findFixes(text: string, doc: Document, counter: LineCounter): Fix[] {
  const fixes: Fix[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) return;
      const value = pair.value as Scalar;
      const [start, end] = value.range ?? [0, 0];
      const key = String(pair.key.value);
      if (
        DURATION_FIELDS.has(key) &&
        typeof value.value === 'string' &&
        parseDuration(value.value) === undefined
      ) {
        const seconds = readLenientDuration(value.value);
        if (seconds !== undefined && seconds > 0) {
          const replacement = formatDuration(seconds);
          fixes.push({
            start,
            end,
            replacement,
            line: counter.linePos(start).line,
            description: `${key}: "${value.value}" → ${replacement}`,
          });
        }
      }
    },
    Scalar(key, node) {
      // A YAML 1.1 look-alike whose YAML 1.2 value is text: quoting keeps that text exactly.
      if (key === 'key' || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range)
        return;
      if (!yaml11Reading(String(node.source))) return;
      if (fixes.some((f) => f.start === node.range?.[0])) return;
      const [start, end] = node.range;
      fixes.push({
        start,
        end,
        replacement: `"${node.value}"`,
        line: counter.linePos(start).line,
        description: `quoted ${node.value} so YAML 1.1 tools read text`,
      });
    },
  });
  // Trailing white space, except inside block scalars where it is part of the text.
  const blocks = blockScalarRanges(doc);
  let offset = 0;
  text.split('\n').forEach((line, i) => {
    const trimmed = line.replace(/[ \t]+(\r?)$/, '$1');
    if (trimmed.length < line.length) {
      const start = offset + trimmed.length - (trimmed.endsWith('\r') ? 1 : 0);
      const end = offset + line.length - (line.endsWith('\r') ? 1 : 0);
      if (!blocks.some(([a, b]) => start >= a && start < b)) {
        fixes.push({
          start,
          end,
          replacement: '',
          line: i + 1,
          description: 'removed trailing white space',
        });
      }
    }
    offset += line.length + 1;
  });
  return fixes.sort((a, b) => a.start - b.start);
}

export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let out = '';
  let at = 0;
  for (const f of fixes) {
    if (f.start < at) continue; // overlapping: keep the first
    out += text.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return out + text.slice(at);
}

/** True when the fixed text holds the same data, durations aside (compared in seconds). */
export function sameMeaning(before: string, after: string): boolean {
  const normal = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => normal(v));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normal(v, k)]));
    if (key && DURATION_FIELDS.has(key) && typeof value === 'string')
      return parseDuration(value) ?? readLenientDuration(value) ?? value;
    return value;
  };
  try {
    const a = parseDocument(before, { uniqueKeys: false });
    const b = parseDocument(after, { uniqueKeys: false });
    if (a.errors.length || b.errors.length) return false;
    return (
      JSON.stringify(normal(a.toJS({ maxAliasCount: 100 }))) ===
      JSON.stringify(normal(b.toJS({ maxAliasCount: 100 })))
    );
  } catch {
    return false;
  }
}
