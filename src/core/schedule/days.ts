// Calendar days as `YYYY-MM-DD` in the local time zone: what "today", "due on" and the interview
// date mean to a person. Pure: every function takes its instants as arguments.

export type Day = string;

const pad = (n: number) => String(n).padStart(2, '0');

export function dayOf(instant: Date): Day {
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** A real calendar date written YYYY-MM-DD, or undefined. */
export function parseDay(text: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? text
    : undefined;
}

function parts(day: Day): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y as number, (m as number) - 1, d as number];
}

/** Local midnight at the start of the day. */
export function startOfDay(day: Day): Date {
  const [y, m, d] = parts(day);
  return new Date(y, m, d);
}

/** The last millisecond of the day (local): "due on DAY" means due before this. */
export function endOfDay(day: Day): Date {
  return new Date(startOfDay(addDays(day, 1)).getTime() - 1);
}

export function addDays(day: Day, n: number): Day {
  const [y, m, d] = parts(day);
  const date = new Date(Date.UTC(y, m, d + n));
  return date.toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier); DST-proof. */
export function daysBetween(from: Day, to: Day): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2, d2) - Date.UTC(y1, m1, d1)) / 86_400_000);
}
