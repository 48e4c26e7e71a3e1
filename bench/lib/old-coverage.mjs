// The key-point matcher rehearse used before issue #13, kept only as the benchmark's baseline:
// all of a one- or two-word point's stems (60 % of a longer one) anywhere in the answer.
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOP = new Set(eng);
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const stems = (text) =>
  [...text.matchAll(WORD)]
    .map((m) => m[0].toLowerCase().replaceAll('’', "'"))
    .filter((w) => !STOP.has(w))
    .map((w) => stemmer(w));

export function oldCovered(answer, point) {
  const inAnswer = new Set(stems(answer));
  const wanted = [...new Set(stems(point))];
  const need = wanted.length <= 2 ? wanted.length : Math.ceil(wanted.length * 0.6);
  return wanted.length > 0 && wanted.filter((s) => inAnswer.has(s)).length >= need;
}
