// One chalk instance per output stream: NO_COLOR and FORCE_COLOR win, otherwise colour only on a TTY.
import { Chalk, type ChalkInstance, supportsColor } from 'chalk';
import type { OutStream } from '../base/io.js';

export type ColourLevel = 0 | 1 | 2 | 3;

function colourLevel(
  stream: OutStream,
  env: Readonly<Record<string, string | undefined>>,
): ColourLevel {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const n = Number(force);
    if (Number.isInteger(n)) return Math.max(0, Math.min(3, n)) as ColourLevel;
    return 1;
  }
  if (!stream.isTTY) return 0;
  return supportsColor ? (supportsColor.level as ColourLevel) || 1 : 1;
}

export function colourFor(
  stream: OutStream,
  env: Readonly<Record<string, string | undefined>>,
): ChalkInstance {
  return new Chalk({ level: colourLevel(stream, env) });
}
