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
 * starts). O(n log n), or linear when they already are. Given `all` (the index's events, whose
 * positions are the events' orders) and `storyEvents` a subset of them, it is linear: the order of
 * `all` by start is sorted once and kept, and each subset is read off it (a filter click at
 * 100,000 events sorted the passing events afresh, profiled at 60 ms).
 */
export function createTimeIndex(
  storyEvents: readonly IndexedEvent[],
  all?: readonly IndexedEvent[],
): TimeIndex {
  const events = all ? subsetByStart(storyEvents, all) : sortedByStart(storyEvents);
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

function sortedByStart(events: readonly IndexedEvent[]): readonly IndexedEvent[] {
  for (let i = 1; i < events.length; i += 1) {
    if ((events[i - 1]?.start ?? 0) > (events[i]?.start ?? 0)) {
      return [...events].sort((a, b) => a.start - b.start);
    }
  }
  return events;
}

const sortedAll = new WeakMap<readonly IndexedEvent[], readonly IndexedEvent[]>();

/** `subset` of `all`, sorted by start as `sortedByStart` sorts it, read off `all`'s kept order. */
function subsetByStart(
  subset: readonly IndexedEvent[],
  all: readonly IndexedEvent[],
): readonly IndexedEvent[] {
  let sorted = sortedAll.get(all);
  if (!sorted) sortedAll.set(all, (sorted = sortedByStart(all)));
  if (subset === all) return sorted;
  const member = new Uint8Array(all.length);
  for (const e of subset) member[e.order] = 1;
  return sorted.filter((e) => member[e.order] === 1);
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
