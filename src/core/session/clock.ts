// Time comes in from outside: the session core never reads a clock itself.

export interface Clock {
  /** Monotonic milliseconds (does not jump with the wall clock; stops while the machine sleeps). */
  now(): number;
  /** Wall-clock epoch milliseconds, for timestamps in the record and to notice a sleep. */
  wall(): number;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  wall: () => Date.now(),
};
