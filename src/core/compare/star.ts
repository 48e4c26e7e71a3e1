// How a behavioral answer is built: which STAR part (Situation, Task, Action, Result) each sentence
// belongs to, how much of the answer each part takes, and whose actions the action part tells ("I"
// or "we"). One reading of the answer feeds all three, so the views never disagree. Heuristics
// for self-review, not a grade.
import { phrasesRe } from '../text/phrases.js';
import { plural } from '../text/plural.js';
import { STAR_CUES, type StarPart } from './star-cues.js';
import { IRREGULAR_FORMS } from './synonyms.js';
import { countWords, type Sentence, sentences } from './words.js';

type Part = StarPart['part'];
const ORDER: Part[] = ['situation', 'task', 'action', 'result'];

const CUE_RES = ORDER.map((part) =>
  STAR_CUES[part].map((cue) => ({ cue, re: cue === '%' ? /%/ : phrasesRe([cue]) })),
);

/** Past-tense verbs that tell a state of mind or a need, not something done. */
const NOT_ACTIONS = new Set(
  'was were had did got needed wanted used seemed liked loved hoped believed assumed expected felt thought knew saw heard'.split(
    ' ',
  ),
);
const IRREGULAR_PAST = Object.keys(IRREGULAR_FORMS).filter((w) => !NOT_ACTIONS.has(w));
/**
 * "I rewrote the parser", "we then added fuzzing": a first-person subject with a verb in the past
 * is someone doing something, the action part of a story, even without a cue phrase.
 */
const DID_SOMETHING = new RegExp(
  `(?<![\\p{L}'])(?:i|we)\\s+(?:(?:then|also|first|finally|quickly|immediately|personally|eventually|just|still|even|soon|actually|directly|carefully|together|later|each|both|all)\\s+)?([a-z]+ed|${IRREGULAR_PAST.join('|')})(?![\\p{L}'])`,
  'gu',
);

/**
 * Outcomes told without a listed phrase: time that passed ("six months later", "within a quarter",
 * "by the end of the year", "a year on"), numbers that moved ("dropped", "halved"), and how things
 * are now ("she's much faster now", "these days").
 */
const OUTCOME = new RegExp(
  [
    String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+(?:days?|weeks?|months?|quarters?|years?)\s+(?:later|on)`,
    String.raw`within\s+(?:a|an|one|two|three|four|five|six|a few|\d+)\s+(?:days?|weeks?|months?|quarters?|years?)`,
    'by the end of',
    '(?:dropped|fell|halved|doubled|tripled|went down|went up)',
    'now',
    'these days',
    'ever since',
    'from then on',
  ]
    .map((re) => `(?<![\\p{L}'])${re}(?![\\p{L}'])`)
    .join('|'),
  'u',
);

interface Cue {
  part: number;
  cue: string;
  at: number;
}

/** The earliest cue of a sentence; a listed phrase wins over the past-tense pattern at one spot. */
function firstCue(text: string): Cue | undefined {
  const lower = text.toLowerCase().replace(/’/g, "'");
  let first: Cue | undefined;
  const consider = (c: Cue) => {
    if (first === undefined || c.at < first.at) first = c;
  };
  CUE_RES.forEach((cues, part) => {
    for (const { cue, re } of cues) {
      const m = re.exec(lower);
      if (m) consider({ part, cue, at: m.index });
    }
  });
  const outcome = OUTCOME.exec(lower);
  if (outcome) consider({ part: 3, cue: outcome[0].replace(/\s+/g, ' '), at: outcome.index + 0.5 });
  for (const m of lower.matchAll(DID_SOMETHING))
    if (!NOT_ACTIONS.has(m[1] as string)) {
      consider({ part: 2, cue: m[0].replace(/\s+/g, ' '), at: m.index + 0.5 });
      break;
    }
  return first;
}

/** Sentences, and the clauses of a sentence split by semicolons ("so I built a benchmark; the
 * result was …" is an action, then a result). */
function clauses(answer: string): Sentence[] {
  return sentences(answer).flatMap((s) => {
    const out: Sentence[] = [];
    for (const m of s.text.matchAll(/[^;]+/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      if (text) out.push({ text, start: s.start + m.index + lead });
    }
    return out;
  });
}

export interface StarSegment {
  sentence: Sentence;
  part: Part;
  /** The cue that put this sentence in its part; none for a sentence that stays in the part before. */
  cue?: string;
}

/**
 * Each sentence belongs to a STAR part: the part of its earliest cue, never going back to an
 * earlier part (answers move forward); a sentence without a cue stays in the part before it, and
 * the answer starts in the Situation.
 */
export function starSegments(answer: string): StarSegment[] {
  let current = 0;
  return clauses(answer).map((sentence) => {
    const cue = firstCue(sentence.text);
    if (cue === undefined || cue.part < current) return { sentence, part: ORDER[current] as Part };
    current = cue.part;
    return { sentence, part: ORDER[current] as Part, cue: cue.cue };
  });
}

/** Which parts the answer has (a part is there when a sentence belongs to it), with their cues. */
export function starParts(answer: string): StarPart[] {
  const segments = starSegments(answer);
  return ORDER.map((part) => {
    const mine = segments.filter((s) => s.part === part);
    const cues = [...new Set(mine.flatMap((s) => (s.cue ? [s.cue] : [])))];
    return { part, found: mine.length > 0, cues };
  });
}

export interface StarBalance {
  /** Share of the answer's words in each part, in per cent (rounded; may not add to 100). */
  parts: { part: StarPart['part']; words: number; percent: number; sentences: number }[];
  /** Plain-language call-outs: a missing or one-line Result, a part that takes over. */
  notes: string[];
}

export function starBalance(answer: string): StarBalance {
  const segments = starSegments(answer);
  const total = countWords(answer) || 1;
  const parts = ORDER.map((part) => {
    const mine = segments.filter((s) => s.part === part);
    const words = mine.reduce((n, s) => n + countWords(s.sentence.text), 0);
    return { part, words, percent: Math.round((words / total) * 100), sentences: mine.length };
  });
  const notes: string[] = [];
  const result = parts[3];
  if (!result || result.sentences === 0)
    notes.push(
      'No Result: say how it ended, what changed and how you know (a number if you have one).',
    );
  else if (result.sentences === 1)
    notes.push('The Result is one sentence: say what changed, for whom, and how you know.');
  const situation = parts[0];
  if (situation && situation.percent > 50 && segments.length > 2)
    notes.push(
      `The Situation takes ${situation.percent}% of the answer: set the scene in a sentence or two.`,
    );
  const action = parts[2];
  if (action && action.sentences === 0)
    notes.push('No Action found: say what you yourself did, step by step.');
  return { parts, notes };
}

export interface Ownership {
  i: number;
  we: number;
  /** Where they were counted: the action (and task) part, or the whole answer when none is found. */
  scope: 'action' | 'answer';
  /** Share of "I" among I and we in the action part, in per cent; undefined when neither occurs. */
  iPercent?: number;
  /** Set when the candidate's own actions are hard to find. */
  note?: string;
}

const I_WORDS = ['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'myself'];
const WE_WORDS = ['we', "we're", "we've", "we'd", "we'll", 'us', 'our', 'ourselves'];

/** I against we in the action part of a behavioral answer (the whole answer if none is found). */
export function ownership(answer: string): Ownership {
  const segments = starSegments(answer);
  const action = segments.filter((s) => s.part === 'action' || s.part === 'task');
  const text = (action.length ? action : segments).map((s) => s.sentence.text).join(' ');
  const words =
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}']+/gu) ?? [];
  const i = words.filter((w) => I_WORDS.includes(w)).length;
  const we = words.filter((w) => WE_WORDS.includes(w)).length;
  const scope = action.length ? 'action' : 'answer';
  if (i + we === 0) return { i, we, scope };
  const iPercent = Math.round((i / (i + we)) * 100);
  const note =
    we >= 2 && iPercent < 50
      ? `Your own part is hard to find: "we" ${we} times, "I" ${plural(i, 'time')}${scope === 'action' ? ' where you describe what was done' : ''}. Say what you did.`
      : undefined;
  return { i, we, scope, iPercent, ...(note ? { note } : {}) };
}
