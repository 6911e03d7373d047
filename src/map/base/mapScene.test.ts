import { describe, expect, it } from 'vitest';
import type { MapShapes } from './mapShapes';
import { mapScene } from './mapScene';
import { squareCountries } from './testTopology';

/** A and B share a border; B has an island and C lies apart. */
const shapes: MapShapes = {
  frame: { west: -180, south: -90, east: 180, north: 90 },
  topology: squareCountries(),
};

describe('mapScene', () => {
  it('emphasises the countries holding the points, mutes their neighbours, and fades the rest', () => {
    const scene = mapScene(shapes, [[5, 5]]);
    expect(scene.countries.map((c) => [c.name, c.role])).toEqual([
      ['A', 'focus'],
      ['B', 'neighbour'],
      ['C', 'context'],
    ]);
  });

  it('draws each land border once', () => {
    const scene = mapScene(shapes, [[5, 5]]);
    expect(scene.borders.coordinates).toHaveLength(1);
    const [border] = scene.borders.coordinates;
    expect([...(border ?? [])].sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0))).toEqual([
      [10, 0],
      [10, 10],
    ]);
  });

  it('fits the focus countries and the points', () => {
    const scene = mapScene(shapes, [
      [5, 5],
      [105, 55],
    ]);
    expect(scene.fitTarget).toMatchObject({ type: 'FeatureCollection' });
    const features = 'features' in scene.fitTarget ? scene.fitTarget.features : [];
    expect(features.map((f) => f.geometry?.type)).toEqual(['Polygon', 'Polygon', 'MultiPoint']);
  });

  it('fits a box around points that lie in no country, and everything when there are none', () => {
    const atSea = mapScene(shapes, [[30, 5]]);
    const [only] = 'features' in atSea.fitTarget ? atSea.fitTarget.features : [];
    expect(only?.geometry).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [30, 5],
        [28, 3],
        [32, 7],
      ],
    });
    const empty = mapScene(shapes, []);
    expect('features' in empty.fitTarget ? empty.fitTarget.features : []).toHaveLength(3);
  });
});
