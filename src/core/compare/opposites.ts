// Words of opposite meaning sit close together in word vectors ("inbound" and "outbound" 0.92,
// "hardware" and "software" 0.79), so relatedness alone would let an answer's "outbound" cover a
// point's "inbound". A careful reader never counts one for the other: these pairs never stand in
// for each other (related.ts). Two ways to be opposites: a pair of opposing prefixes on one stem
// ("encrypt"/"decrypt", "valid"/"invalid", "upstream"/"downstream"), or a pair from the short
// list below of opposites that share no stem, checked on Porter stems so that "rejected" is
// "reject".
import { stemmer } from 'stemmer';

/** Prefix pairs that turn a word into its opposite; '' is the bare word. */
const PREFIX_PAIRS: readonly (readonly [string, string])[] = [
  ['', 'un'],
  ['', 'in'],
  ['', 'im'],
  ['', 'il'],
  ['', 'ir'],
  ['', 'non'],
  ['', 'dis'],
  ['', 'mis'],
  ['', 'anti'],
  ['', 'de'],
  ['', 'a'],
  ['in', 'out'],
  ['in', 'ex'],
  ['im', 'ex'],
  ['in', 'de'],
  ['en', 'de'],
  ['up', 'down'],
  ['on', 'off'],
  ['over', 'under'],
  ['pre', 'post'],
  ['inter', 'intra'],
];

/** The part both words must share after their prefixes: long enough to be a word of its own. */
const MIN_SHARED = 4;

/** Opposites that share no stem. Kept to pairs that come up when people talk about their work. */
const OPPOSITE_PAIRS = `
  hardware software | client server | sender receiver | attacker defender | success failure
  succeed fail | pass fail | accept reject | approve reject | allow deny | allow block
  permit deny | open closed | true false | strong weak | manual automatic | public private
  permanent temporary | mandatory optional | physical remote | before after | early late
  first last | start stop | begin end | increase reduce | higher lower | more fewer | more less
  better worse | best worst | old new | legacy modern | safe dangerous | always never | all none
  many few | win lose | gain loss | internal external | inside outside | input output
  import export | include exclude | upper lower | read write | send receive | push pull
  encrypted plaintext | senior junior | major minor | positive negative | cause effect
  offence defence | offense defense | red blue | black white | hot cold | fast slow | easy hard
  maximum minimum
`
  .trim()
  .split(/\s*[|\n]\s*/)
  .map((pair) => pair.split(/\s+/).map(stemmer) as [string, string]);

const listed = new Set(OPPOSITE_PAIRS.flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`]));

function prefixOpposites(a: string, b: string): boolean {
  for (const [p, q] of PREFIX_PAIRS)
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const)
      if (
        x.startsWith(p) &&
        y.startsWith(q) &&
        x.length - p.length >= MIN_SHARED &&
        x.slice(p.length) === y.slice(q.length)
      )
        return true;
  return false;
}

/** Whether two words (lowercased, as written) mean opposite things. */
export function areOpposites(a: string, b: string): boolean {
  if (a === b) return false;
  return prefixOpposites(a, b) || listed.has(`${stemmer(a)} ${stemmer(b)}`);
}
