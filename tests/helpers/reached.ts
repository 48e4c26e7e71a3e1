// Property tests count how many generated cases reached their assertion: a property whose cases
// mostly return early proves little. Each test prints the count and fails below 90 %.
import { expect } from 'vitest';

export function reachCounter(name: string) {
  let runs = 0;
  let reached = 0;
  return {
    /** Call at the start of every generated case. */
    run: () => {
      runs++;
    },
    /** Call right before the assertion. */
    reached: () => {
      reached++;
    },
    check: () => {
      console.log(`${name}: ${reached} of ${runs} generated cases reached the assertion`);
      expect(runs).toBeGreaterThan(0);
      expect(reached / runs).toBeGreaterThanOrEqual(0.9);
    },
  };
}
