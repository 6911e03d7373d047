import { geoConicEqualArea } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  countryLabelRequests,
  projectOuterRings,
  visiblePiece,
  type ProjectedCountry,
  type Ring,
} from './countryLabels';
import type { MapCountry } from '../base/mapScene';

const square = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

const unzoomed = { k: 1, x: 0, y: 0 };

describe('visiblePiece', () => {
  it('clips a ring to the viewport', () => {
    expect(visiblePiece(square(-10, -10, 10, 10), unzoomed, { width: 100, height: 100 })).toEqual({
      area: 100,
      centroid: [5, 5],
      holdsCentroid: true,
    });
    expect(visiblePiece(square(200, 200, 210, 210), unzoomed, { width: 100, height: 100 })).toBe(
      null,
    );
  });

  it('finds area and centroid, and none for a degenerate ring', () => {
    const size = { width: 100, height: 100 };
    expect(visiblePiece(square(0, 0, 4, 2), unzoomed, size)).toMatchObject({
      area: 8,
      centroid: [2, 1],
    });
    const line: Ring = [
      [0, 0],
      [1, 1],
      [2, 2],
    ];
    expect(visiblePiece(line, unzoomed, size)).toBeNull();
  });

  it('tells a piece that holds its centroid from a concave one that does not', () => {
    const ell: Ring = [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 10],
      [0, 10],
    ];
    const size = { width: 100, height: 100 };
    // The L's centroid, (3.2, 3.2), lies in its notch.
    expect(visiblePiece(ell, unzoomed, size)?.holdsCentroid).toBe(false);
    expect(visiblePiece(square(0, 0, 10, 10), unzoomed, size)?.holdsCentroid).toBe(true);
  });
});

describe('projectOuterRings', () => {
  it('cuts a ring where the projection clips it', () => {
    const projection = geoConicEqualArea()
      .parallels([40, 50])
      .fitExtent(
        [
          [0, 0],
          [100, 100],
        ],
        {
          type: 'MultiPoint',
          coordinates: [
            [0, 40],
            [10, 50],
          ],
        },
      )
      .clipExtent([
        [0, 0],
        [100, 100],
      ]);
    const country = {
      index: 0,
      id: 'X',
      name: 'X',
      role: 'focus',
      feature: {
        type: 'Feature',
        properties: { name: 'X' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-20, 30],
              [-20, 60],
              [30, 60],
              [30, 30],
              [-20, 30],
            ],
          ],
        },
      },
    } satisfies MapCountry;
    const rings = projectOuterRings(country, projection);
    expect(rings).toHaveLength(1);
    for (const [x, y] of rings[0] ?? []) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(100);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(100);
    }
  });
});

describe('countryLabelRequests', () => {
  const country = (name: string, role: MapCountry['role']): MapCountry =>
    ({ index: 0, id: name, name, role, feature: {} }) as MapCountry;
  const size = { width: 400, height: 300 };

  it('names a country in capitals at the centroid of its visible part', () => {
    const big: ProjectedCountry = {
      country: country('Russia', 'neighbour'),
      rings: [square(-1000, -1000, 1000, 60)],
    };
    const [label] = countryLabelRequests([big], { k: 1, x: 0, y: 0 }, size);
    expect(label).toMatchObject({ text: 'RUSSIA', x: 200, y: 30, kind: 'country-neighbour' });
  });

  it('follows the zoom', () => {
    const land: ProjectedCountry = {
      country: country('Kazakhstan', 'focus'),
      rings: [square(0, 0, 200, 150)],
    };
    const [label] = countryLabelRequests([land], { k: 2, x: -100, y: -50 }, size);
    // On screen the square spans -100…300 × -50…250; its visible part is 0…300 × 0…250.
    expect(label).toMatchObject({ x: 150, y: 125, kind: 'country-focus' });
  });

  it('leaves out countries too small or off screen to hold their name', () => {
    const small: ProjectedCountry = {
      country: country('Kyrgyzstan', 'neighbour'),
      rings: [square(10, 10, 30, 20)],
    };
    const away: ProjectedCountry = {
      country: country('Chile', 'context'),
      rings: [square(900, 900, 1200, 1200)],
    };
    expect(countryLabelRequests([small, away], { k: 1, x: 0, y: 0 }, size)).toEqual([]);
  });

  it('ranks the story’s own country above its neighbours', () => {
    const labels = countryLabelRequests(
      [
        { country: country('China', 'neighbour'), rings: [square(0, 0, 400, 150)] },
        { country: country('Kazakhstan', 'focus'), rings: [square(0, 150, 400, 300)] },
      ],
      { k: 1, x: 0, y: 0 },
      size,
    );
    const [china, kazakhstan] = labels;
    expect((kazakhstan?.priority ?? 0) > (china?.priority ?? 0)).toBe(true);
  });
});
