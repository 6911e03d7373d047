import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Location } from '../../model/schema';
import {
  enclosingPlaces,
  groupOverlappingMarks,
  groupPlace,
  type MarkPosition,
} from './placeClusters';
import { isAreaPlace } from './placeKinds';

const place = (id: string, kind: Location['kind'], within?: string): Location => ({
  id,
  name: id,
  kind,
  coordinates: [0, 0],
  ...(within ? { within } : {}),
});

const locations = new Map(
  [
    place('kazakhstan', 'country'),
    place('almaty', 'city', 'kazakhstan'),
    place('mayors-office', 'building', 'almaty'),
    place('police', 'building', 'almaty'),
    place('airport', 'site', 'almaty'),
    place('taldykorgan', 'city', 'kazakhstan'),
    place('loop-a', 'city', 'loop-b'),
    place('loop-b', 'city', 'loop-a'),
  ].map((l) => [l.id, l]),
);

describe('groupOverlappingMarks', () => {
  it('joins marks closer than the merge distance, in chains, and keeps the rest apart', () => {
    const groups = groupOverlappingMarks(
      [
        { id: 'a', x: 0, y: 0, r: 4 },
        { id: 'b', x: 10, y: 0, r: 4 },
        { id: 'c', x: 20, y: 0, r: 4 }, // near b, so with a too
        { id: 'd', x: 100, y: 0, r: 4 },
      ],
      14,
    );
    expect(groups).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('joins big marks that would overlap even beyond the merge distance', () => {
    const big = [
      { id: 'a', x: 0, y: 0, r: 20 },
      { id: 'b', x: 20, y: 0, r: 20 },
    ];
    expect(groupOverlappingMarks(big, 14)).toEqual([['a', 'b']]);
    expect(
      groupOverlappingMarks(
        big.map((m) => ({ ...m, r: 5 })),
        14,
      ),
    ).toEqual([['a'], ['b']]);
  });

  it('is empty for no marks', () => {
    expect(groupOverlappingMarks([])).toEqual([]);
  });

  it('groups as testing every pair would, wherever the marks fall on its grid', () => {
    // The rule itself: every pair tested, joins chained, groups in the order of their first member.
    const everyPair = (marks: readonly MarkPosition[], distance: number): string[][] => {
      const group = marks.map((_, i) => i);
      const merge = (from: number, to: number) => {
        for (let k = 0; k < group.length; k++) if (group[k] === from) group[k] = to;
      };
      marks.forEach((a, i) =>
        marks.forEach((b, j) => {
          const limit = Math.max(distance, 0.6 * (a.r + b.r));
          const [gi, gj] = [group[i] ?? i, group[j] ?? j];
          if (j > i && gi !== gj && Math.hypot(a.x - b.x, a.y - b.y) < limit)
            merge(Math.max(gi, gj), Math.min(gi, gj));
        }),
      );
      const byGroup = new Map<number, string[]>();
      marks.forEach((mark, i) => {
        const g = group[i] ?? i;
        byGroup.set(g, [...(byGroup.get(g) ?? []), mark.id]);
      });
      return [...byGroup.values()];
    };
    const mark = fc.record({
      x: fc.double({ min: -300, max: 300, noNaN: true }),
      y: fc.double({ min: -300, max: 300, noNaN: true }),
      r: fc.double({ min: 0, max: 60, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 60 }), fc.integer({ min: 0, max: 40 }), (list, d) => {
        const marks = list.map((m, i) => ({ ...m, id: `m${i}` }));
        expect(groupOverlappingMarks(marks, d)).toEqual(everyPair(marks, d));
      }),
    );
  });
});

describe('enclosingPlaces', () => {
  it('climbs `within`, nearest first, and stops at a cycle', () => {
    expect(enclosingPlaces('police', locations)).toEqual(['almaty', 'kazakhstan']);
    expect(enclosingPlaces('loop-a', locations)).toEqual(['loop-b']);
  });
});

describe('groupPlace', () => {
  it('is the place itself for one mark', () => {
    expect(groupPlace(['airport'], locations, isAreaPlace)).toBe('airport');
  });

  it('is the member every other member lies within', () => {
    expect(groupPlace(['mayors-office', 'almaty', 'airport'], locations, isAreaPlace)).toBe(
      'almaty',
    );
  });

  it('is the nearest common place when it is a point, even when it has no mark', () => {
    expect(groupPlace(['mayors-office', 'police'], locations, isAreaPlace)).toBe('almaty');
  });

  it('is null when the members share only an area, or nothing', () => {
    expect(groupPlace(['almaty', 'taldykorgan'], locations, isAreaPlace)).toBeNull();
    expect(groupPlace(['loop-a', 'police'], locations, isAreaPlace)).toBeNull();
    expect(groupPlace([], locations, isAreaPlace)).toBeNull();
  });
});
