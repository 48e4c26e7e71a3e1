// Does an answer cover a key point? A heuristic for self-review, not a grade. The key point and the
// answer become content units (stems, and phrasings from a curated synonym list: units.ts); the
// point counts as covered when enough of its units appear close together in the answer (all of
// one or two, 60 % of more), partly covered when at least a third do. Closeness is a window of
// the answer's units, so words scattered over a long answer do not add up to a point, and words
// taken from separate items of a bare keyword list do not either. Words the answer denies ("we
// never drew a data flow diagram": negation.ts) count only for denied point words; words close
// in meaning count with limits (related.ts).
import { type KeyPoint, keyPointPhrasings, keyPointText } from '../questions/key-points.js';
import {
  MAX_RELATED,
  MIN_RELATED_RANK,
  RELATED_THRESHOLD,
  type Relatedness,
  withRelated,
} from './related.js';
import { type Unit, unitsOf } from './units.js';

export { RELATED_THRESHOLD, type Relatedness } from './related.js';

export type CoverageState = 'covered' | 'partly' | 'missing';

export interface KeyPointCoverage {
  point: string;
  state: CoverageState;
  /** Same as state === 'covered'. */
  covered: boolean;
  /** The share of the point's content found, 0 to 1. */
  score: number;
  /** When an `also` phrasing matched better than the point itself. */
  phrasing?: string;
  /** The key point's (or phrasing's) words found in the answer, and those not found. */
  matched: string[];
  missingWords: string[];
  /** The answer's words that matched, as written. */
  answerWords: string[];
  /** Where the matched words are, for highlighting both texts. */
  answerSpans: [number, number][];
  pointSpans: [number, number][];
}

/** How many of a key point's n content units must appear: all of one or two, else 60 %. */
export function wordsNeeded(n: number): number {
  return n <= 2 ? n : Math.ceil(n * 0.6);
}

/** The window, in content units of the answer, within which a point's words must fall. */
const windowFor = (n: number) => 4 * n + 6;

interface WindowMatch {
  /** Weighted count of the point's units found. */
  hits: number;
  ids: Set<string>;
  units: Unit[];
}

/** Units found only inside a bare keyword list name a topic without saying anything about it. */
const LIST_WEIGHT = 0.5;

/** `given` ids count without being found, but are still marked where the answer has them. */
function bestWindow(
  answer: readonly Unit[],
  wanted: ReadonlySet<string>,
  given: ReadonlySet<string>,
  relatedWeight = 1,
  maxRelated = Number.POSITIVE_INFINITY,
): WindowMatch {
  let best: WindowMatch = { hits: 0, ids: new Set(), units: [] };
  const size = windowFor(wanted.size);
  const counted = (ids: Iterable<string>) => [...ids].filter((id) => !given.has(id)).length;
  // A unit answers to each wanted id it has ("disclosure policy" is CVD, and also "policy").
  const idsOf = (u: Unit) => u.ids.filter((id) => wanted.has(id));
  for (let start = 0; start < answer.length; start++) {
    if (idsOf(answer[start] as Unit).length === 0) continue;
    const inWindow = answer.slice(start, start + size).filter((u) => idsOf(u).length > 0);
    const free = inWindow.filter((u) => u.listItem === undefined);
    const freeIds = new Set(free.flatMap(idsOf));
    // Units only found inside a keyword list count from one item of it, at a lower weight.
    const byItem = new Map<string, Set<string>>();
    const itemUnits = new Map<string, Unit[]>();
    for (const u of inWindow) {
      if (u.listItem === undefined) continue;
      const ids = idsOf(u).filter((id) => !freeIds.has(id));
      if (!ids.length) continue;
      byItem.set(u.listItem, new Set([...(byItem.get(u.listItem) ?? []), ...ids]));
      itemUnits.set(u.listItem, [...(itemUnits.get(u.listItem) ?? []), u]);
    }
    const [item, itemIds] = [...byItem].sort((a, b) => b[1].size - a[1].size)[0] ?? [];
    // Ids found only through a related word (not the point's own word) count for less.
    const onlyRelated = [...freeIds].filter((id) =>
      free.every((u) => !idsOf(u).includes(id) || u.related?.includes(id)),
    );
    const hits =
      counted(freeIds) -
      Math.max(0, counted(onlyRelated) - maxRelated) -
      (1 - relatedWeight) * Math.min(maxRelated, counted(onlyRelated)) +
      LIST_WEIGHT * counted(itemIds ?? []);
    if (hits > best.hits) {
      const units = [...free, ...(item === undefined ? [] : (itemUnits.get(item) ?? []))];
      best = { hits, ids: new Set([...freeIds, ...(itemIds ?? [])]), units };
    }
    if (best.hits === wanted.size - given.size) break;
  }
  return best;
}

/**
 * Words of the point that the question itself already says (its topic: "feedback" when asked
 * about feedback) count as given once the answer supplies any other word of the point.
 */
function givenUnits(point: readonly Unit[], context: ReadonlySet<string>): Set<string> {
  const given = new Set(point.filter((u) => context.has(u.id)).map((u) => u.id));
  return given.size < new Set(point.map((u) => u.id)).size ? given : new Set();
}

function coverPhrasing(
  answerUnits: readonly Unit[],
  phrasing: string,
  context: ReadonlySet<string>,
  options: CoverOptions = {},
  /** The text the result is shown under (the point's main text): pointSpans index into it. */
  shown = phrasing,
): Omit<KeyPointCoverage, 'point'> {
  const pointUnits = unitsOf(phrasing);
  const affirmed = withRelated(
    answerUnits,
    pointUnits,
    options.related,
    options.threshold ?? RELATED_THRESHOLD,
    options.minRelatedRank ?? MIN_RELATED_RANK,
  );
  // Words count only when said the same way: a unit the answer denies ("we never drew a data flow
  // diagram") counts for a point word that is denied too ("must not break the fleet") and no other.
  const denied = new Set(pointUnits.filter((u) => u.negated).flatMap((u) => u.ids));
  const affirmedIds = new Set(pointUnits.filter((u) => !u.negated).flatMap((u) => u.ids));
  const answer = affirmed.map((u) => ({
    ...u,
    ids: u.ids.filter((id) => (u.negated ? denied : affirmedIds).has(id)),
  }));
  const given = givenUnits(pointUnits, context);
  const wanted = new Set(pointUnits.map((u) => u.id));
  const found = bestWindow(
    answer,
    wanted,
    given,
    options.relatedWeight ?? 1,
    options.maxRelated ?? MAX_RELATED,
  );
  const n = wanted.size;
  const hits = found.hits > 0 ? found.hits + given.size : 0;
  const state: CoverageState =
    n > 0 && hits >= wordsNeeded(n)
      ? 'covered'
      : n > 0 && hits >= Math.max(1, n / 3)
        ? 'partly'
        : 'missing';
  const hitUnits = pointUnits.filter((u) => found.ids.has(u.id) || (hits > 0 && given.has(u.id)));
  const missUnits = pointUnits.filter((u) => !hitUnits.includes(u));
  const words = (units: readonly Unit[]) => [...new Set(units.map((u) => u.text))];
  const spans = (units: readonly Unit[]): [number, number][] =>
    units.flatMap((u) => u.tokens.map((t): [number, number] => [t.start, t.end]));
  return {
    state,
    covered: state === 'covered',
    score: n === 0 ? 0 : Math.min(1, Math.round((hits / n) * 100) / 100),
    matched: words(hitUnits),
    missingWords: words(missUnits),
    answerWords: words(found.units),
    answerSpans: spans(found.units).sort((a, b) => a[0] - b[0]),
    // Spans of the text shown: for another phrasing, the main text's units with the same ids.
    pointSpans:
      shown === phrasing
        ? spans(hitUnits)
        : spans(unitsOf(shown).filter((u) => hitUnits.some((h) => h.id === u.id))),
  };
}

export interface CoverOptions {
  related?: Relatedness;
  /** Relatedness from which an answer word counts as a point word. */
  threshold?: number;
  /** Answer words more common than this rank do not count through relatedness. */
  minRelatedRank?: number;
  /** How many of a point's words may be found only through relatedness (see MAX_RELATED). */
  maxRelated?: number;
  /** What a word found only through relatedness counts for, 0 to 1. */
  relatedWeight?: number;
}

const RANK: Record<CoverageState, number> = { missing: 0, partly: 1, covered: 2 };

/** The best match over the key point's phrasings (`also`), reported under its main text. */
function coverUnits(
  answer: readonly Unit[],
  k: KeyPoint,
  context: ReadonlySet<string>,
  options: CoverOptions,
): KeyPointCoverage {
  const [main, ...others] = keyPointPhrasings(k);
  let best: KeyPointCoverage = {
    point: keyPointText(k),
    ...coverPhrasing(answer, main ?? '', context, options),
  };
  for (const phrasing of others) {
    const c = coverPhrasing(answer, phrasing, context, options, main ?? '');
    if (RANK[c.state] > RANK[best.state] || (c.state === best.state && c.score > best.score))
      best = { point: keyPointText(k), ...c, phrasing };
  }
  return best;
}

/** `question`: the prompt, whose words a point need not repeat (see wantedUnits). */
export function coverKeyPoints(
  answer: string,
  keyPoints: readonly KeyPoint[],
  question = '',
  options: CoverOptions = {},
): KeyPointCoverage[] {
  const units = unitsOf(answer);
  const context = new Set(unitsOf(question).map((u) => u.id));
  return keyPoints.map((k) => coverUnits(units, k, context, options));
}

export interface CoverageTally {
  covered: number;
  partly: number;
  missing: number;
  total: number;
}

export function tallyCoverage(coverage: readonly KeyPointCoverage[]): CoverageTally {
  const count = (state: CoverageState) => coverage.filter((c) => c.state === state).length;
  return {
    covered: count('covered'),
    partly: count('partly'),
    missing: count('missing'),
    total: coverage.length,
  };
}

/** "2 of 5 key points seem covered, 1 partly". */
export function describeTally(t: CoverageTally): string {
  const partly = t.partly ? `, ${t.partly} partly` : '';
  return `${t.covered} of ${t.total === 1 ? '1 key point seems' : `${t.total} key points seem`} covered${partly}`;
}

/** The short form kept in session files. */
export function coverageSummary(coverage: readonly KeyPointCoverage[]): {
  covered: string[];
  missed: string[];
  partly?: string[];
} {
  const partly = coverage.filter((c) => c.state === 'partly').map((c) => c.point);
  return {
    covered: coverage.filter((c) => c.covered).map((c) => c.point),
    missed: coverage.filter((c) => !c.covered).map((c) => c.point),
    ...(partly.length ? { partly } : {}),
  };
}
