import { describe, expect, it } from 'vitest';
import {
  crossedWarning,
  elapsedMs,
  levelFor,
  startStopwatch,
  tick,
  timeStatus,
} from '../../src/core/session/timer.js';

describe('levelFor: colour changes at 25 % left and in the last 30 s', () => {
  it.each([
    [180, 180, 'calm'],
    [46, 180, 'calm'],
    [45, 180, 'low'],
    [31, 180, 'low'],
    [30, 180, 'critical'],
    [1, 180, 'critical'],
    [0, 180, 'over'],
    [-5, 180, 'over'],
    [50, 60, 'calm'],
    [30, 60, 'critical'],
    [599, 600, 'calm'],
    [150, 600, 'low'],
    // A short prep clock is not red from its first second: red only in its second half.
    [30, 30, 'calm'],
    [16, 30, 'calm'],
    [15, 30, 'critical'],
    [7, 30, 'critical'],
  ] as const)('%i s left of %i → %s', (remaining, limit, level) =>
    expect(levelFor(remaining, limit)).toBe(level),
  );
});

describe('timeStatus', () => {
  it.each([
    [10, 60, { remaining: 50, overtime: 0, level: 'calm' }],
    [50, 60, { remaining: 10, level: 'critical' }],
    [72, 60, { remaining: -12, overtime: 12, level: 'over' }],
    [30, undefined, { overtime: 0, level: 'calm' }],
  ] as const)('%i s used of %j', (elapsed, limit, expected) =>
    expect(timeStatus(elapsed, limit)).toMatchObject(expected),
  );
});

describe('crossedWarning', () => {
  it.each([
    ['calm', 'low', true],
    ['low', 'critical', true],
    ['calm', 'critical', true],
    ['critical', 'over', true],
    ['low', 'low', false],
    ['calm', 'calm', false],
    ['over', 'calm', false],
  ] as const)('%s → %s: %s', (a, b, expected) => expect(crossedWarning(a, b)).toBe(expected));
});

describe('stopwatch with an injected clock', () => {
  // [description, ticks as [mono, wall] after a start at (0, 1_000_000), elapsed ms, pauses]
  it.each([
    [
      'steady ticks',
      [
        [1000, 1_001_000],
        [2000, 1_002_000],
      ],
      2000,
      [],
    ],
    [
      'a stopped process (Ctrl+Z) is not charged',
      [
        [1000, 1_001_000],
        [61_000, 1_061_000],
        [62_000, 1_062_000],
      ],
      2000,
      [{ seconds: 60, kind: 'stopped' }],
    ],
    [
      'a sleeping machine is recorded',
      [
        [1000, 1_001_000],
        [2000, 1_302_000],
      ],
      2000,
      [{ seconds: 300, kind: 'suspended' }],
    ],
  ] as const)('%s', (_, ticks, elapsed, pauses) => {
    let watch = startStopwatch(0, 1_000_000);
    for (const [mono, wall] of ticks) watch = tick(watch, mono, wall);
    const [lastMono] = ticks.at(-1) as readonly [number, number];
    expect(elapsedMs(watch, lastMono)).toBe(elapsed);
    expect(watch.pauses).toMatchObject(pauses);
  });

  it('carries time over from an earlier run (resume)', () => {
    expect(elapsedMs(startStopwatch(500, 0, 30_000), 1500)).toBe(31_000);
  });
});
