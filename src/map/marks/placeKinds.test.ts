import { describe, expect, it } from 'vitest';
import { coordinatesToShow, isAreaPlace } from './placeKinds';

describe('place kinds', () => {
  it('treats countries as areas and everything else as points', () => {
    expect(isAreaPlace({ kind: 'country' })).toBe(true);
    for (const kind of ['building', 'site', 'city', 'region', 'other'] as const) {
      expect(isAreaPlace({ kind })).toBe(false);
    }
  });

  it('shows the points, or the areas when there are no points', () => {
    expect(
      coordinatesToShow([
        { kind: 'country', coordinates: [66, 48] },
        { kind: 'city', coordinates: [77, 43] },
      ]),
    ).toEqual([[77, 43]]);
    expect(coordinatesToShow([{ kind: 'country', coordinates: [66, 48] }])).toEqual([[66, 48]]);
  });
});
