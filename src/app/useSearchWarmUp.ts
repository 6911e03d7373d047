import { useEffect } from 'react';
import type { DatasetIndex } from '../state/datasetIndex';
import { MAIN_THREAD_STEP_MS } from '../state/mainThreadSteps';

/**
 * Builds the dataset's search index after the first paint, in steps of `MAIN_THREAD_STEP_MS`
 * between frames, so that the first search finds it ready (at 100,000 events building it takes
 * about a second; done inside the first keystroke, that second would be the keystroke's). Marks
 * `chronicle:search-ready` when done, for the benchmark. A search before then builds the rest at
 * once.
 */
export function useSearchWarmUp(index: DatasetIndex): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      if (index.prepareSearch(MAIN_THREAD_STEP_MS)) {
        index.searchIndex();
        performance.mark('chronicle:search-ready');
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
    };
  }, [index]);
}
