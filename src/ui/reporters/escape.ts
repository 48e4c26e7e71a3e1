// Machine formats end up in CI logs, code-scanning pages and test dashboards, which show text to
// people: control characters (ESC, BEL, DEL, C1), bidirectional overrides (U+202E, "Trojan
// Source"), line separators and noncharacters are escaped in each format's own way so that the
// document stays valid and nothing in it can drive a terminal or disguise itself.

/** Characters no machine format carries raw (tab, LF and CR are each format's business). */
export const UNSAFE_IN_REPORTS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to escape.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]/g;

const hex4 = (c: string) => (c.codePointAt(0) as number).toString(16).padStart(4, '0');

/** JSON text with those characters as \u escapes: the same data, in ASCII-safe form. */
export function escapeJsonText(json: string): string {
  // JSON.stringify has escaped C0 already; what is left can only stand inside strings.
  return json.replace(UNSAFE_IN_REPORTS, (c) => `\\u${hex4(c)}`);
}

/** Visible text for a log line: ␛ for ESC, \u202e for an override; the meaning stays readable. */
export function visible(text: string): string {
  return text.replace(UNSAFE_IN_REPORTS, (c) => {
    const code = c.codePointAt(0) as number;
    if (code < 0x20) return String.fromCodePoint(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `\\u${hex4(c)}`;
  });
}
