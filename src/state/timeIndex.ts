/**
 * Which events lie in a time window, found by bisection rather than a scan: built once per set of
 * filtered events by the page and shared by the timeline (which follows its gestures live), the map
 * and the context band.
 */
import { bisectLeft, bisectRight } from 'd3';
import { CATEGORIES, primaryCategory, type Category } from '../model/vocabulary';
import type { IndexedEvent } from './datasetIndex';
import { finish, STEP_ITEMS } from './mainThreadSteps';
import { orderMask } from './orderMask';
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
  all: readonly IndexedEvent[] = storyEvents,
): TimeIndex {
  return subsetIndex(storyEvents, all);
}

/**
 * Each category's starts, ascending, from the starts in order and each one's primary category as
 * a number: counted first, so each category's starts go straight into an array of its length.
 */
function startsByCategory(
  starts: Float64Array,
  codes: Uint8Array,
): ReadonlyMap<Category, Float64Array> {
  const counts = new Int32Array(CATEGORIES.length);
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  const lists = Array.from(counts, (n) => new Float64Array(n));
  const filled = new Int32Array(CATEGORIES.length);
  for (let i = 0; i < starts.length; i++) {
    const code = codes[i] ?? 0;
    const at = filled[code] ?? 0;
    const list = lists[code];
    if (list) list[at] = starts[i] ?? 0;
    filled[code] = at + 1;
  }
  const byCategory = new Map<Category, Float64Array>();
  CATEGORIES.forEach((category, code) => {
    const list = lists[code];
    if (list && list.length > 0) byCategory.set(category, list);
  });
  return byCategory;
}

/**
 * All the events sorted by start, as `sortedByStart` sorts them, with their starts, spans,
 * orders and primary categories (as numbers) in that order: made once per list of all events,
 * so that a subset's index is read off typed arrays (every filter click at 100,000 events read
 * each passing event's start, end, order and category off its object again).
 */
interface SortedAll {
  events: readonly IndexedEvent[];
  starts: Float64Array;
  spans: Float64Array;
  orders: Int32Array;
  codes: Uint8Array;
}

const sortedAll = new WeakMap<readonly IndexedEvent[], SortedAll>();

function sortedAllOf(all: readonly IndexedEvent[]): SortedAll {
  return finish(sortedAllSteps(all));
}

/**
 * `all`'s events in start order with their numbers (`SortedAll`), kept, made in steps of
 * `STEP_ITEMS` events (the sort, linear when they already are in order, is one step): at 500,000
 * rows of an ACLED export the pass was a quarter of a second.
 */
function* sortedAllSteps(all: readonly IndexedEvent[]): Generator<void, SortedAll, void> {
  const known = sortedAll.get(all);
  if (known) return known;
  const events = sortedByStart(all);
  yield;
  const starts = new Float64Array(events.length);
  const spans = new Float64Array(events.length);
  const orders = new Int32Array(events.length);
  const codes = new Uint8Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as IndexedEvent;
    starts[i] = e.start;
    spans[i] = e.end - e.start;
    orders[i] = e.order;
    codes[i] = CATEGORY_CODES.get(primaryCategory(e.event.categories)) ?? 0;
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  const kept = { events, starts, spans, orders, codes };
  sortedAll.set(all, kept);
  return kept;
}

/**
 * The order the time index of `all` and of each subset of it is read off (`sortedAllSteps`), made
 * in steps beforehand for a large dataset's first view (`FIRST_RENDER_TABLES`); the index itself
 * is a pass over typed arrays that the render makes.
 */
export function* timeIndexSteps(all: readonly IndexedEvent[]): Generator<void, unknown, void> {
  return yield* sortedAllSteps(all);
}

/** The index of `subset` of `all`, read off `all`'s kept order (`sortedAllOf`). */
function subsetIndex(subset: readonly IndexedEvent[], all: readonly IndexedEvent[]): TimeIndex {
  const sorted = sortedAllOf(all);
  const every = subset === all;
  const member = every ? null : orderMask(subset, all.length);
  const size = every ? sorted.events.length : subset.length;
  const events: IndexedEvent[] = [];
  const starts = new Float64Array(size);
  const codes = new Uint8Array(size);
  let maxSpan = 0;
  let at = 0;
  for (let i = 0; i < sorted.events.length && at < size; i++) {
    if (member && member[sorted.orders[i] ?? -1] !== 1) continue;
    const e = sorted.events[i];
    if (!e) continue;
    events.push(e);
    starts[at] = sorted.starts[i] ?? 0;
    codes[at] = sorted.codes[i] ?? 0;
    const span = sorted.spans[i] ?? 0;
    if (span > maxSpan) maxSpan = span;
    at += 1;
  }
  return {
    events: every ? sorted.events : events,
    starts,
    maxSpan,
    startsByCategory: startsByCategory(starts, codes),
  };
}

const CATEGORY_CODES = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));

function sortedByStart(events: readonly IndexedEvent[]): readonly IndexedEvent[] {
  for (let i = 1; i < events.length; i += 1) {
    if ((events[i - 1]?.start ?? 0) > (events[i]?.start ?? 0)) {
      return [...events].sort((a, b) => a.start - b.start);
    }
  }
  return events;
}

/** The events whose drawn extent overlaps the window, by where they start; O(log n + k) for short spans. */
export function eventsInWindow(index: TimeIndex, window: TimeWindow): IndexedEvent[] {
  const lo = bisectLeft(index.starts, window.start - index.maxSpan);
  const hi = bisectLeft(index.starts, window.end);
  const result: IndexedEvent[] = [];
  // An event that starts after the window's start ends after it too: only the others' ends are
  // read (an end is read through the event's body, a load from elsewhere in memory).
  for (let i = lo; i < hi; i++) {
    const e = index.events[i];
    if (e && ((index.starts[i] ?? 0) > window.start || e.end > window.start)) result.push(e);
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
 * start after it ends, nearest first. The events after it are the tail of the index (by start);
 * only the events that start by the window's start are read for their ends (at 500,000 events,
 * reading every event's end was 16 ms of a filter click under the profiler). The caller keeps it
 * to committed windows.
 */
export function offscreenEvents(index: TimeIndex, window: TimeWindow): OffscreenEvents {
  const { events, starts } = index;
  const before: IndexedEvent[] = [];
  const startedBy = bisectRight(starts, window.start);
  for (let i = 0; i < startedBy; i++) {
    const e = events[i];
    if (e && e.end <= window.start) before.push(e);
  }
  before.sort((a, b) => b.end - a.end);
  // An event of the tail that starts by the window's start ends before it only in an empty window.
  const firstAfter = bisectLeft(starts, window.end);
  const after =
    firstAfter >= startedBy
      ? events.slice(firstAfter)
      : events
          .slice(firstAfter)
          .filter((e, i) => firstAfter + i >= startedBy || e.end > window.start);
  return { before, after };
}
