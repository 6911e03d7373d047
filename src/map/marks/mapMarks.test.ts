import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../state/datasetIndex';
import { makeTestDataset } from '../../model/testDataset';
import { layoutMarks, placeMarks, type MarkLayoutInput } from './mapMarks';
import { radiusScale } from './markSize';
import { mappedPlaces, tallyPlaces } from './placeAggregation';
import { indexWithKilled } from './testFigures';

const index = createDatasetIndex(makeTestDataset());
const { points } = mappedPlaces(index);
/** A scale at which every place of Almaty has a mark of its own, the square's and the city hall's too. */
const ZOOMED_IN = 20_000;
const overall = new Map(
  tallyPlaces(points, index.events).map((t) => [t.location.id, t.orders.length]),
);

/**
 * Plate carrée at `scale` px per degree: Almaty's places are ~0.1° apart, but for the city hall on
 * Republic Square, 0.005° from it.
 */
function input(scale: number, changes: Partial<MarkLayoutInput> = {}): MarkLayoutInput {
  return {
    tallies: tallyPlaces(points, index.events),
    position: (location) => [
      (location.coordinates?.[0] ?? 0) * scale,
      -(location.coordinates?.[1] ?? 0) * scale,
    ],
    radius: radiusScale(4),
    overall: (location) => overall.get(location.id) ?? 0,
    footprint: radiusScale(4),
    sizing: 'events',
    locationsById: index.locationsById,
    selected: new Set(),
    filtered: new Set(),
    ...changes,
  };
}

describe('layoutMarks', () => {
  it('groups Almaty and its buildings into one Almaty mark when zoomed out', () => {
    const marks = layoutMarks(input(10));
    expect(marks.map((m) => m.placeId)).toEqual(['almaty', 'nur-sultan', 'zhanaozen']);
    const almaty = marks.find((m) => m.placeId === 'almaty');
    expect(almaty?.members.map((m) => m.location.id).sort()).toEqual([
      'almaty',
      'almaty-airport',
      'almaty-city-hall',
      'square',
    ]);
    expect(almaty?.count).toBe(5);
    const [x, y] = [76.9 * 10, -43.2 * 10];
    expect(almaty).toMatchObject({ x, y }); // drawn at the city, not between its buildings
  });

  it('splits the group when zoomed in', () => {
    const marks = layoutMarks(input(ZOOMED_IN));
    expect(marks.map((m) => m.placeId).sort()).toEqual([
      'almaty',
      'almaty-airport',
      'almaty-city-hall',
      'nur-sultan',
      'square',
      'zhanaozen',
    ]);
  });

  it('orders marks by their size over the whole dataset, then west to east', () => {
    const marks = layoutMarks(input(ZOOMED_IN));
    expect(marks.map((m) => m.placeId)).toEqual([
      'nur-sultan',
      'almaty',
      'square',
      'zhanaozen',
      'almaty-city-hall',
      'almaty-airport',
    ]);
  });

  it('neither regroups nor reorders marks when what is in view changes', () => {
    const all = layoutMarks(input(10));
    const fewer = layoutMarks(
      input(10, { tallies: tallyPlaces(points, index.events.slice(0, 2)) }),
    );
    expect(fewer.map((m) => m.key)).toEqual(all.map((m) => m.key));
    expect(fewer.map((m) => m.count)).not.toEqual(all.map((m) => m.count));
  });

  it('lays out the same marks from a placement kept across what is in view', () => {
    for (const scale of [10, ZOOMED_IN]) {
      const kept = placeMarks(points, input(scale));
      for (const events of [index.events, index.events.slice(0, 2), []]) {
        const changed = input(scale, { tallies: tallyPlaces(points, events) });
        expect(layoutMarks(changed, kept)).toEqual(layoutMarks(changed));
      }
    }
  });

  it('flags the selected event’s places and the filtered places', () => {
    const marks = layoutMarks(
      input(10, { selected: new Set(['almaty-airport']), filtered: new Set(['zhanaozen']) }),
    );
    expect(marks.find((m) => m.placeId === 'almaty')?.highlighted).toBe(true);
    expect(marks.find((m) => m.placeId === 'zhanaozen')).toMatchObject({
      active: true,
      highlighted: false,
    });
  });

  it('sizes by the largest figure of people killed in casualty mode, never by another kind', () => {
    const radius = radiusScale(100);
    const killed = indexWithKilled();
    const marks = layoutMarks(
      input(10, {
        sizing: 'casualties',
        radius,
        tallies: tallyPlaces(mappedPlaces(killed).points, killed.events),
      }),
    );
    const almaty = marks.find((m) => m.placeId === 'almaty');
    // The largest figure of people killed in Almaty is the square's eight (the city hall's is three);
    // the city hall also has 95 injured: a larger number, of another kind.
    expect(almaty?.figure?.casualty).toMatchObject({ kind: 'killed', count: { min: 8 } });
    expect(almaty?.rings?.disc).toBe(radius(8));
    const zhanaozen = marks.find((m) => m.placeId === 'zhanaozen');
    expect(zhanaozen).toMatchObject({ figure: null, rings: null, r: radius(0) });
  });

  it('leaves a place with figures of other kinds only unsized in casualty mode', () => {
    // The city hall has 95 injured and no one killed.
    const marks = layoutMarks(input(ZOOMED_IN, { sizing: 'casualties', radius: radiusScale(100) }));
    const hall = marks.find((m) => m.placeId === 'almaty-city-hall');
    expect(hall).toMatchObject({ figure: null, rings: null });
  });

  it('leaves out places that cannot be projected', () => {
    const marks = layoutMarks(
      input(10, { position: (l) => (l.id === 'zhanaozen' ? null : [l.coordinates?.[0] ?? 0, 0]) }),
    );
    expect(marks.some((m) => m.key.includes('zhanaozen'))).toBe(false);
  });
});
