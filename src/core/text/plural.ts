/** "1 word", "2 words": a count with its noun, singular only for exactly one. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
