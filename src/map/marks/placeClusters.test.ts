import { describe, expect, it } from 'vitest';
import type { Location } from '../../model/schema';
import { enclosingPlaces, groupOverlappingMarks, groupPlace } from './placeClusters';
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
