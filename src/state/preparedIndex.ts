/**
 * What a page shows of a dataset, kept per dataset: the dataset in the reader's language and the
 * index of its view. For a large dataset these, and the tables the first render reads, are made
 * before its page is first shown, in steps between which the page still answers input and paints
 * (`prepareView`): at 500,000 events each was a task of a tenth of a second to a second and a
 * half of the first render. Later views (another account, another reporting date) are built at
 * once, as the page stays on screen meanwhile.
 */
import type { Account, Dataset } from '../model/schema';
import { createDatasetIndex, datasetIndexSteps, type DatasetIndex } from './datasetIndex';
import { FACET_KINDS, facetColumnOf } from './filter';
import { localizeDataset, localizeDatasetSteps } from './localize';
import { MAIN_THREAD_STEP_MS } from './mainThreadSteps';
import { reportingView } from './reportingView';
import { fitAllWindow } from './storyWindow';
import { timeIndexSteps } from './timeIndex';
import { sortedFiguresSteps } from './viewFigures';

/** From this many events a dataset's first index is prepared in steps; below, it is built at once. */
export const PREPARE_IN_STEPS_FROM = 10_000;

/** The index of the view last asked for, per dataset: one, so a moving reporting date keeps one. */
const kept = new WeakMap<
  Dataset,
  { account: Account; knownOn: string | null; index: DatasetIndex }
>();

/** The index of `dataset` in `account` as known on `knownOn` if it is kept, else null. */
function keptIndex(
  dataset: Dataset,
  account: Account,
  knownOn: string | null,
): DatasetIndex | null {
  const known = kept.get(dataset);
  return known !== undefined && known.account === account && known.knownOn === knownOn
    ? known.index
    : null;
}

/** The index of `dataset` in `account` as known on `knownOn`: kept, or built now and kept. */
export function indexOfView(
  dataset: Dataset,
  account: Account,
  knownOn: string | null,
): DatasetIndex {
  const known = keptIndex(dataset, account, knownOn);
  if (known !== null) return known;
  const shown = reportingView(dataset, account, knownOn);
  const index = createDatasetIndex(shown.dataset, shown);
  kept.set(dataset, { account, knownOn, index });
  return index;
}

/** `loaded` in the reader's language (`localizeDataset`), per dataset for the language last asked. */
const localized = new WeakMap<Dataset, { language: string; dataset: Dataset }>();

/** `loaded` as a reader of `language` (a BCP 47 tag) sees it: kept, or made now and kept. */
export function localizedOf(loaded: Dataset, language: string): Dataset {
  const known = localized.get(loaded);
  if (known?.language === language) return known.dataset;
  const dataset = localizeDataset(loaded, language);
  localized.set(loaded, { language, dataset });
  return dataset;
}

/** The datasets in a reader's language whose first view `prepareView` has made to its end. */
const prepared = new WeakSet<Dataset>();

/**
 * The dataset a page shows for `loaded` in `language`: `localizedOf` when it can be shown without
 * preparing (it is small, or `prepareView` has made that copy's first view, tables and all), else
 * null until it has. A page shown earlier would make the rest of the tables in its render.
 */
export function datasetToShow(loaded: Dataset, language: string): Dataset | null {
  if (loaded.events.length < PREPARE_IN_STEPS_FROM) return localizedOf(loaded, language);
  const known = localized.get(loaded);
  return known?.language === language && prepared.has(known.dataset) ? known.dataset : null;
}

/**
 * A table the first render of a view reads, made from its index beforehand (`prepareView`): in
 * steps, as a generator that yields between steps of a few milliseconds each.
 */
export type FirstRenderTable = (index: DatasetIndex) => Generator<void, unknown, void>;

/** A table made in one step, as a `FirstRenderTable`'s steps. */
function* inOneStep(make: () => unknown): Generator<void, unknown, void> {
  yield;
  return make();
}

/**
 * What the first render of a view reads off tables kept per index, made once the index is built,
 * so that the render itself only looks them up: the events by start (the time index), the story's
 * window and "fit all", the figures sorted to compare, each kind's options per event (the filter
 * bar's counts). Made in the render, the first three were one task of 1.4 s at 500,000 events, and
 * the filter bar's counts one of 0.2 s (CPU profiles of the load). The views outside this folder
 * (the casualty strip, the map) give theirs to `prepareView`.
 */
export const FIRST_RENDER_TABLES: readonly FirstRenderTable[] = [
  (index) => timeIndexSteps(index.events),
  (index) => inOneStep(() => fitAllWindow(index.events)),
  (index) => sortedFiguresSteps(index),
  ...FACET_KINDS.map(
    (kind): FirstRenderTable =>
      (index) =>
        inOneStep(() => facetColumnOf(index, kind)),
  ),
];

/**
 * The work of `prepareView` in steps of a few milliseconds each: the dataset in the reader's
 * language, the view of it (one pass over the events), its index (kept), then each table.
 */
function* preparation(
  loaded: Dataset,
  language: string,
  account: Account,
  knownOn: string | null,
  tables: () => readonly FirstRenderTable[],
): Generator<void, void, void> {
  let known = localized.get(loaded);
  if (known?.language !== language) {
    known = { language, dataset: yield* localizeDatasetSteps(loaded, language) };
    localized.set(loaded, known);
  }
  const dataset = known.dataset;
  yield;
  // An index kept from a preparation that was stopped is taken as it is (its tables too: each is
  // kept per index, and found at once).
  let index = keptIndex(dataset, account, knownOn);
  if (index === null) {
    const shown = reportingView(dataset, account, knownOn);
    yield;
    index = yield* datasetIndexSteps(shown.dataset, shown);
    kept.set(dataset, { account, knownOn, index });
  }
  // Asked only now, so that a view's code that has arrived meanwhile (the map's) gives its own.
  for (const make of [...FIRST_RENDER_TABLES, ...tables()]) {
    yield;
    yield* make(index);
  }
  prepared.add(dataset);
}

/** How `prepareView` works, besides what it prepares. */
export interface PrepareOptions {
  /** The tables of views outside this folder, asked for once the index is made. */
  tables?: () => readonly FirstRenderTable[];
  /** How long one task may run its steps: `MAIN_THREAD_STEP_MS`. */
  stepMs?: number;
}

/**
 * Makes and keeps what the first view of `loaded` in `language` needs, in tasks of
 * `MAIN_THREAD_STEP_MS` between which the page answers input and paints: the dataset in that
 * language, its index, then the tables its first render reads (`FIRST_RENDER_TABLES`, then the
 * views'). At 500,000 events each of these held the page for a tenth of a second to a second and
 * a half when made in the render. Resolves true once all are made, or false when `signal` aborts
 * first (what is made by then stays kept, and a later render makes the rest).
 */
export function prepareView(
  loaded: Dataset,
  language: string,
  account: Account,
  knownOn: string | null,
  signal: AbortSignal,
  { tables = () => [], stepMs = MAIN_THREAD_STEP_MS }: PrepareOptions = {},
): Promise<boolean> {
  return new Promise((resolve) => {
    const steps = preparation(loaded, language, account, knownOn, tables);
    const work = () => {
      if (signal.aborted) {
        resolve(false);
        return;
      }
      const until = performance.now() + stepMs;
      do {
        if (steps.next().done === true) {
          resolve(true);
          return;
        }
      } while (performance.now() < until);
      setTimeout(work, 0);
    };
    setTimeout(work, 0);
  });
}
