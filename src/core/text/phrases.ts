// Phrases matched as whole words: "we had" in "we had a flaky build", not in "we hadn't".
// Shared by the hedge counter and the STAR reading.

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any of the phrases, on word edges; `flags` as for RegExp ('u' is always added). */
export function phrasesRe(phrases: readonly string[], flags = ''): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}'’])(?:${phrases.map(escapeRe).join('|')})(?![\\p{L}\\p{N}'’])`,
    `${flags}u`,
  );
}
