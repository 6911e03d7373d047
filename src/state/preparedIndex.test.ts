import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../model/schema';
import { makeTestDataset } from '../model/testDataset';
import { createDatasetIndex, datasetIndexSteps } from './datasetIndex';
import { STEP_ITEMS, stepsTaken } from './mainThreadSteps';
import { localizeDataset } from './localize';
import {
  FIRST_RENDER_TABLES,
  PREPARE_IN_STEPS_FROM,
  datasetToShow,
  indexOfView,
  localizedOf,
  prepareView,
} from './preparedIndex';
import { reportingView } from './reportingView';

/** The test dataset's events, copied under new ids until there are `count`. */
function largeDataset(count: number): Dataset {
  const dataset = makeTestDataset();
  const events = Array.from({ length: count }, (_, i) => {
    const event = dataset.events[i % dataset.events.length];
    if (event === undefined) throw new Error('the test dataset has events');
    // Story order across copies ("after") would point at the first copy only: left out.
    return { ...event, id: `${event.id}-${i}`, after: undefined, aliases: undefined };
  });
  return { ...dataset, events, claims: [] };
}

/** What an index holds, without its functions (which are new closures in each index). */
function contents(index: ReturnType<typeof createDatasetIndex>) {
  return Object.fromEntries(Object.entries(index).filter(([, v]) => typeof v !== 'function'));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('datasetIndexSteps', () => {
  it('builds in steps what createDatasetIndex builds at once', () => {
    const dataset = largeDataset(STEP_ITEMS * 3 + 5);
    const shown = reportingView(dataset, 'article', null);
    const steps = datasetIndexSteps(shown.dataset, shown);
    const { yielded, value } = stepsTaken(steps);
    // At least one step per pass over the events, each of at most STEP_ITEMS.
    expect(yielded).toBeGreaterThanOrEqual(3 * 8);
    expect(contents(value)).toEqual(contents(createDatasetIndex(shown.dataset, shown)));
    expect(value.searchTextOf(7)).toBe(createDatasetIndex(shown.dataset, shown).searchTextOf(7));
  });
});

describe('the prepared view', () => {
  it('is made in tasks of its own, then given to the page without making it again', async () => {
    vi.useFakeTimers();
    const loaded = largeDataset(PREPARE_IN_STEPS_FROM);
    expect(datasetToShow(loaded, 'en')).toBeNull();
    let done: boolean | null = null;
    void prepareView(loaded, 'en', 'article', null, new AbortController().signal).then((made) => {
      done = made;
    });
    // Nothing runs inside the call: the work starts in a task of its own.
    expect(datasetToShow(loaded, 'en')).toBeNull();
    await vi.runAllTimersAsync();
    expect(done).toBe(true);
    const shown = datasetToShow(loaded, 'en');
    // In the reader's language, as localizeDataset gives it, and kept.
    expect(shown).toEqual(localizeDataset(loaded, 'en'));
    expect(shown).not.toBe(loaded);
    expect(datasetToShow(loaded, 'en')).toBe(shown);
    if (shown === null) throw new Error('the view was made');
    const index = indexOfView(shown, 'article', null);
    expect(index.events).toHaveLength(PREPARE_IN_STEPS_FROM);
    expect(indexOfView(shown, 'article', null)).toBe(index);
    // Another language is another copy, prepared again.
    expect(datasetToShow(loaded, 'nb')).toBeNull();
  });

  it('then makes the tables the first render reads, in steps of their own, before it resolves', async () => {
    vi.useFakeTimers();
    const loaded = largeDataset(PREPARE_IN_STEPS_FROM);
    const madeFor: unknown[] = [];
    let viewSteps = 0;
    function* viewTable(index: unknown): Generator<void, void, void> {
      for (let step = 0; step < 3; step++) {
        yield;
        viewSteps += 1;
      }
      madeFor.push(index);
    }
    let asked = 0;
    let done: boolean | null = null;
    // No time for more than one step a task: every step shows as a task of its own.
    void prepareView(loaded, 'en', 'article', null, new AbortController().signal, {
      stepMs: 0,
      tables: () => {
        asked += 1;
        return [viewTable];
      },
    }).then((made) => {
      done = made;
    });
    while (asked === 0) await vi.advanceTimersToNextTimerAsync();
    // The index is made, and the views' tables are asked for only now; none is made yet, and the
    // page is not shown until they are.
    expect(viewSteps).toBe(0);
    expect(done).toBeNull();
    expect(datasetToShow(loaded, 'en')).toBeNull();
    let tasks = 0;
    while (done === null) {
      const before = viewSteps;
      await vi.advanceTimersToNextTimerAsync();
      expect(viewSteps - before).toBeLessThanOrEqual(1);
      tasks += 1;
    }
    expect(done).toBe(true);
    // At least a task for each table of the page, and one for each step of the view's.
    expect(tasks).toBeGreaterThan(FIRST_RENDER_TABLES.length + 3);
    expect(viewSteps).toBe(3);
    const shown = datasetToShow(loaded, 'en');
    if (shown === null) throw new Error('the view was made');
    expect(madeFor).toEqual([indexOfView(shown, 'article', null)]);
  });

  it('when stopped and started again, takes the index made by then instead of making it again', async () => {
    vi.useFakeTimers();
    const loaded = largeDataset(PREPARE_IN_STEPS_FROM);
    const controller = new AbortController();
    let asked = 0;
    const tables = () => {
      asked += 1;
      return [];
    };
    const first = prepareView(loaded, 'en', 'article', null, controller.signal, {
      stepMs: 0,
      tables,
    });
    // Stopped once the index is made (the tables are asked for right after it).
    while (asked === 0) await vi.advanceTimersToNextTimerAsync();
    controller.abort();
    await vi.runAllTimersAsync();
    await expect(first).resolves.toBe(false);
    expect(datasetToShow(loaded, 'en')).toBeNull();
    const shown = localizedOf(loaded, 'en');
    const index = indexOfView(shown, 'article', null);
    const again = prepareView(loaded, 'en', 'article', null, new AbortController().signal, {
      tables,
    });
    await vi.runAllTimersAsync();
    await expect(again).resolves.toBe(true);
    expect(datasetToShow(loaded, 'en')).toBe(shown);
    expect(indexOfView(shown, 'article', null)).toBe(index);
  });

  it('keeps nothing when stopped', async () => {
    vi.useFakeTimers();
    const loaded = largeDataset(PREPARE_IN_STEPS_FROM);
    const controller = new AbortController();
    const made = prepareView(loaded, 'en', 'article', null, controller.signal);
    controller.abort();
    await vi.runAllTimersAsync();
    await expect(made).resolves.toBe(false);
    expect(datasetToShow(loaded, 'en')).toBeNull();
  });

  it('gives a small dataset at once, in the language asked, kept per language', () => {
    const loaded = makeTestDataset();
    const english = datasetToShow(loaded, 'en');
    expect(english).toEqual(localizeDataset(loaded, 'en'));
    expect(datasetToShow(loaded, 'en')).toBe(english);
    expect(localizedOf(loaded, 'en')).toBe(english);
    const norwegian = datasetToShow(loaded, 'nb');
    expect(norwegian).not.toBe(english);
    expect(norwegian).toEqual(localizeDataset(loaded, 'nb'));
  });
});

describe('the index of a view', () => {
  it('builds another view at once and keeps only the latest', () => {
    const dataset = makeTestDataset();
    const article = indexOfView(dataset, 'article', null);
    const later = indexOfView(dataset, 'later-reporting', null);
    expect(later).not.toBe(article);
    expect(later.reporting?.account).toBe('later-reporting');
    expect(indexOfView(dataset, 'later-reporting', null)).toBe(later);
    expect(indexOfView(dataset, 'article', null)).not.toBe(article);
  });
});
