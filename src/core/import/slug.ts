// Ids and tags from free text: lowercase ASCII words joined by hyphens, as the schema wants.
import { removeStopwords } from 'stopword';

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MAX_WORDS = 6;
const MAX_LENGTH = 60;

/** An id from a prompt's first significant words, made unique against `taken` (which it joins). */
export function idFor(prompt: string, taken: Set<string>, fallback: string): string {
  const words = slugify(prompt).split('-').filter(Boolean);
  const significant = removeStopwords(words);
  const chosen = (significant.length >= 2 ? significant : words).slice(0, MAX_WORDS);
  let base = chosen.join('-');
  while (base.length > MAX_LENGTH && base.includes('-'))
    base = base.slice(0, base.lastIndexOf('-'));
  if (!base) base = fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
