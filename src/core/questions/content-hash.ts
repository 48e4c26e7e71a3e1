// A short fingerprint of what a question asks (its prompt and key points), stored with every
// attempt so that `rehearse due` can tell when a question was edited since it was practised.
// FNV-1a over the text: pure, fast, and enough to notice a change (not a security hash).

export function contentHash(prompt: string, keyPoints: readonly string[] = []): string {
  let hash = 0x811c9dc5;
  const text = [prompt, ...keyPoints].join('\u0000');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
