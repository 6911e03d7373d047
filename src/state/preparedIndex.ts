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
import { fitAllWindow } from './storyWindow';
import { createTimeIndex } from './timeIndex';
import { figuresInView } from './viewFigures';

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
 * What the first render of a view reads off tables kept per index, each made here in a task of its
 * own once the index is built, so that the render itself only looks them up: the events by start
 * (the time index), the story's window and "fit all", the figures by `asOf`. Made in the render,
 * they were one task of 1.4 s at 500,000 events (a CPU profile of the load).
 */
export const FIRST_RENDER_TABLES: readonly ((index: DatasetIndex) => unknown)[] = [
  (index) => createTimeIndex(index.events),
  (index) => fitAllWindow(index.events),
  (index) => figuresInView(index, index.events),
];

/**
 * Builds and keeps the index of the view in steps of `MAIN_THREAD_STEP_MS`, one task each, then the
 * tables its first render reads (`FIRST_RENDER_TABLES`), a task each. Resolves true once they are
 * made, or false when `signal` aborts first (an index already built stays kept).
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
          setTimeout(() => makeTables(step.value, 0), 0);
          return;
        }
      } while (performance.now() < until);
      setTimeout(work, 0);
    };
    const makeTables = (index: DatasetIndex, next: number) => {
      if (signal.aborted) {
        // The index stays kept: a later render finds it, and makes the tables itself.
        resolve(false);
        return;
      }
      const make = FIRST_RENDER_TABLES[next];
      if (make === undefined) {
        resolve(true);
        return;
      }
      make(index);
      setTimeout(() => makeTables(index, next + 1), 0);
    };
    setTimeout(work, 0);
  });
}
