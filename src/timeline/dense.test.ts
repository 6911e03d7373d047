import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimeIndex } from '../state/timeIndex';
import { createHitIndex, densityBins, hitTest, type CanvasMark } from './dense';
import { spanOf as entry, spansOf as events } from '../state/testIndex';

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
