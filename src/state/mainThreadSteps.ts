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
