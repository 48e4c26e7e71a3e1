// A key point is written either as text or as `{ point, also }`, where `also` lists other ways a
// candidate may say the same thing. Everything that reads key points goes through these helpers,
// so both forms (and session files written before `also` existed) read alike.

export interface KeyPointWithAlso {
  point: string;
  also?: string[];
}

export type KeyPoint = string | KeyPointWithAlso;

/** The key point as shown to people: its main phrasing. */
export function keyPointText(k: KeyPoint): string {
  return typeof k === 'string' ? k : k.point;
}

/** Every phrasing coverage may match: the main one first, then the `also` ones. */
export function keyPointPhrasings(k: KeyPoint): string[] {
  return typeof k === 'string' ? [k] : [k.point, ...(k.also ?? [])];
}

/** A copy safe to keep in a session file (no shared arrays with the loaded question). */
export function copyKeyPoint(k: KeyPoint): KeyPoint {
  return typeof k === 'string' ? k : { point: k.point, ...(k.also ? { also: [...k.also] } : {}) };
}
