import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Category, ChronicleEvent } from '../model/schema';
import type { IndexedEvent } from '../state/datasetIndex';
import {
  createHitIndex,
  createTimeIndex,
  densityBins,
  eventsInWindow,
  hitTest,
  type CanvasMark,
} from './dense';
import { spanEntry } from '../state/testDataset';

function entry(
  order: number,
  start: number,
  end: number,
  category: Category = 'protest',
): IndexedEvent {
  const event = { id: `e-${order}`, categories: [category] } as unknown as ChronicleEvent;
  return spanEntry(event, order, start, end);
}

/** Events in time order from [start, end] pairs. */
function events(spans: [number, number, Category?][]): IndexedEvent[] {
  return spans
    .map(([start, end, category], i) => entry(i, start, end, category))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

describe('eventsInWindow', () => {
  it('finds exactly the events overlapping the window, long spans from before included', () => {
    const list = events([
      [0, 10],
      [5, 100],
      [20, 30],
      [40, 41],
      [60, 70],
    ]);
    const found = eventsInWindow(createTimeIndex(list), { start: 35, end: 65 });
    expect(found.map((e) => [e.start, e.end])).toEqual([
      [5, 100],
      [40, 41],
      [60, 70],
    ]);
  });

  it('agrees with a plain scan on random events and windows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 200 })), {
          maxLength: 80,
        }),
        fc.integer({ min: -100, max: 1100 }),
        fc.integer({ min: 1, max: 500 }),
        (raw, start, length) => {
          const list = events(raw.map(([s, l]) => [s, s + l]));
          const window = { start, end: start + length };
          const expected = list.filter((e) => e.end > window.start && e.start < window.end);
          expect(eventsInWindow(createTimeIndex(list), window)).toEqual(expected);
        },
      ),
    );
  });

  it('finds the same events in any order given, as the story orders them', () => {
    // Story order: the first event's possible range reaches back before the second's start.
    const list = [entry(0, 30, 40), entry(1, 0, 5), entry(2, 10, 60)];
    const found = eventsInWindow(createTimeIndex(list), { start: 35, end: 50 });
    expect(found.map((e) => e.order)).toEqual([2, 0]);
    const bins = densityBins(createTimeIndex(list), { start: 0, end: 60 }, 2);
    expect(bins.map((b) => b.total)).toEqual([2, 1]);
  });
});

describe('densityBins', () => {
  it('counts events by the column and primary category they start in', () => {
    const list = events([
      [0, 1, 'protest'],
      [1, 2, 'protest'],
      [12, 13, 'violence'],
      [15, 16, 'protest'],
      [39, 40, 'violence'],
      [45, 46, 'violence'],
    ]);
    const bins = densityBins(createTimeIndex(list), { start: 0, end: 40 }, 4);
    expect(bins.map((b) => [b.start, b.end, b.total])).toEqual([
      [0, 10, 2],
      [10, 20, 2],
      [20, 30, 0],
      [30, 40, 1],
    ]);
    expect(bins[1]?.byCategory.get('violence')).toBe(1);
    expect(bins[1]?.byCategory.get('protest')).toBe(1);
  });

  it('counts every event that starts in the window exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 50 }),
        (starts, bins) => {
          const list = events(starts.map((s) => [s, s + 1]));
          const counted = densityBins(createTimeIndex(list), { start: 0, end: 1000 }, bins).reduce(
            (n, b) => n + b.total,
            0,
          );
          expect(counted).toBe(starts.length);
        },
      ),
    );
  });
});

describe('hit-testing canvas marks', () => {
  const mark = (row: number, x0: number, x1: number): CanvasMark => ({
    entry: entry(0, 0, 1),
    row,
    x0,
    x1,
  });

  it('finds the mark under a point in its row, with a little slop, and nothing between marks', () => {
    const a = mark(0, 10, 50);
    const b = mark(0, 80, 90);
    const c = mark(1, 20, 22);
    const index = createHitIndex([b, c, a]);
    expect(hitTest(index, 0, 30)).toBe(a);
    expect(hitTest(index, 0, 52)).toBe(a);
    expect(hitTest(index, 0, 65)).toBeNull();
    expect(hitTest(index, 0, 78)).toBe(b);
    expect(hitTest(index, 1, 21)).toBe(c);
    expect(hitTest(index, 1, 40)).toBeNull();
    expect(hitTest(index, 2, 21)).toBeNull();
    expect(hitTest(index, -1, 21)).toBeNull();
  });
});
