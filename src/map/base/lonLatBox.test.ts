import { describe, expect, it } from 'vitest';
import { boxContainsBox, boxOfPositions, padBox, unionOfBoxes } from './lonLatBox';

const box = { west: 10, south: 20, east: 30, north: 40 };

describe('lon/lat boxes', () => {
  it('bounds positions, and is null for none', () => {
    expect(
      boxOfPositions([
        [12, 25],
        [5, 30],
        [20, 45],
      ]),
    ).toEqual({
      west: 5,
      south: 25,
      east: 20,
      north: 45,
    });
    expect(boxOfPositions([])).toBeNull();
  });

  it('unites boxes', () => {
    expect(unionOfBoxes([box, { west: 0, south: 30, east: 15, north: 50 }])).toEqual({
      west: 0,
      south: 20,
      east: 30,
      north: 50,
    });
    expect(unionOfBoxes([])).toBeNull();
  });

  it('pads by a fraction of the span, at least the minimum, within the globe', () => {
    expect(padBox(box, { lonFraction: 0.5, latFraction: 0.1, minDegrees: 3 })).toEqual({
      west: 0,
      south: 17,
      east: 40,
      north: 43,
    });
    expect(
      padBox(
        { west: 170, south: 80, east: 175, north: 85 },
        { lonFraction: 1, latFraction: 1, minDegrees: 0 },
      ),
    ).toEqual({ west: 165, south: 75, east: 180, north: 90 });
  });

  it('tells containment', () => {
    expect(boxContainsBox(box, { west: 12, south: 22, east: 30, north: 40 })).toBe(true);
    expect(boxContainsBox(box, { west: 9, south: 22, east: 30, north: 40 })).toBe(false);
    expect(boxContainsBox(box, { west: 9.8, south: 22, east: 30, north: 40 }, 0.5)).toBe(true);
  });
});
