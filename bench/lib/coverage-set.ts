// The labelled coverage set (tests/fixtures/coverage/labelled.yaml) and how a matcher scores on
// it: precision, recall and F1 of `covered` against a careful reader's labels (a label of
// `partly` counts as not covered). Shared by bench/coverage.mjs and the unit test that keeps the
// recorded figures.
import { parse } from 'yaml';
import type { KeyPoint } from '../../src/core/questions/key-points.js';

export type Label = 'covered' | 'partly' | 'missing';

export interface LabelledAnswer {
  question: string;
  split:
    | 'tune'
    | 'tune-2'
    | 'tune-3'
    | 'held-out'
    | 'held-out-2'
    | 'held-out-3'
    | 'held-out-4'
    | 'held-out-5'
    | 'held-out-6'
    | 'held-out-7';
  style: string;
  prompt: string;
  answer: string;
  /** `also`: other phrasings, as the question file gives them (from held-out-2 on). */
  key_points: { point: string; also?: string[]; human: Label }[];
}

export function readLabelledSet(text: string): LabelledAnswer[] {
  return (parse(text) as { answers: LabelledAnswer[] }).answers;
}

export interface Scores {
  labels: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** `covered(answer, point)` for each labelled point, scored against the labels. */
export function scoreMatcher(
  set: readonly LabelledAnswer[],
  covered: (answer: string, point: KeyPoint, prompt: string) => boolean,
): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let labels = 0;
  for (const a of set)
    for (const k of a.key_points) {
      labels++;
      const said = covered(a.answer, k.also ? { point: k.point, also: k.also } : k.point, a.prompt);
      const truth = k.human === 'covered';
      if (said && truth) tp++;
      else if (said) fp++;
      else if (truth) fn++;
    }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { labels, tp, fp, fn, precision: r(precision), recall: r(recall), f1: r(f1) };
}
