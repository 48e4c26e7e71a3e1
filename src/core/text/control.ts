// Characters that let text drive a terminal (or disguise itself): C0 and C1 controls, DEL,
// and the Unicode bidirectional overrides used in "Trojan Source" spoofing. Tab and newline are text.

/** Source of the character class; the terminal sanitiser builds its global regex from it. */
export const CONTROL_CLASS =
  '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]';
const CONTROL = new RegExp(CONTROL_CLASS);

const NAMES: Record<number, string> = {
  0: 'NUL',
  7: 'BEL',
  8: 'BS',
  11: 'VT',
  12: 'FF',
  13: 'CR',
  27: 'ESC',
  127: 'DEL',
  155: 'CSI',
  157: 'OSC',
};

export interface ControlHit {
  index: number;
  codePoint: number;
  /** The escape sequence it starts, e.g. "ESC [31m", when it starts one. */
  sequence?: string;
}

export function findControl(text: string): ControlHit | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  const codePoint = match[0].codePointAt(0) as number;
  const rest = text.slice(match.index, match.index + 12);
  const sequence =
    codePoint === 0x1b && /^.[[\]PX^_]/su.test(rest)
      ? rest.replace(/[^\x20-\x7e]/g, '')
      : undefined;
  return { index: match.index, codePoint, ...(sequence ? { sequence } : {}) };
}

export function describeControl(hit: ControlHit): string {
  const hex = `U+${hit.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[hit.codePoint];
  const kind =
    hit.codePoint >= 0x202a
      ? 'a bidirectional override'
      : hit.sequence
        ? 'an escape sequence'
        : 'a control character';
  return `${kind} ${hex}${name ? ` (${name})` : ''}`;
}
