/**
 * How long one step of work spread over frames (the first index of a large dataset, the search
 * index) may hold the main thread: short enough that input and frames pass between steps.
 */
export const MAIN_THREAD_STEP_MS = 12;

/**
 * How long after the reader's last click, key, wheel or touch work in the background (the search
 * index) waits before its next step, so that what the reader asked for has the main thread.
 */
export const QUIET_AFTER_INPUT_MS = 1_000;

/**
 * Items per step of a pass over a dataset's events or figures made in steps (a generator that
 * yields between steps): a few milliseconds of work at most.
 */
export const STEP_ITEMS = 2_000;

/** Work written in steps, done at once: runs `steps` to its end and gives its result. */
export function finish<T>(steps: Generator<void, T, void>): T {
  return stepsTaken(steps).value;
}

/** Runs `steps` to its end: its result, and how many times it yielded on the way. */
export function stepsTaken<T>(steps: Generator<void, T, void>): { yielded: number; value: T } {
  for (let yielded = 0; ; yielded++) {
    const step = steps.next();
    if (step.done === true) return { yielded, value: step.value };
  }
}
