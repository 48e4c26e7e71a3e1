// Text as coverage sees it: a sequence of content units. A unit is one content word reduced to its
// stem (Porter), or a phrasing from the synonym list, all of whose phrasings share one unit id
// ("software bill of materials" and "SBOM" are the same unit). Function words are not units.
// Each unit also knows its sentence and, when it sits in a bare comma list of keywords, which
// item of the list: a point matched only by gluing separate list items is not a point made.
import { stemmer } from 'stemmer';
import { isNegation, negatedRanges } from './negation.js';
import { COVERAGE_FILLERS, IRREGULAR_FORMS, SYNONYM_GROUPS } from './synonyms.js';
import { type Token, tokenize } from './words.js';

export interface Unit {
  id: string;
  /** Every id this unit answers to: its own, and for a phrasing the stems of its words too. */
  ids: string[];
  /** Tokens of the text that make up this unit (several for a multi-word phrasing). */
  tokens: Token[];
  /** The unit as written (lowercased), stop words within a phrasing included. */
  text: string;
  sentence: number;
  /** Ids this unit answers to only by relatedness of meaning (coverage.ts). */
  related?: string[];
  /** Set when the unit sits in a keyword list: the list and the item within it. */
  listItem?: string;
  /** Said as not done or not there ("we never drew a data flow diagram"). */
  negated?: boolean;
}

// Negation words are not content: they mark the units they deny (Unit.negated).
const isContent = (t: Token) => !t.stop && !COVERAGE_FILLERS.has(t.word) && !isNegation(t.word);

/** Hyphenated words count as their parts ("HSM-protected" is "HSM" and "protected"). */
function split(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((t) => {
    if (!t.word.includes('-')) return [t];
    return tokenize(t.word.replaceAll('-', ' ')).map((part) => ({
      ...part,
      start: t.start + part.start,
      end: t.start + part.end,
    }));
  });
}

const NUMBER_WORDS = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i): [string, string] => [w, String(i)])
    .concat([
      ['thirty', '30'],
      ['forty', '40'],
      ['fifty', '50'],
      ['sixty', '60'],
      ['ninety', '90'],
      ['hundred', '100'],
    ]),
);

/**
 * Content tokens of a text, hyphenated words split, irregular past forms as their base, numbers
 * in words as digits ("ten years" is "10 years").
 */
function contentTokens(text: string): Token[] {
  return split(tokenize(text))
    .filter(isContent)
    .map((t) => {
      const number = NUMBER_WORDS.get(t.word);
      if (number !== undefined) return { ...t, stem: number };
      const base = IRREGULAR_FORMS[t.word];
      return base === undefined ? t : { ...t, stem: stemmer(base) };
    });
}

interface Phrasing {
  stems: string[];
  id: string;
  /** The phrasing carries its own negation ("not affected"): it is not a negated unit. */
  negative: boolean;
}

/** Phrasings by their first stem, longest first. Built once. */
const PHRASINGS: Map<string, Phrasing[]> = (() => {
  const byFirst = new Map<string, Phrasing[]>();
  for (const group of SYNONYM_GROUPS) {
    const id = `~${group[0]?.toLowerCase()}`;
    for (const phrasing of group) {
      const stems = contentTokens(phrasing).map((t) => t.stem);
      const first = stems[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ stems, id, negative: tokenize(phrasing).some((t) => isNegation(t.word)) });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return byFirst;
})();

// Clauses end at sentence punctuation, a blank line or a new bullet; a line wrapped inside a
// paragraph does not end one.
const BREAK = /[.!?;:]|\n\s*\n|\n\s*(?:[-*•]|\d+[.)])\s/g;

/** Offsets where clauses start. */
function clauseStarts(text: string): number[] {
  return [0, ...[...text.matchAll(BREAK)].map((m) => m.index + m[0].length)];
}

function clauseOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const MIN_LIST_ITEMS = 5;
const MAX_ITEM_WORDS = 3;

/**
 * Keyword lists: a clause of at least five comma-separated items, nearly all of at most three
 * content words ("SBOM, VEX, reachability, patient harm, advisory"). Returns the list item of
 * each token offset inside such a clause.
 */
function keywordListItems(text: string, tokens: readonly Token[]): Map<number, string> {
  const items = new Map<number, string>();
  const starts = clauseStarts(text);
  const byClause = new Map<number, Token[]>();
  for (const t of tokens) {
    const c = clauseOf(starts, t.start);
    const clause = byClause.get(c);
    if (clause) clause.push(t);
    else byClause.set(c, [t]);
  }
  for (const [clause, clauseTokens] of byClause) {
    const parts: Token[][] = [[]];
    let last = clauseTokens[0]?.start ?? 0;
    for (const t of clauseTokens) {
      if (text.slice(last, t.start).includes(',')) parts.push([]);
      parts.at(-1)?.push(t);
      last = t.end;
    }
    if (parts.length < MIN_LIST_ITEMS) continue;
    const short = parts.filter((p) => p.filter(isContent).length <= MAX_ITEM_WORDS).length;
    if (short < parts.length - 1) continue;
    parts.forEach((part, i) => {
      for (const t of part) items.set(t.start, `${clause}:${i}`);
    });
  }
  return items;
}

export function unitsOf(text: string): Unit[] {
  const tokens = contentTokens(text);
  const starts = clauseStarts(text);
  const lists = keywordListItems(text, tokens);
  const negated = negatedRanges(text);
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    const phrasing = PHRASINGS.get(t.stem)?.find((p) =>
      p.stems.every((s, k) => tokens[i + k]?.stem === s),
    );
    const length = phrasing?.stems.length ?? 1;
    const listItem = lists.get(t.start);
    const own = tokens.slice(i, i + length);
    units.push({
      id: phrasing?.id ?? t.stem,
      ids: phrasing ? [phrasing.id, ...own.map((o) => o.stem)] : [t.stem],
      tokens: own,
      text: text
        .slice(own[0]?.start ?? 0, own.at(-1)?.end ?? 0)
        .toLowerCase()
        .replace(/\s+/g, ' '),
      sentence: clauseOf(starts, t.start),
      ...(listItem === undefined ? {} : { listItem }),
      ...(!phrasing?.negative && negated.some(([a, b]) => t.start >= a && t.start < b)
        ? { negated: true }
        : {}),
    });
    i += length;
  }
  return units;
}
