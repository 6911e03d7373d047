/**
 * Which events lie in a time window, found by bisection rather than a scan: built once per set of
 * filtered events by the page and shared by the timeline (which follows its gestures live), the map
 * and the context band.
 */
import { bisectLeft } from 'd3';
import { CATEGORIES, primaryCategory, type Category } from '../model/vocabulary';
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
  // Each event's primary category as a number (its place in CATEGORIES), kept per `all`: counted
  // first, so each category's starts go straight into an array of the right length.
  const codes = all ? categoryCodes(all) : null;
  const codeOf = (e: IndexedEvent) =>
    codes?.[e.order] ?? CATEGORY_CODES.get(primaryCategory(e.event.categories)) ?? 0;
  const starts = new Float64Array(events.length);
  const counts = new Int32Array(CATEGORIES.length);
  let maxSpan = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!e) continue;
    starts[i] = e.start;
    if (e.end - e.start > maxSpan) maxSpan = e.end - e.start;
    const code = codeOf(e);
    counts[code] = (counts[code] ?? 0) + 1;
  }
  const lists = Array.from(counts, (n) => new Float64Array(n));
  const filled = new Int32Array(CATEGORIES.length);
  for (const e of events) {
    const code = codeOf(e);
    const list = lists[code];
    const at = filled[code] ?? 0;
    if (list) list[at] = e.start;
    filled[code] = at + 1;
  }
  const startsByCategory = new Map<Category, Float64Array>();
  CATEGORIES.forEach((category, code) => {
    const list = lists[code];
    if (list && list.length > 0) startsByCategory.set(category, list);
  });
  return { events, starts, maxSpan, startsByCategory };
}

const CATEGORY_CODES = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));

const kept = new WeakMap<readonly IndexedEvent[], Uint8Array>();

/**
 * Per event order, the place of the event's primary category in CATEGORIES, made once per list of
 * all events: every filter click at 100,000 events looked up each passing event's category again.
 */
function categoryCodes(all: readonly IndexedEvent[]): Uint8Array {
  let codes = kept.get(all);
  if (!codes) {
    codes = Uint8Array.from(
      all,
      (e) => CATEGORY_CODES.get(primaryCategory(e.event.categories)) ?? 0,
    );
    kept.set(all, codes);
  }
  return codes;
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
