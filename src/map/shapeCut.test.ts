import { feature, neighbors } from 'topojson-client';
import type { Position } from 'geojson';
import { geoArea, geoContains } from 'd3';
import world110m from 'world-atlas/countries-110m.json';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/kazakhstan-2022-01.json';
import { countryFeatures, type CountryTopology } from './mapShapes';
import { coordinatesToShow } from './placeKinds';
import { cutShapes, MIN_OVERLAP_DEGREES } from './shapeCut';
import { decodeArcs } from './topologyArcs';

/**
 * Three square countries (A and B share the border at 10°E; C is far away), and an island of B
 * that only grazes the frame around A. Rings run clockwise, as d3-geo expects.
 */
function fixture(): CountryTopology {
  return {
    type: 'Topology',
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: 'A', properties: { name: 'A' }, arcs: [[0, -2]] },
          { type: 'MultiPolygon', id: 'B', properties: { name: 'B' }, arcs: [[[1, 2]], [[3]]] },
          { type: 'Polygon', id: 'C', properties: { name: 'C' }, arcs: [[4]] },
        ],
      },
    },
    arcs: [
      [
        [10, 0],
        [0, 0],
        [0, 10],
        [10, 10],
      ],
      [
        [10, 0],
        [10, 10],
      ],
      [
        [10, 10],
        [20, 10],
        [20, 0],
        [10, 0],
      ],
      [
        [12, -5.4],
        [12, -4.8],
        [13, -4.8],
        [13, -5.4],
        [12, -5.4],
      ],
      [
        [100, 50],
        [100, 60],
        [110, 60],
        [110, 50],
        [100, 50],
      ],
    ],
  };
}

const exact = { tolerance: 0, quantization: 100_001, minPolygonDegrees: 0 };

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
    expect(b?.type).toBe('Polygon');
  });

  it('drops islets smaller than asked, but never a country’s largest polygon', () => {
    const { topology } = cutShapes(fixture(), [[5, 5]], { ...exact, minPolygonDegrees: 50 });
    const names = countryFeatures(topology).map((c) => c.name);
    expect(names).toEqual(['A', 'B']);
  });

  it('clamps shapes to the frame and keeps shared borders shared', () => {
    const { topology } = cutShapes(fixture(), [[5, 5]], exact);
    const longitudes = decodeArcs(topology).flatMap((arc) => arc.map(([lon = 0]) => lon));
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
});

describe('cutShapes on Natural Earth 1:110m for the bundled story', () => {
  const world = world110m as unknown as CountryTopology;
  const points: Position[] = coordinatesToShow(bundled.locations as never);
  const shapes = cutShapes(world, points, {
    tolerance: 0.015,
    quantization: 10_000,
    minPolygonDegrees: 0.3,
  });
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
});
