/**
 * Which events lie in a time window, found by bisection rather than a scan: built once per set of
 * filtered events by the page and shared by the timeline (which follows its gestures live), the map
 * and the context band.
 */
import { bisectLeft } from 'd3';
import { primaryCategory, type Category } from '../model/vocabulary';
import type { IndexedEvent } from './datasetIndex';
import type { TimeWindow } from './viewState';

/** Events sorted by start, with their starts and the longest span, for window queries. */
export interface TimeIndex {
  events: readonly IndexedEvent[];
  starts: Float64Array;
  maxSpan: number;
  /** The starts of the events whose primary (first) category is each category, ascending. */
  startsByCategory: ReadonlyMap<Category, Float64Array>;
}

/**
 * Prepares events for `eventsInWindow` and `densityBins`: sorted by where they are drawn from
 * (the story's order can differ, where `after` or uncertain bounds put an event later than it
 * starts). O(n log n), or linear when they already are.
 */
export function createTimeIndex(storyEvents: readonly IndexedEvent[]): TimeIndex {
  const sorted = storyEvents.every(
    (e, i) => i === 0 || (storyEvents[i - 1]?.start ?? 0) <= e.start,
  );
  const events = sorted ? storyEvents : [...storyEvents].sort((a, b) => a.start - b.start);
  const starts = new Float64Array(events.length);
  const byCategory = new Map<Category, number[]>();
  let maxSpan = 0;
  events.forEach((e, i) => {
    starts[i] = e.start;
    maxSpan = Math.max(maxSpan, e.end - e.start);
    const category = primaryCategory(e.event.categories);
    let list = byCategory.get(category);
    if (!list) byCategory.set(category, (list = []));
    list.push(e.start);
  });
  const startsByCategory = new Map(
    [...byCategory].map(([c, list]) => [c, Float64Array.from(list)]),
  );
  return { events, starts, maxSpan, startsByCategory };
}

/** The events whose drawn extent overlaps the window, by where they start; O(log n + k) for short spans. */
export function eventsInWindow(index: TimeIndex, window: TimeWindow): IndexedEvent[] {
  const lo = bisectLeft(index.starts, window.start - index.maxSpan);
  const hi = bisectLeft(index.starts, window.end);
  const result: IndexedEvent[] = [];
  for (let i = lo; i < hi; i++) {
    const e = index.events[i];
    if (e && e.end > window.start) result.push(e);
  }
  return result;
}

/** The events drawn entirely before and after a window, each list nearest first. */
export interface OffscreenEvents {
  before: IndexedEvent[];
  after: IndexedEvent[];
}

/**
 * What lies outside the window on either side: the events that end before it starts and those that
 * start after it ends, nearest first. Linear; the caller keeps it to committed windows.
 */
export function offscreenEvents(index: TimeIndex, window: TimeWindow): OffscreenEvents {
  const before: IndexedEvent[] = [];
  const after: IndexedEvent[] = [];
  for (const e of index.events) {
    if (e.end <= window.start) before.push(e);
    else if (e.start >= window.end) after.push(e);
  }
  before.sort((a, b) => b.end - a.end);
  return { before, after };
}
