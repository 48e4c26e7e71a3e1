// Cuts a text into plain and marked pieces at UTF-16 span offsets. The cut happens on the raw
// text, before any escaping: offsets count characters of the session text, not of its HTML or
// Markdown form, so escaping first would move every later span.

export type Span = readonly [number, number];

export interface Piece {
  text: string;
  marked: boolean;
}

/** Spans clamped to the text, in order, without overlaps or empty ones (offsets may be stale). */
function usable(spans: readonly Span[], length: number): [number, number][] {
  const sorted = spans
    .map(([s, e]): [number, number] => [
      Math.max(0, Math.min(s, length)),
      Math.max(0, Math.min(e, length)),
    ])
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export function splitAtSpans(text: string, spans: readonly Span[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of usable(spans, text.length)) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
