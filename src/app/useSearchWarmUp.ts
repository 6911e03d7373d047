import { useEffect } from 'react';
import type { DatasetIndex } from '../state/datasetIndex';
import { MAIN_THREAD_STEP_MS, QUIET_AFTER_INPUT_MS } from '../state/mainThreadSteps';

/** The reader's own input: while it comes, background work waits. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Builds the dataset's search index after the first paint, in steps of `MAIN_THREAD_STEP_MS`
 * between frames, so that the first search finds it ready (at 100,000 events building it takes
 * about a second; done inside the first keystroke, that second would be the keystroke's). It
 * gives way to the reader: no step starts until `QUIET_AFTER_INPUT_MS` after the last click, key,
 * wheel or touch, so a filter clicked while it is under way does not share its frames, or its
 * garbage collection, with the building (at 500,000 events one click in six took 0.8 s instead
 * of 0.2-0.3 s). Marks `chronicle:search-ready` when done, for the benchmark. A search before
 * then builds the rest at once.
 */
export function useSearchWarmUp(index: DatasetIndex): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastInput = Number.NEGATIVE_INFINITY;
    const onInput = () => {
      lastInput = performance.now();
    };
    for (const type of INPUT_EVENTS) {
      window.addEventListener(type, onInput, { capture: true, passive: true });
    }
    const stop = () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
    const step = () => {
      const quietFor = performance.now() - lastInput;
      if (quietFor < QUIET_AFTER_INPUT_MS) {
        timer = setTimeout(step, QUIET_AFTER_INPUT_MS - quietFor);
        return;
      }
      if (index.prepareSearch(MAIN_THREAD_STEP_MS)) {
        index.searchIndex();
        performance.mark('chronicle:search-ready');
        stop();
        return;
      }
      timer = setTimeout(step, 0);
    };
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(step, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      stop();
    };
  }, [index]);
}
