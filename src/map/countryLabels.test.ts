import { describe, expect, it } from 'vitest';
import {
  clipRingToRect,
  countryLabelRequests,
  ringAreaCentroid,
  ringContains,
  type ProjectedCountry,
  type Ring,
} from './countryLabels';
import type { MapCountry } from './mapScene';

const square = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

describe('planar helpers', () => {
  it('clips a ring to a rectangle', () => {
    const clipped = clipRingToRect(square(-10, -10, 10, 10), 0, 0, 100, 100);
    expect(ringAreaCentroid(clipped)).toEqual({ area: 100, centroid: [5, 5] });
    expect(clipRingToRect(square(200, 200, 210, 210), 0, 0, 100, 100)).toEqual([]);
  });

  it('finds area and centroid, and none for a degenerate ring', () => {
    expect(ringAreaCentroid(square(0, 0, 4, 2))).toEqual({ area: 8, centroid: [2, 1] });
    expect(
      ringAreaCentroid([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    ).toEqual({ area: 0, centroid: null });
  });

  it('tells inside from outside, also in a concave ring', () => {
    const ell: Ring = [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 10],
      [0, 10],
    ];
    expect(ringContains(ell, [1, 5])).toBe(true);
    expect(ringContains(ell, [6, 6])).toBe(false);
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
