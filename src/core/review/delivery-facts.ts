// Delivery feedback as labelled facts with call-outs, the same in the terminal review and the
// HTML and Markdown reports (each view only styles and escapes them).
import type { Insights } from '../compare/insights.js';
import { countWords } from '../compare/words.js';
import { plural } from '../text/plural.js';
import type { QuestionReview } from './review.js';

export interface DeliveryFact {
  label: string;
  value: string;
  /** Call-outs, and for hedges the sentences they are in. */
  notes: string[];
}

const STAR_NAMES = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };

/** Delivery facts, then (after --hints) what the hints changed. */
export function deliveryFacts(
  d: Insights['delivery'],
  hints?: QuestionReview['hints'],
): DeliveryFact[] {
  const out: DeliveryFact[] = [];
  const l = d.length;
  out.push({
    label: 'Length',
    value: [
      `${plural(l.words, 'word')} vs ${l.exampleWords} in the example`,
      ...(l.wordsPerMinute === undefined ? [] : [`${plural(l.wordsPerMinute, 'word')} per minute`]),
      ...(l.timeUsedPercent === undefined ? [] : [`${l.timeUsedPercent}% of the answer time`]),
    ].join(' · '),
    notes: l.notes,
  });
  const h = d.hedges;
  out.push({
    label: 'Hedges',
    value: h.count ? `${plural(h.count, 'hedge')}, ${h.per100Words} per 100 words` : 'none',
    notes: h.sentences.slice(0, 3).map((s) => `“${s.text}” (${s.hedges.join(', ')})`),
  });
  if (d.starBalance)
    out.push({
      label: 'STAR balance',
      value: d.starBalance.parts.map((p) => `${STAR_NAMES[p.part]} ${p.percent}%`).join(' · '),
      notes: d.starBalance.notes,
    });
  const o = d.ownership;
  if (o?.iPercent !== undefined)
    out.push({
      label: 'I or we',
      value: `“I” ${o.i} · “we” ${o.we} in the ${o.scope === 'action' ? 'action part' : 'answer'}`,
      notes: o.note ? [o.note] : [],
    });
  if (hints) {
    const added = countWords(hints.addition ?? '');
    out.push({
      label: 'Hints',
      value: [
        `${hints.shown} of ${plural(hints.before.total, 'key point')} shown`,
        added ? `${plural(added, 'word')} added` : 'nothing added',
        `covered ${hints.before.covered} → ${hints.after.covered} of ${hints.after.total}`,
      ].join(' · '),
      notes: hints.addition
        ? [`Added after hints: “${hints.addition.replace(/\s+/g, ' ').trim()}”`]
        : [],
    });
  }
  return out;
}
