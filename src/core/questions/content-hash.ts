// A short fingerprint of what a question asks (its prompt and the main phrasing of each key
// point), stored with every attempt so that `rehearse due` can tell when a question was edited
// since it was practised. Other phrasings (`also`) only help coverage and do not count as an edit.
// FNV-1a over the text: pure, fast, and enough to notice a change (not a security hash).
import { type KeyPoint, keyPointText } from './key-points.js';

export function contentHash(prompt: string, keyPoints: readonly KeyPoint[] = []): string {
  let hash = 0x811c9dc5;
  const points = Array.isArray(keyPoints)
    ? keyPoints.map((k) => (k == null ? '' : String(keyPointText(k))))
    : [];
  const text = [String(prompt), ...points].join('\u0000');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
