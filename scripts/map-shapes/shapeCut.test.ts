import { feature, neighbors, transform } from 'topojson-client';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { geoArea, geoContains } from 'd3';
import world50m from 'world-atlas/countries-50m.json';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/kazakhstan-2022-01.json';
import { countryFeatures, type CountryTopology } from '../../src/map/base/mapShapes';
import { squareCountries as fixture } from '../../src/map/base/testTopology';
import { coordinatesToShow } from '../../src/map/marks/placeKinds';
import { clampToBox, cutShapes, MIN_OVERLAP_DEGREES } from './shapeCut';
import { MAP_CUT } from './vite-plugin-map-shapes';

/** Every arc of `topology` as absolute positions. */
function absoluteArcs(topology: Topology): number[][][] {
  const absolute = transform(topology.transform ?? null);
  return topology.arcs.map((arc) => arc.map((point, i) => absolute(point, i > 0)));
}

const exact = { minWeight: 0, quantization: 100_001, minRingArea: 0 };

describe('cutShapes', () => {
  it('frames the countries holding the points, padded, and keeps what reaches into the frame', () => {
    const { frame, topology } = cutShapes(fixture(), [[5, 5]], exact);
    // Great-circle edges bulge a little towards the pole, so the north edge is a touch higher.
    expect(frame.west).toBeCloseTo(-3.5, 5);
    expect(frame.east).toBeCloseTo(13.5, 5);
    expect(frame.south).toBeCloseTo(-5, 1);
    expect(frame.north).toBeGreaterThanOrEqual(15);
    expect(frame.north).toBeLessThan(15.2);
    const names = countryFeatures(topology).map((c) => c.name);
    expect(names).toEqual(['A', 'B']);
  });

  it('drops an island that only grazes the frame, and a far country', () => {
    const { topology } = cutShapes(fixture(), [[5, 5]], exact);
    const b = topology.objects.countries.geometries[1];
    expect(MIN_OVERLAP_DEGREES).toBeGreaterThan(0.2);
    expect(b?.type === 'MultiPolygon' ? b.arcs : null).toHaveLength(1);
  });

  it('drops islets smaller than asked, but never a country’s largest polygon', () => {
    const { topology } = cutShapes(fixture(), [[5, 5]], { ...exact, minRingArea: 5000 });
    const names = countryFeatures(topology).map((c) => c.name);
    expect(names).toEqual(['A', 'B']);
  });

  it('clamps shapes to the frame and keeps shared borders shared', () => {
    const { topology } = cutShapes(fixture(), [[5, 5]], exact);
    const longitudes = absoluteArcs(topology).flatMap((arc) => arc.map(([lon = 0]) => lon));
    expect(Math.max(...longitudes)).toBeCloseTo(13.5, 3);
    expect(Math.min(...longitudes)).toBeCloseTo(0, 3);
    expect(neighbors(topology.objects.countries.geometries)).toEqual([[1], [0]]);
  });

  it('keeps A exactly where it was (inside the frame nothing moves)', () => {
    const { topology } = cutShapes(fixture(), [[5, 5]], exact);
    const [a] = countryFeatures(topology);
    expect(geoContains(a?.feature ?? { type: 'Sphere' }, [5, 5])).toBe(true);
    expect(geoContains(a?.feature ?? { type: 'Sphere' }, [10.5, 5])).toBe(false);
  });

  it('frames the whole world when there are no points', () => {
    const { frame, topology } = cutShapes(fixture(), [], exact);
    expect(frame).toEqual({ west: -180, south: -90, east: 180, north: 90 });
    expect(topology.objects.countries.geometries).toHaveLength(3);
    expect(topology.objects.countries.geometries[1]?.type).toBe('MultiPolygon');
  });

  it('quantizes over the frame to within half a grid step', () => {
    const { frame, topology } = cutShapes(fixture(), [[5, 5]], { ...exact, quantization: 1001 });
    const step = (frame.east - frame.west) / 1000;
    const corners = absoluteArcs(topology)[0] ?? [];
    for (const [i, [lon = 0, lat = 0]] of [
      [10, 0],
      [0, 0],
      [0, 10],
      [10, 10],
    ].entries()) {
      expect(Math.abs((corners[i]?.[0] ?? NaN) - lon)).toBeLessThanOrEqual(step / 2 + 1e-9);
      expect(Math.abs((corners[i]?.[1] ?? NaN) - lat)).toBeLessThanOrEqual(step / 2 + 1e-9);
    }
  });
});

describe('clampToBox', () => {
  const box = { west: 10, south: 20, east: 30, north: 40 };

  it('clamps a position to the nearest point of the box', () => {
    expect(clampToBox([15, 25], box)).toEqual([15, 25]);
    expect(clampToBox([-100, 25], box)).toEqual([10, 25]);
    expect(clampToBox([50, 60], box)).toEqual([30, 40]);
  });
});

describe('cutShapes on Natural Earth 1:50m for the bundled story', () => {
  const world = world50m as unknown as CountryTopology;
  const points: Position[] = coordinatesToShow(bundled.locations as never);
  const shapes = cutShapes(world, points, MAP_CUT);
  const countries = countryFeatures(shapes.topology);
  const names = countries.map((c) => c.name);

  it('keeps Kazakhstan, its neighbours and the region around, and nothing far away', () => {
    for (const name of [
      'Kazakhstan',
      'Russia',
      'China',
      'Kyrgyzstan',
      'Uzbekistan',
      'Turkmenistan',
    ]) {
      expect(names).toContain(name);
    }
    for (const name of ['Brazil', 'Australia', 'France', 'Japan'])
      expect(names).not.toContain(name);
  });

  it('puts every point place inside Kazakhstan, and turns no shape inside out', () => {
    const kazakhstan = countries.find((c) => c.name === 'Kazakhstan');
    for (const point of points) {
      expect(
        geoContains(kazakhstan?.feature ?? { type: 'Sphere' }, [point[0] ?? 0, point[1] ?? 0]),
      ).toBe(true);
    }
    for (const geometry of shapes.topology.objects.countries.geometries) {
      expect(geoArea(feature(shapes.topology, geometry))).toBeLessThan(2 * Math.PI);
    }
  });

  it('is far smaller than the world', () => {
    expect(JSON.stringify(shapes).length).toBeLessThan(JSON.stringify(world).length / 5);
  });

  it('drops points by weight but keeps every arc’s ends, so borders stay joined', () => {
    const unsimplified = cutShapes(world, points, { ...MAP_CUT, minWeight: 0 });
    const count = (t: Topology) => t.arcs.reduce((n, arc) => n + arc.length, 0);
    expect(count(shapes.topology)).toBeLessThan(count(unsimplified.topology) / 2);
    expect(neighbors(shapes.topology.objects.countries.geometries)).toEqual(
      neighbors(unsimplified.topology.objects.countries.geometries),
    );
  });

  it('keeps two points or more per arc, and no point twice in a row in a longer one', () => {
    for (const arc of absoluteArcs(shapes.topology)) {
      expect(arc.length).toBeGreaterThanOrEqual(2);
      if (arc.length === 2) continue; // an arc that snapped onto one point keeps its two ends
      arc.slice(1).forEach(([lon, lat], i) => {
        expect([lon, lat]).not.toEqual(arc[i]);
      });
    }
  });

  it('keeps every ring an area: a triangle at least', () => {
    for (const country of countries) {
      const { geometry } = country.feature;
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      for (const ring of polygons.flat()) expect(ring.length).toBeGreaterThanOrEqual(4);
    }
  });
});
