/**
 * Indexed events for the state layer's tests and those above it: the test dataset's events with
 * other times, and bare events drawn over exact spans of milliseconds. The dataset itself is the
 * one in model/testDataset.ts.
 */
import type { Category, ChronicleEvent, EventTime } from '../model/schema';
import { makeTestDataset } from '../model/testDataset';
import { createDatasetIndex, type IndexedEvent } from './datasetIndex';

/**
 * Events of the test dataset's shape with the given times, indexed as the app indexes them (in the
 * story's order), for tests of what is computed from times.
 */
export function indexedWithTimes(times: Record<string, EventTime>): IndexedEvent[] {
  const dataset = makeTestDataset();
  const template = dataset.events[0];
  if (!template) throw new Error('fixture: the test dataset has no events');
  const events = Object.entries(times).map(([id, time]) => ({ ...template, id, time }));
  return createDatasetIndex({ ...dataset, events }).events;
}

/**
 * An indexed event drawn over exactly [start, end) ms, as a duration known to the minute at both
 * ends, for tests of geometry and windows that think in milliseconds.
 */
export function spanEntry(
  event: ChronicleEvent,
  order: number,
  start: number,
  end: number,
): IndexedEvent {
  const known = (at: number, until: number) => ({
    earliest: at,
    latest: until,
    estimate: { start: at, end: until },
    known: true,
    precision: 'minute' as const,
    approximate: false,
    uncertain: false,
  });
  return {
    event,
    order,
    timing: { kind: 'duration', start: known(start, start), end: known(end, end) },
    body: { start, end },
    start,
    end,
    // Some tests cast a bare `{ id, categories }` as an event; it has no figures.
    asOf: Array.isArray(event.casualties) ? event.casualties.map(() => ({ start, end })) : [],
  };
}

/** A bare event `e-<order>` of one category over [start, end], for the time index's tests. */
export function spanOf(
  order: number,
  start: number,
  end: number,
  category: Category = 'protest',
): IndexedEvent {
  const event = { id: `e-${order}`, categories: [category] } as unknown as ChronicleEvent;
  return spanEntry(event, order, start, end);
}

/** Bare events in time order from [start, end] pairs (and a category). */
export function spansOf(spans: [number, number, Category?][]): IndexedEvent[] {
  return spans
    .map(([start, end, category], i) => spanOf(i, start, end, category))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
