import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../model/schema';
import { makeTestDataset } from '../model/testDataset';
import { INDEX_STEP_EVENTS, createDatasetIndex, datasetIndexSteps } from './datasetIndex';
import {
  FIRST_RENDER_TABLES,
  PREPARE_IN_STEPS_FROM,
  indexOfView,
  isReadyToShow,
  prepareIndexOfView,
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
    const dataset = largeDataset(INDEX_STEP_EVENTS * 3 + 5);
    const shown = reportingView(dataset, 'article', null);
    const steps = datasetIndexSteps(shown.dataset, shown);
    let yielded = 0;
    let step = steps.next();
    while (step.done !== true) {
      yielded += 1;
      step = steps.next();
    }
    // At least one step per pass over the events, each of at most INDEX_STEP_EVENTS.
    expect(yielded).toBeGreaterThanOrEqual(3 * 8);
    expect(contents(step.value)).toEqual(contents(createDatasetIndex(shown.dataset, shown)));
    expect(step.value.searchTextOf(7)).toBe(
      createDatasetIndex(shown.dataset, shown).searchTextOf(7),
    );
  });
});

describe('the prepared index', () => {
  it('is built in tasks of its own, then given to the view without building again', async () => {
    vi.useFakeTimers();
    const dataset = largeDataset(PREPARE_IN_STEPS_FROM);
    expect(isReadyToShow(dataset)).toBe(false);
    let done: boolean | null = null;
    void prepareIndexOfView(dataset, 'article', null, new AbortController().signal).then((kept) => {
      done = kept;
    });
    // Nothing runs inside the call: the work starts in a task of its own.
    expect(isReadyToShow(dataset)).toBe(false);
    await vi.runAllTimersAsync();
    expect(done).toBe(true);
    expect(isReadyToShow(dataset)).toBe(true);
    const index = indexOfView(dataset, 'article', null);
    expect(index.events).toHaveLength(PREPARE_IN_STEPS_FROM);
    expect(indexOfView(dataset, 'article', null)).toBe(index);
  });

  it('then makes the tables the first render reads, in tasks of their own, before it resolves', async () => {
    vi.useFakeTimers();
    const dataset = largeDataset(PREPARE_IN_STEPS_FROM);
    let done: boolean | null = null;
    void prepareIndexOfView(dataset, 'article', null, new AbortController().signal).then((kept) => {
      done = kept;
    });
    while (!isReadyToShow(dataset)) await vi.advanceTimersToNextTimerAsync();
    // The index is kept; the tables (time index, windows, figures) are each a task still to come.
    expect(done).toBeNull();
    for (let task = 0; task < FIRST_RENDER_TABLES.length; task++) {
      await vi.advanceTimersToNextTimerAsync();
    }
    expect(done).toBeNull();
    await vi.runAllTimersAsync();
    expect(done).toBe(true);
  });

  it('keeps nothing when stopped', async () => {
    vi.useFakeTimers();
    const dataset = largeDataset(PREPARE_IN_STEPS_FROM);
    const controller = new AbortController();
    const kept = prepareIndexOfView(dataset, 'article', null, controller.signal);
    controller.abort();
    await vi.runAllTimersAsync();
    await expect(kept).resolves.toBe(false);
    expect(isReadyToShow(dataset)).toBe(false);
  });

  it('builds another view at once and keeps only the latest', () => {
    const dataset = makeTestDataset();
    expect(isReadyToShow(dataset)).toBe(true);
    const article = indexOfView(dataset, 'article', null);
    const later = indexOfView(dataset, 'later-reporting', null);
    expect(later).not.toBe(article);
    expect(later.reporting?.account).toBe('later-reporting');
    expect(indexOfView(dataset, 'later-reporting', null)).toBe(later);
    expect(indexOfView(dataset, 'article', null)).not.toBe(article);
  });
});
