// Which words an answer denies: "we never drew a data flow diagram" does not cover "data flow
// diagram". A negation word reaches to the end of its clause, a comma, a turn ("but", "instead")
// or a new clause with its own subject ("..., and we ..."): a rough scope, as in rule-based
// negation detection (NegEx), that errs towards short scopes.
import { tokenize } from './words.js';

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'nobody',
  'nothing',
  'none',
  'neither',
  'nor',
  'cannot',
  'without',
]);

export const isNegation = (word: string) => NEGATIONS.has(word) || word.endsWith("n't");

// "not only X" and "no longer" do not deny X.
const NOT_DENYING = /^\s+(?:only|just|merely|longer)\b/i;
// Verbs whose denial is an affirmation of what follows: "keys never leave the HSM" keeps them in
// the HSM; "never drifts from what we ship" stays with it. Only the verb itself is denied.
const REVERSING =
  /^\s+(?:(?:ever|once|really)\s+)?(?:leav|left|lose|lost|miss|fail|stop|forget|forgot|skip|drift|lapse|expire|exceed|escape)\w*/i;
const SCOPE_END =
  /[,.;:!?()]|\n\s*\n|\n\s*(?:[-*•]|\d+[.)])\s|\b(?:but|instead|rather|because|although|though|except|unless|until)\b|\b(?:and|or|so|then)\s+(?:i|we|they|he|she|it|you)\b/gi;

/** Spans of the text that negation words deny, as [start, end) offsets. */
export function negatedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const t of tokenize(text)) {
    if (!isNegation(t.word)) continue;
    const rest = text.slice(t.end);
    if (NOT_DENYING.test(rest)) continue;
    const reversing = REVERSING.exec(rest);
    if (reversing) {
      ranges.push([t.end, t.end + reversing[0].length]);
      continue;
    }
    SCOPE_END.lastIndex = t.end;
    ranges.push([t.end, SCOPE_END.exec(text)?.index ?? text.length]);
  }
  return ranges;
}
