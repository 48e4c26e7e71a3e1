// Sparklines for trends in the terminal: ▁▂▃▄▅▆▇█. Pure.
const BARS = '▁▂▃▄▅▆▇█';

/** A terminal sparkline of values in [min, max]. */
export function sparkline(values: readonly number[], min: number, max: number): string {
  const span = max - min || 1;
  return values
    .map(
      (v) => BARS[Math.round(((Math.min(max, Math.max(min, v)) - min) / span) * (BARS.length - 1))],
    )
    .join('');
}
