// Grapheme clusters and terminal cells for the answer editor. Pure; no terminal access.
//
// Intl.Segmenter and string-width are correct but slow (microseconds per character): far too slow
// to run over a whole answer on every keystroke. Most characters can neither attach to the
// character before them nor pull in the one after, so a cluster boundary between two such
// characters is certain without asking. Only the short runs around characters that can join
// (combining marks, ZWJ, Hangul jamo, regional indicators, …) are handed to Intl.Segmenter.
import stringWidth from 'string-width';
import { sanitizeForTerminal } from '../sanitize.js';

/** A tab shows as this many spaces (not tab stops: a row's width must not depend on its start). */
export const TAB_CELLS = 4;
const TAB_SPACES = ' '.repeat(TAB_CELLS);

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Join flags of a code point: 2 = may join the next one, 4 = may join the previous one (UAX #29:
// Prepend, ZWJ, Hangul and regional indicators join forward (GB6-9b, 11-13); marks join backward
// (GB9, 9a) and, for Indic conjuncts (GB9c), forward too; CR joins LF (GB3)).
const JOINS_FORWARD =
  /[\p{M}\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u1100-\u11ff\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}\u{1f1e6}-\u{1f1ff}]/u;
const JOINS_BACKWARD =
  /[\p{M}\u0e33\u0eb3\u1160-\u11ff\ud7b0-\ud7ff\uff9e\uff9f\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;
const bmpFlags = new Uint8Array(0x10000); // flags + 1; 0 = not yet classified
const astralFlags = new Map<number, number>();

const ZWNJ = 0x200c; // joins the previous character (Extend)
const ZWJ = 0x200d; // joins both ways (Extend; emoji sequences, GB11)

function classify(codePoint: number): number {
  if (codePoint === ZWJ) return 6;
  if (codePoint === ZWNJ) return 4;
  const char = String.fromCodePoint(codePoint);
  return (JOINS_FORWARD.test(char) ? 2 : 0) | (JOINS_BACKWARD.test(char) ? 4 : 0);
}

function joinFlags(codePoint: number): number {
  if (codePoint < 0x300) return codePoint === 0x0d ? 2 : 0;
  if (codePoint < 0x10000) {
    let flags = bmpFlags[codePoint] as number;
    if (flags === 0) {
      // A lone surrogate half is shown as a replacement: it joins nothing.
      flags = (codePoint >= 0xd800 && codePoint <= 0xdfff ? 0 : classify(codePoint)) + 1;
      bmpFlags[codePoint] = flags;
    }
    return flags - 1;
  }
  let flags = astralFlags.get(codePoint);
  if (flags === undefined) {
    flags = classify(codePoint);
    astralFlags.set(codePoint, flags);
  }
  return flags;
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether a cluster boundary certainly lies before unit `i` (false: ask the segmenter). */
function certainBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  let before = text.charCodeAt(i - 1);
  let after = text.charCodeAt(i);
  if (before < 0x300 && after < 0x300) return before !== 0x0d || after !== 0x0a;
  if (isLow(after) && isHigh(before)) return false; // inside a surrogate pair
  if (isLow(before) && i >= 2 && isHigh(text.charCodeAt(i - 2)))
    before = text.codePointAt(i - 2) as number;
  if (isHigh(after)) after = text.codePointAt(i) as number;
  return (joinFlags(before) & 2) === 0 && (joinFlags(after) & 4) === 0;
}

/** Ends of the clusters from `start` (a boundary) to the next certain boundary (≤ `limit`). */
export function clusterEnds(text: string, start: number, limit = text.length): number[] {
  if (certainBoundary(text, start + 1) || start + 1 >= limit) return [start + 1];
  let stop = start + 2;
  while (stop < limit && !certainBoundary(text, stop)) stop++;
  const ends: number[] = [];
  let at = start;
  for (const { segment } of segmenter.segment(text.slice(start, stop))) {
    at += segment.length;
    ends.push(at);
  }
  return ends;
}

/** The grapheme cluster containing unit `i` (0 ≤ i < text.length), as [start, end). */
export function clusterAt(text: string, i: number): [number, number] {
  if (certainBoundary(text, i) && certainBoundary(text, i + 1)) return [i, i + 1];
  let start = i;
  while (!certainBoundary(text, start)) start--;
  let at = start;
  for (const end of clusterEnds(text, start)) {
    if (i < end) return [at, end];
    at = end;
  }
  return [i, i + 1]; // not reached: the runs cover i
}

export function previousBoundary(text: string, i: number): number {
  return i <= 0 ? 0 : clusterAt(text, i - 1)[0];
}

export function nextBoundary(text: string, i: number): number {
  return i >= text.length ? text.length : clusterAt(text, i)[1];
}

/** `i` itself if it is a cluster boundary, else the start of the cluster it falls into. */
export function snapToBoundary(text: string, i: number): number {
  if (i <= 0) return 0;
  if (i >= text.length) return text.length;
  return clusterAt(text, i)[0];
}

/** How the editor shows text: controls made visible by the one sanitiser, tabs as spaces. */
export function displayText(text: string): string {
  const safe = sanitizeForTerminal(text);
  return safe.includes('\t') ? safe.replaceAll('\t', TAB_SPACES) : safe;
}

const bmpCells = new Uint8Array(0x10000); // cells + 1; 0 = not yet measured
const clusterWidths = new Map<string, number>();
const CLUSTER_CACHE_LIMIT = 4096;

/** Terminal cells taken by the cluster text[start, end) as the editor shows it. */
export function cellsOf(text: string, start: number, end: number): number {
  const unit = text.charCodeAt(start);
  if (end - start === 1) {
    if (unit < 0x7f) return unit === 9 ? TAB_CELLS : 1; // C0 controls show as one control picture
    let cells = bmpCells[unit] as number;
    if (cells === 0) {
      // A lone surrogate half reaches the terminal as U+FFFD, one cell.
      const lone = unit >= 0xd800 && unit <= 0xdfff;
      cells = (lone ? 1 : stringWidth(displayText(String.fromCharCode(unit)))) + 1;
      bmpCells[unit] = cells;
    }
    return cells - 1;
  }
  const cluster = text.slice(start, end);
  let cells = clusterWidths.get(cluster);
  if (cells === undefined) {
    cells = stringWidth(displayText(cluster));
    if (clusterWidths.size >= CLUSTER_CACHE_LIMIT) clusterWidths.clear();
    clusterWidths.set(cluster, cells);
  }
  return cells;
}

/** Cells taken by text[start, end); both ends must be cluster boundaries. */
export function widthOf(text: string, start = 0, end = text.length): number {
  let cells = 0;
  let i = start;
  while (i < end) {
    const unit = text.charCodeAt(i);
    if (unit < 0x7f && (i + 1 >= end || text.charCodeAt(i + 1) < 0x300)) {
      cells += unit === 9 ? TAB_CELLS : 1;
      i++;
      continue;
    }
    for (const stop of clusterEnds(text, i, end)) {
      cells += cellsOf(text, i, stop);
      i = stop;
    }
  }
  return cells;
}
