// Schema validation (Ajv, compiled once per process) with each error turned into a rule id,
// a readable message and a position in the YAML source.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import type { Document, LineCounter } from 'yaml';
import { DURATION_FIELDS, formatDuration, readLenientDuration } from '../duration.js';
import type { Problem, RuleId } from '../problem.js';
import { EDITOR_KEYWORDS } from '../questions/editor-hints.js';
import { describePath, fromPointer, type PathSegment, spanAt, toPointer } from './locate.js';

const compiled = new Map<string, ValidateFunction>();

function compileValidator(schema: object): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  // Editors' keywords (readable messages, snippets) are annotations to Ajv, not validation.
  ajv.addVocabulary([...EDITOR_KEYWORDS]);
  return ajv.compile(schema);
}

/** Validators compiled ahead of time by the build (ajv standalone), by schema id. */
export function usePrecompiled(validators: Readonly<Record<string, ValidateFunction>>): void {
  for (const [id, validate] of Object.entries(validators)) compiled.set(id, validate);
}

/** Compiles each schema once per process (compilation costs far more than validating a file). */
export function validatorFor(id: string, schema: () => object): ValidateFunction {
  let validate = compiled.get(id);
  if (!validate) {
    validate = compileValidator(schema());
    compiled.set(id, validate);
  }
  return validate;
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return typeof value;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping of fields',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
};

interface Mapped {
  rule: RuleId;
  message: string;
  path: PathSegment[];
  prefer: 'key' | 'value' | 'container';
}

function mapError(error: ErrorObject, root: unknown): Mapped | undefined {
  const path = fromPointer(error.instancePath);
  const field = describePath(path, root);
  const last = path.at(-1);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const guess = known.length ? closest(name, known) : undefined;
      const hint = guess && similar(name, guess) ? ` (did you mean "${guess}"?)` : '';
      return {
        rule: 'unknown-field',
        message: `unknown field "${name}"${hint}; known fields: ${known.join(', ')}`,
        path: [...path, name],
        prefer: 'key',
      };
    }
    case 'required': {
      const name = String(error.params.missingProperty);
      return {
        rule: 'missing-field',
        message: `${field} is missing the required field "${name}"`,
        path,
        prefer: 'container',
      };
    }
    case 'type': {
      const expected = String(error.params.type)
        .split(' or ')
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(' or ');
      return {
        rule: 'wrong-type',
        message: `${field} should be ${expected}, found ${describeType(error.data)}`,
        path,
        prefer: 'value',
      };
    }
    case 'pattern': {
      if (typeof last === 'string' && DURATION_FIELDS.has(last)) {
        const seconds = readLenientDuration(String(error.data));
        const hint =
          seconds === undefined
            ? 'write it like 30s, 2m or 1m30s'
            : `write it as ${formatDuration(seconds)}`;
        return {
          rule: 'invalid-duration',
          message: `${field} is "${String(error.data)}", which is not a duration; ${hint}`,
          path,
          prefer: 'value',
        };
      }
      return {
        rule: 'invalid-value',
        message: `${field} is "${String(error.data)}"; use lowercase words joined by hyphens, like "threat-modelling"`,
        path,
        prefer: 'value',
      };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const guess = closest(String(error.data), allowed);
      const hint = similar(String(error.data), guess) ? ` (did you mean "${guess}"?)` : '';
      return {
        rule: 'invalid-value',
        message: `${field} is "${String(error.data)}"; expected one of ${allowed.join(', ')}${hint}`,
        path,
        prefer: 'value',
      };
    }
    case 'const':
      return {
        rule: 'invalid-value',
        message: `${field} must be ${JSON.stringify(error.params.allowedValue)}`,
        path,
        prefer: 'value',
      };
    case 'minLength':
      return {
        rule: 'invalid-value',
        message: `${field} must not be empty`,
        path,
        prefer: 'value',
      };
    case 'minItems':
      return {
        rule: 'invalid-value',
        message: `${field} needs at least ${String(error.params.limit)} item`,
        path,
        prefer: 'value',
      };
    case 'uniqueItems':
      return {
        rule: 'invalid-value',
        message: `${field} lists the same value twice (items ${String(error.params.j)} and ${String(error.params.i)})`,
        path: [...path, Number(error.params.i)],
        prefer: 'value',
      };
    default:
      return {
        rule: 'invalid-value',
        message: `${field} ${error.message ?? 'is not valid'}`,
        path,
        prefer: 'value',
      };
  }
}

/**
 * A value that may take several forms (`anyOf`, e.g. a key point as text or as `{ point, also }`)
 * fails every form at once. Keep only the errors of the form whose type matches the value; when
 * none does, one type error naming every form.
 */
function narrowUnions(errors: readonly ErrorObject[]): ErrorObject[] {
  let out = [...errors];
  for (const union of errors.filter((e) => e.keyword === 'anyOf')) {
    const prefix = `${union.schemaPath}/`;
    const branchOf = (e: ErrorObject) =>
      e.schemaPath.startsWith(prefix)
        ? Number(e.schemaPath.slice(prefix.length).split('/')[0])
        : -1;
    const inUnion = out.filter((e) => branchOf(e) >= 0);
    const branches = new Set(inUnion.map(branchOf));
    const mistyped = new Set(
      inUnion
        .filter((e) => e.keyword === 'type' && e.instancePath === union.instancePath)
        .map(branchOf),
    );
    const fitting = [...branches].find((b) => !mistyped.has(b));
    out = out.filter((e) => e !== union && (branchOf(e) < 0 || branchOf(e) === fitting));
    if (fitting === undefined) {
      const types = inUnion.filter((e) => e.keyword === 'type').map((e) => e.params.type);
      out.push({ ...union, keyword: 'type', params: { type: types.join(' or ') } });
    }
  }
  return out;
}

/** Close enough to be a typo rather than a different word. */
function similar(a: string, b: string): boolean {
  const limit = Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
  return distance(a.toLowerCase(), b.toLowerCase()) <= limit;
}

export function schemaProblems(
  file: string,
  data: unknown,
  doc: Document,
  counter: LineCounter,
  validate: ValidateFunction,
): Problem[] {
  if (validate(data)) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of narrowUnions(validate.errors ?? [])) {
    const mapped = mapError(error, data);
    if (!mapped) continue;
    const pointer = toPointer(mapped.path);
    const dedupe = `${mapped.rule}|${pointer}|${mapped.message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const span = spanAt(doc, counter, mapped.path, mapped.prefer);
    problems.push({
      file,
      rule: mapped.rule,
      severity: 'error',
      message: mapped.message,
      ...span,
      pointer,
    });
  }
  return problems;
}
