import { describe, expect, it } from 'vitest';
import type { Location } from '../../model/schema';
import type { ProjectedCountry } from './countryLabels';
import { boxMeetsCircle, boxesOverlap } from './labelPlacement';
import { mapLabels } from './mapLabels';
import type { MapMark } from '../marks/mapMarks';
import type { MapCountry } from '../base/mapScene';

function mark(id: string, x: number, y: number, r: number, count: number): MapMark {
  const place: Location = { id, name: `${id} (gloss)`, kind: 'city', coordinates: [0, 0] };
  return {
    key: id,
    placeId: id,
    place,
    members: [{ location: place, orders: [], largest: null }],
    x,
    y,
    count,
    figure: null,
    rings: null,
    r,
    highlighted: false,
    active: false,
  };
}

const land: ProjectedCountry = {
  country: { index: 0, id: 'kz', name: 'Kazakhstan', role: 'focus', feature: {} } as MapCountry,
  rings: [
    [
      [20, 20],
      [380, 20],
      [380, 280],
      [20, 280],
    ],
  ],
};

describe('mapLabels', () => {
  const size = { width: 400, height: 300 };
  const marks = [
    mark('almaty', 300, 220, 20, 7),
    mark('taldykorgan', 308, 200, 7, 1),
    mark('aktobe', 100, 100, 7, 1),
  ];
  const labels = mapLabels(marks, [land], { k: 1, x: 0, y: 0 }, size, [
    { x0: 354, y0: 0, x1: 400, y1: 120 },
  ]);

  it('names every place (without its gloss) and the focus country', () => {
    expect(labels.map((l) => l.text).sort()).toEqual([
      'KAZAKHSTAN',
      'aktobe',
      'almaty',
      'taldykorgan',
    ]);
    expect(labels.find((l) => l.text === 'KAZAKHSTAN')?.kind).toBe('country-focus');
  });

  it('lets no label cover another, a mark or the zoom buttons', () => {
    for (const a of labels) {
      for (const b of labels) if (a !== b) expect(boxesOverlap(a.box, b.box)).toBe(false);
      for (const m of marks) {
        if (m.key !== a.id)
          expect(boxMeetsCircle(a.box, { id: m.key, x: m.x, y: m.y, r: m.r })).toBe(false);
      }
      expect(boxesOverlap(a.box, { x0: 354, y0: 0, x1: 400, y1: 120 })).toBe(false);
    }
  });
});
