import { geoPath, type GeoProjection } from 'd3';
import type { Position } from 'geojson';
import shipped from 'virtual:map-shapes';
import { describe, expect, it } from 'vitest';
import bundled from '../../../data/kazakhstan-2022-01.json';
import { boxContainsBox, boxOfPositions, type LonLatBox } from './lonLatBox';
import { mapScene } from './mapScene';
import { coordinatesToShow } from '../marks/placeKinds';
import { conicParameters, fitProjection, mapHeightFor, type Size } from './projection';

/**
 * The lon/lat box that a projection shows in a `size` viewport: the box around the inverted
 * corners and edge midpoints. Null when a point of the edge has no inverse.
 */
function visibleBox(projection: GeoProjection, size: Size): LonLatBox | null {
  const { width: w, height: h } = size;
  const edge: [number, number][] = [
    [0, 0],
    [w / 2, 0],
    [w, 0],
    [w, h / 2],
    [w, h],
    [w / 2, h],
    [0, h],
    [0, h / 2],
  ];
  const corners: [number, number][] = [];
  for (const point of edge) {
    const inverted = projection.invert?.(point);
    if (!inverted) return null;
    corners.push(inverted);
  }
  return boxOfPositions(corners);
}

const kazakhstanBox = { west: 46.5, south: 40.6, east: 87.3, north: 55.4 };

describe('conicParameters', () => {
  it('centres on the box and puts the standard parallels at a sixth from each edge', () => {
    const { rotate, parallels } = conicParameters(kazakhstanBox);
    expect(rotate).toBeCloseTo(-66.9, 5);
    expect(parallels[0]).toBeCloseTo(43.07, 2);
    expect(parallels[1]).toBeCloseTo(52.93, 2);
  });
});

describe('fitProjection', () => {
  const target = {
    type: 'MultiPoint' as const,
    coordinates: [
      [46.5, 40.6],
      [87.3, 55.4],
      [46.5, 55.4],
      [87.3, 40.6],
    ],
  };

  it('fits the target inside the padded extent, filling one dimension', () => {
    const size = { width: 400, height: 300 };
    const projection = fitProjection(target, size, 20);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(target);
    expect(x0).toBeGreaterThanOrEqual(20 - 1e-6);
    expect(y0).toBeGreaterThanOrEqual(20 - 1e-6);
    expect(x1).toBeLessThanOrEqual(380 + 1e-6);
    expect(y1).toBeLessThanOrEqual(280 + 1e-6);
    expect(Math.max(x1 - x0 - 360, y1 - y0 - 260)).toBeCloseTo(0, 3);
  });

  it('keeps the padding at most a quarter of a tiny map', () => {
    const projection = fitProjection(target, { width: 40, height: 40 }, 30);
    const [[x0], [x1]] = geoPath(projection).bounds(target);
    expect(x0).toBeCloseTo(10, 3);
    expect(x1).toBeCloseTo(30, 3);
  });
});

describe('mapHeightFor', () => {
  it('is landscape, between 220 and 460 pixels', () => {
    expect(mapHeightFor(130)).toBe(220);
    expect(mapHeightFor(390)).toBe(300);
    expect(mapHeightFor(2000)).toBe(460);
  });
});

describe('the shipped frame covers what the map shows', () => {
  const points: Position[] = coordinatesToShow(bundled.locations as never);
  const shapes = shipped;
  const scene = mapScene(shapes, points);

  it.each([280, 315, 345, 400, 520, 700, 900, 1100])('at %i pixels wide', (width) => {
    const size = { width, height: mapHeightFor(width) };
    const shown = visibleBox(fitProjection(scene.fitTarget, size, 22), size);
    expect(shown).not.toBeNull();
    if (shown) expect(boxContainsBox(shapes.frame, shown)).toBe(true);
  });
});
