// The one gate for untrusted text on its way to a terminal: control characters and escape
// sequences are made visible (as ␛[31m, \x9b, …) instead of being executed. Pure; no terminal.

import { CONTROL_CLASS } from '../core/text/control.js';

const PICTURES = 0x2400; // U+2400 "SYMBOL FOR NULL" starts the Control Pictures block.

const UNSAFE = new RegExp(CONTROL_CLASS, 'g');

function picture(char: string): string {
  const code = char.codePointAt(0) as number;
  if (code < 0x20) return String.fromCodePoint(PICTURES + code);
  if (code === 0x7f) return '\u2421';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Safe for a terminal: keeps newlines and tabs, shows everything else that controls the terminal. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(UNSAFE, picture);
}

/** For one-line contexts (table cells): newlines and tabs become spaces too. */
export function sanitizeInline(text: string): string {
  return sanitizeForTerminal(text).replace(/[\t\n]+/g, ' ');
}
