// Human durations such as `30s`, `2m`, `1m30s`, `1h`. The canonical spelling is what the schema
// accepts; `readLenientDuration` also understands common variants so lint can suggest (and fix) them.

/** The fields, in question files and interview scripts, that hold a duration. */
export const DURATION_FIELDS: ReadonlySet<string> = new Set([
  'prep_time',
  'answer_time',
  'time',
  'duration',
]);

export const DURATION_PATTERN = '^(?=\\d)(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$';
const canonical = new RegExp(DURATION_PATTERN);

/** Seconds for a canonical duration, or undefined when the text is not one. */
export function parseDuration(text: string): number | undefined {
  const match = canonical.exec(text);
  if (!match) return undefined;
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** The canonical spelling: 90 → `1m30s`, 0 → `0s`. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const text = `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
  return text || '0s';
}

/** A countdown clock: 75 → `1:15`, 3725 → `1:02:05`; negative values get a leading minus. */
export function formatClock(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '';
  const seconds = Math.floor(Math.abs(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h ? `${sign}${h}:${String(m).padStart(2, '0')}:${s}` : `${sign}${m}:${s}`;
}

const UNIT_SECONDS: Record<string, number> = {
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
};

/**
 * Reads spellings people write by hand (`90 sec`, `2 minutes`, `1m 30s`, `1:30`, `1H`) whose
 * meaning is unambiguous. A bare number is not accepted: seconds or minutes cannot be told apart.
 */
export function readLenientDuration(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  const clock = /^(\d+):([0-5]\d)$/.exec(trimmed);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const parts = [...trimmed.matchAll(/(\d+)\s*([a-z]+)\s*/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed.replace(/^\s+/, '')) {
    return undefined;
  }
  let total = 0;
  for (const [, amount, unit] of parts) {
    const factor = UNIT_SECONDS[unit ?? ''];
    if (factor === undefined) return undefined;
    total += Number(amount) * factor;
  }
  return total;
}
