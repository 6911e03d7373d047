/**
 * The timeline at scale: which events lie in the window (by bisection, not a scan), density bins
 * for when there are too many to draw one by one, and a row-and-bisect index for hit-testing
 * marks drawn on a canvas.
 */
import { bisectLeft, bisectRight } from 'd3';
import type { Category } from '../model/schema';
import type { IndexedEvent } from '../state/datasetIndex';
import type { TimeWindow } from '../state/viewState';

/** Events sorted by start, with their starts and the longest span, for window queries. */
export interface TimeIndex {
  events: readonly IndexedEvent[];
  starts: Float64Array;
  maxSpan: number;
  /** The starts of the events whose primary (first) category is each category, ascending. */
  startsByCategory: ReadonlyMap<Category, Float64Array>;
}

/**
 * Prepares events for `eventsInWindow` and `densityBins`: sorted by start (ties keep the order
 * given), since the story's order is not the order of the starts once an event's drawn extent
 * reaches back to the earliest it may have happened. O(n log n).
 */
export function createTimeIndex(given: readonly IndexedEvent[]): TimeIndex {
  const events = [...given].sort((a, b) => a.start - b.start);
  const starts = new Float64Array(events.length);
  const byCategory = new Map<Category, number[]>();
  let maxSpan = 0;
  events.forEach((e, i) => {
    starts[i] = e.start;
    maxSpan = Math.max(maxSpan, e.end - e.start);
    const category = e.event.categories[0] ?? 'background';
    let list = byCategory.get(category);
    if (!list) byCategory.set(category, (list = []));
    list.push(e.start);
  });
  const startsByCategory = new Map(
    [...byCategory].map(([c, list]) => [c, Float64Array.from(list)]),
  );
  return { events, starts, maxSpan, startsByCategory };
}

/** The events whose span overlaps the window, by start; O(log n + k) for short spans. */
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

/** One column of the density band: events starting in [start, end), by primary category. */
export interface DensityBin {
  start: number;
  end: number;
  total: number;
  byCategory: Map<Category, number>;
}

/**
 * Counts the events starting in each of `binCount` equal columns of the window, by primary
 * category. Bisects the index's sorted starts: O(columns × categories × log n), whatever the
 * number of events, so it can run on every frame of a zoom.
 */
export function densityBins(index: TimeIndex, window: TimeWindow, binCount: number): DensityBin[] {
  const count = Math.max(1, Math.floor(binCount));
  const width = (window.end - window.start) / count;
  const bins: DensityBin[] = Array.from({ length: count }, (_, i) => ({
    start: window.start + i * width,
    end: window.start + (i + 1) * width,
    total: 0,
    byCategory: new Map(),
  }));
  for (const [category, starts] of index.startsByCategory) {
    let below = bisectLeft(starts, window.start);
    for (const bin of bins) {
      const upTo = bisectLeft(starts, bin.end);
      if (upTo > below) {
        bin.byCategory.set(category, upTo - below);
        bin.total += upTo - below;
      }
      below = upTo;
    }
  }
  return bins;
}

/** A mark drawn on the canvas: its box in CSS pixels. */
export interface CanvasMark {
  entry: IndexedEvent;
  row: number;
  x0: number;
  x1: number;
}

/** Marks grouped by row and sorted by x0, for finding the mark under a point by bisection. */
export interface HitIndex {
  rows: { x0s: number[]; marks: CanvasMark[] }[];
}

/** Builds the hit index of marks (any order in). */
export function createHitIndex(marks: readonly CanvasMark[]): HitIndex {
  const rows: { x0s: number[]; marks: CanvasMark[] }[] = [];
  const sorted = [...marks].sort((a, b) => a.x0 - b.x0);
  for (const mark of sorted) {
    let row = rows[mark.row];
    while (rows.length <= mark.row) rows.push({ x0s: [], marks: [] });
    row = rows[mark.row];
    if (!row) continue;
    row.x0s.push(mark.x0);
    row.marks.push(mark);
  }
  return { rows };
}

/** The mark in `row` covering x (with `slop` px of tolerance), or null. */
export function hitTest(index: HitIndex, row: number, x: number, slop = 4): CanvasMark | null {
  const bucket = index.rows[row];
  if (!bucket) return null;
  // Marks in a row never overlap, so only the last mark starting before x (+slop) can cover it.
  const i = bisectRight(bucket.x0s, x + slop) - 1;
  const mark = bucket.marks[i];
  if (!mark) return null;
  return x <= Math.max(mark.x1, mark.x0 + 2) + slop ? mark : null;
}
