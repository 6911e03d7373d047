/**
 * How long one step of work spread over frames (the first index of a large dataset, the search
 * index) may hold the main thread: short enough that input and frames pass between steps.
 */
export const MAIN_THREAD_STEP_MS = 12;
