/**
 * The index of the view a page shows, kept per dataset, and for a large dataset built before its
 * page is first shown, in steps between which the page still answers input and paints: at
 * 100,000 events `createDatasetIndex` takes about a second, which was one task of the first
 * render. Later views (another account, another reporting date) are built at once, as the page
 * stays on screen meanwhile.
 */
import type { Account, Dataset } from '../model/schema';
import { createDatasetIndex, datasetIndexSteps, type DatasetIndex } from './datasetIndex';
import { MAIN_THREAD_STEP_MS } from './mainThreadSteps';
import { reportingView } from './reportingView';

/** From this many events a dataset's first index is prepared in steps; below, it is built at once. */
export const PREPARE_IN_STEPS_FROM = 10_000;

/** The index of the view last asked for, per dataset: one, so a moving reporting date keeps one. */
const kept = new WeakMap<
  Dataset,
  { account: Account; knownOn: string | null; index: DatasetIndex }
>();

/** The index of `dataset` in `account` as known on `knownOn`: kept, or built now and kept. */
export function indexOfView(
  dataset: Dataset,
  account: Account,
  knownOn: string | null,
): DatasetIndex {
  const known = kept.get(dataset);
  if (known !== undefined && known.account === account && known.knownOn === knownOn) {
    return known.index;
  }
  const shown = reportingView(dataset, account, knownOn);
  const index = createDatasetIndex(shown.dataset, shown);
  kept.set(dataset, { account, knownOn, index });
  return index;
}

/** True when `dataset` can be shown without preparing: it is small, or has been indexed before. */
export function isReadyToShow(dataset: Dataset): boolean {
  return dataset.events.length < PREPARE_IN_STEPS_FROM || kept.has(dataset);
}

/**
 * Builds and keeps the index of the view in steps of `MAIN_THREAD_STEP_MS`, one task each. Resolves
 * true once it is kept, or false when `signal` aborts first (then nothing is kept).
 */
export function prepareIndexOfView(
  dataset: Dataset,
  account: Account,
  knownOn: string | null,
  signal: AbortSignal,
): Promise<boolean> {
  return new Promise((resolve) => {
    let steps: ReturnType<typeof datasetIndexSteps> | null = null;
    const work = () => {
      if (signal.aborted) {
        resolve(false);
        return;
      }
      const until = performance.now() + MAIN_THREAD_STEP_MS;
      if (steps === null) {
        // The view itself (one pass over the events) is the first step.
        const shown = reportingView(dataset, account, knownOn);
        steps = datasetIndexSteps(shown.dataset, shown);
      }
      do {
        const step = steps.next();
        if (step.done === true) {
          kept.set(dataset, { account, knownOn, index: step.value });
          resolve(true);
          return;
        }
      } while (performance.now() < until);
      setTimeout(work, 0);
    };
    setTimeout(work, 0);
  });
}
