// The clock arithmetic of one answer: elapsed, remaining, overtime, warning level, and pauses.
// Pure: every function takes the current monotonic and wall times as arguments.

export type TimeLevel = 'calm' | 'low' | 'critical' | 'over';

/** A gap between ticks longer than this means the process was stopped (Ctrl+Z) or the machine slept. */
const PAUSE_GAP_MS = 2_000;

export interface Pause {
  /** Wall-clock time the pause began (ISO string in the record). */
  startedAt: number;
  seconds: number;
  kind: 'stopped' | 'suspended';
}

export interface Stopwatch {
  startedAt: number;
  /** Time carried over from an earlier run of the same answer (resume). */
  carriedMs: number;
  /** Pause time excluded from the elapsed time. */
  pausedMs: number;
  lastTick: { mono: number; wall: number };
  pauses: Pause[];
}

export function startStopwatch(mono: number, wall: number, carriedMs = 0): Stopwatch {
  return { startedAt: mono, carriedMs, pausedMs: 0, lastTick: { mono, wall }, pauses: [] };
}

/**
 * Advances the stopwatch to now. A long gap in the monotonic clock is a stopped process and is not
 * charged; wall time passing without monotonic time is a machine asleep (never charged, recorded).
 */
export function tick(watch: Stopwatch, mono: number, wall: number): Stopwatch {
  const monoGap = mono - watch.lastTick.mono;
  const wallGap = wall - watch.lastTick.wall;
  const pauses = [...watch.pauses];
  let pausedMs = watch.pausedMs;
  if (monoGap > PAUSE_GAP_MS) {
    pausedMs += monoGap;
    pauses.push({
      startedAt: watch.lastTick.wall,
      seconds: round(monoGap / 1000),
      kind: 'stopped',
    });
  } else if (wallGap - monoGap > PAUSE_GAP_MS) {
    pauses.push({
      startedAt: watch.lastTick.wall,
      seconds: round((wallGap - monoGap) / 1000),
      kind: 'suspended',
    });
  }
  return { ...watch, pausedMs, pauses, lastTick: { mono, wall } };
}

export function elapsedMs(watch: Stopwatch, mono: number): number {
  return Math.max(0, watch.carriedMs + (mono - watch.startedAt) - watch.pausedMs);
}

export interface TimeStatus {
  elapsed: number;
  /** Seconds left, negative once over; undefined with no limit. */
  remaining?: number;
  overtime: number;
  level: TimeLevel;
}

export function timeStatus(elapsedSeconds: number, limitSeconds: number | undefined): TimeStatus {
  if (limitSeconds === undefined) return { elapsed: elapsedSeconds, overtime: 0, level: 'calm' };
  const remaining = limitSeconds - elapsedSeconds;
  return {
    elapsed: elapsedSeconds,
    remaining,
    overtime: Math.max(0, -remaining),
    level: levelFor(remaining, limitSeconds),
  };
}

/**
 * Colour changes at 25 % left, and again in the last 30 s (whichever comes first shows first).
 * Red never covers more than the second half of a limit, so a 30 s prep clock starts calm too.
 */
export function levelFor(remaining: number, limit: number): TimeLevel {
  if (remaining <= 0) return 'over';
  if (remaining <= Math.min(30, limit / 2)) return 'critical';
  if (remaining <= limit * 0.25) return 'low';
  return 'calm';
}

const SEVERITY: Record<TimeLevel, number> = { calm: 0, low: 1, critical: 2, over: 3 };

/** True when the level got worse since the last look: the moment to ring a bell or announce. */
export function crossedWarning(before: TimeLevel, after: TimeLevel): boolean {
  return SEVERITY[after] > SEVERITY[before];
}

export function round(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}
