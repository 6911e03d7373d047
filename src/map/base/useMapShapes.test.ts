import shipped from 'virtual:map-shapes';
import { describe, expect, it } from 'vitest';
import bundled from '../../../data/kazakhstan-2022-01.json';
import { coordinatesToShow } from '../marks/placeKinds';
import { shapesCover } from './useMapShapes';

describe('the shapes shipped with the app', () => {
  it('cover the bundled story, and a story elsewhere in Central Asia', () => {
    expect(shapesCover(shipped, coordinatesToShow(bundled.locations as never))).toBe(true);
    expect(shapesCover(shipped, [[74.6, 42.87]])).toBe(true); // Bishkek
  });

  it('do not cover a story elsewhere, which loads the world map instead', () => {
    expect(shapesCover(shipped, [[10.75, 59.91]])).toBe(false); // Oslo
    expect(shapesCover(shipped, [[-58.4, -34.6]])).toBe(false); // Buenos Aires
  });

  it('do not cover a story in a country they only show in part', () => {
    expect(shapesCover(shipped, [[116.4, 39.9]])).toBe(false); // Beijing
  });
});
