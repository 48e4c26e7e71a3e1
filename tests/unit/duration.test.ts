import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDuration,
  parseDuration,
  readLenientDuration,
} from '../../src/core/duration.js';

describe('parseDuration', () => {
  it.each([
    ['30s', 30],
    ['2m', 120],
    ['1m30s', 90],
    ['1h', 3600],
    ['1h2m3s', 3723],
    ['0s', 0],
    ['90s', 90],
    ['', undefined],
    ['1', undefined],
    ['1m 30s', undefined],
    ['m', undefined],
    ['1s2m', undefined],
    ['-1s', undefined],
    ['1.5m', undefined],
  ])('%j → %j', (text, seconds) => expect(parseDuration(text)).toBe(seconds));
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [30, '30s'],
    [90, '1m30s'],
    [3600, '1h'],
    [3723, '1h2m3s'],
    [59.6, '1m'],
  ])('%j → %j', (seconds, text) => expect(formatDuration(seconds)).toBe(text));
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [75, '1:15'],
    [3725, '1:02:05'],
    [-12, '-0:12'],
    [9.9, '0:09'],
  ])('%j → %j', (seconds, text) => expect(formatClock(seconds)).toBe(text));
});

describe('readLenientDuration', () => {
  it.each([
    ['90 sec', 90],
    ['2 minutes', 120],
    ['1m 30s', 90],
    ['1:30', 90],
    ['1H', 3600],
    ['1 hour 5 mins', 3900],
    ['90', undefined],
    ['soon', undefined],
    ['2 fortnights', undefined],
    ['1:75', undefined],
    ['', undefined],
  ])('%j → %j', (text, seconds) => expect(readLenientDuration(text)).toBe(seconds));
});
