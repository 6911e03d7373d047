import { describe, expect, it } from 'vitest';
import { createDatasetIndex, type IndexedEvent } from '../../state/datasetIndex';
import { makeTestDataset } from '../../model/testDataset';
import { createTimeIndex, eventsInWindow } from '../../state/timeIndex';
import { stepsTaken } from '../../state/mainThreadSteps';
import {
  areaLabel,
  distinctEventCount,
  eventCountsAt,
  isMappedFigure,
  mapOverview,
  mappedFigureCountsAt,
  PLACE_TABLE,
  largestFigure,
  largestMappedFigure,
  mappedPlaces,
  ordersAtPlaces,
  tallyPlaces,
} from './placeAggregation';

const dataset = makeTestDataset();
const index = createDatasetIndex(dataset);
const day = (d: number) => Date.UTC(2022, 0, d) - 6 * 3_600_000; // midnight in Almaty

function byId(id: string): IndexedEvent {
  const entry = index.byId.get(id);
  if (!entry) throw new Error(`fixture: no event ${id}`);
  return entry;
}

describe('mappedPlaces', () => {
  it('draws the places events name as points, west to east, and lists countries as areas', () => {
    const { points, areas } = mappedPlaces(index);
    expect(points.map((p) => p.id)).toEqual([
      'zhanaozen',
      'nur-sultan',
      'almaty',
      'square',
      'almaty-city-hall',
      'almaty-airport',
    ]);
    expect(areas.map((p) => p.id)).toEqual(['kazakhstan']);
  });
});

describe('eventsInWindow (the page hands the map what is in view)', () => {
  it('keeps the events whose span overlaps the window', () => {
    const ids = eventsInWindow(createTimeIndex(index.events), { start: day(5), end: day(6) }).map(
      (e) => e.event.id,
    );
    expect(ids).toContain('city-hall-stormed');
    expect(ids).toContain('fuel-price-cap-lifted'); // the month of January
    expect(ids).not.toContain('zhanaozen-protest-begins');
    expect(ids).not.toContain('shoot-without-warning');
  });
});

describe('tallyPlaces', () => {
  it('counts the events listed at each place, directly, with their figures', () => {
    const { points, areas } = mappedPlaces(index);
    const tallies = tallyPlaces([...points, ...areas], index.events);
    const count = (id: string) => tallies.find((t) => t.location.id === id)?.orders.length;
    expect(count('almaty')).toBe(2); // its square and buildings count at them
    expect(count('almaty-city-hall')).toBe(1);
    expect(count('nur-sultan')).toBe(2);
    expect(count('kazakhstan')).toBe(3);
    const hall = tallies.find((t) => t.location.id === 'almaty-city-hall');
    const hallFigures = byId('city-hall-stormed').event.casualties.map((casualty) => ({
      entry: byId('city-hall-stormed'),
      casualty,
    }));
    expect(hall?.largest?.casualty ?? null).toEqual(
      largestMappedFigure(hallFigures)?.casualty ?? null,
    );
  });

  it('gives 0 to a place with nothing in view instead of leaving it out', () => {
    const { points } = mappedPlaces(index);
    const tallies = tallyPlaces(points, [byId('airport-seized')]);
    expect(tallies.map((t) => t.orders.length)).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('tallies the same, orders ascending, when read off all the events in their order', () => {
    const { points, areas } = mappedPlaces(index);
    const places = [...points, ...areas];
    // Events in view come by start, not in the story's order; every other one passes.
    const inView = createTimeIndex(index.events).events.filter((_, i) => i % 2 === 1);
    const alone = tallyPlaces(places, inView, index.shownAt);
    const walked = tallyPlaces(places, inView, index.shownAt, index.events);
    expect(walked.map((t) => t.location.id)).toEqual(alone.map((t) => t.location.id));
    expect(walked.map((t) => t.orders)).toEqual(alone.map((t) => t.orders));
    for (const tally of walked)
      expect(tally.orders).toEqual([...tally.orders].sort((a, b) => a - b));
    const largestIds = (list: typeof alone) =>
      list.map((t) =>
        t.largest
          ? `${t.largest.entry.event.id}/${t.largest.entry.event.casualties.indexOf(t.largest.casualty)}`
          : null,
      );
    expect(largestIds(walked)).toEqual(largestIds(alone));
    expect(walked.some((t) => t.orders.length > 0)).toBe(true);
  });
});

describe('the largest figure at a place', () => {
  it('is the one largestMappedFigure picks from the event’s figures, for one event in view', () => {
    const { points, areas } = mappedPlaces(index);
    const withFigures = index.events.filter(({ event }) => event.casualties.length > 0);
    expect(withFigures.length).toBeGreaterThan(1);
    for (const entry of withFigures) {
      const expected = largestMappedFigure(
        entry.event.casualties.map((casualty) => ({ entry, casualty })),
      );
      for (const all of [undefined, index.events]) {
        const tallies = tallyPlaces([...points, ...areas], [entry], index.shownAt, all);
        for (const tally of tallies.filter((t) => t.orders.length > 0)) {
          expect(tally.largest?.casualty ?? null).toBe(expected?.casualty ?? null);
        }
      }
    }
  });
});

describe('counts over the whole dataset, read off the table of places', () => {
  const { points, areas } = mappedPlaces(index);
  const places = [...points, ...areas];
  const listsAsShown = (entry: IndexedEvent, ids: Set<string>) =>
    entry.event.locations.some((id) => ids.has(index.shownAt(id)));

  it('counts, per place, the events that list it as shown, each event once', () => {
    const counts = eventCountsAt(places, index);
    for (const place of places) {
      const expected = index.events.filter((entry) => listsAsShown(entry, new Set([place.id])));
      expect(counts.get(place.id)).toBe(expected.length);
    }
    expect([...counts.values()].some((count) => count > 1)).toBe(true);
  });

  it('marks the events at any of the places, as shown, by order', () => {
    for (const chosen of [points, points.slice(0, 1), areas, []]) {
      const ids = new Set(chosen.map((place) => place.id));
      const expected = index.events.map((entry) => (listsAsShown(entry, ids) ? 1 : 0));
      expect([...ordersAtPlaces(chosen, index)]).toEqual(expected);
    }
    // A place without coordinates is at the place it lies within.
    const within = index.events.find(({ event }) =>
      event.locations.some((id) => index.shownAt(id) !== id),
    );
    expect(within).toBeDefined();
    if (within) expect(ordersAtPlaces(points, index)[within.order]).toBe(1);
  });

  it('gives 0 to a place no event lists', () => {
    const nowhere = { ...points[0], id: 'nowhere' } as (typeof points)[number];
    expect(eventCountsAt([nowhere], index).get('nowhere')).toBe(0);
  });

  it('gathers the mapped figures of the events at any of the places, in the story’s order', () => {
    for (const chosen of [points, points.slice(0, 1), areas, []]) {
      const ids = new Set(chosen.map((place) => place.id));
      const expected = index.events
        .filter((entry) => listsAsShown(entry, ids))
        .flatMap(({ event }) => event.casualties.filter(isMappedFigure).map((c) => c.count));
      expect(mappedFigureCountsAt(ordersAtPlaces(chosen, index), index)).toEqual(expected);
    }
    expect(mappedFigureCountsAt(ordersAtPlaces(points, index), index).length).toBeGreaterThan(0);
  });

  it('gives the whole dataset’s places, events at points and their figures once per index', () => {
    const fresh = createDatasetIndex(dataset);
    const overview = mapOverview(fresh);
    expect(overview.places).toEqual(mappedPlaces(fresh));
    expect([...overview.listsPoint]).toEqual([...ordersAtPlaces(points, fresh)]);
    expect(overview.pointFigures).toEqual(
      mappedFigureCountsAt(ordersAtPlaces(points, fresh), fresh),
    );
    expect(mapOverview(fresh)).toBe(overview);
    expect(mapOverview(createDatasetIndex(dataset))).not.toBe(overview);
  });

  it('is made in steps for a large dataset’s first view, to the same overview', () => {
    const fresh = createDatasetIndex(dataset);
    const steps = PLACE_TABLE(fresh);
    const { yielded, value } = stepsTaken(steps);
    expect(yielded).toBeGreaterThanOrEqual(2);
    expect(mapOverview(fresh)).toBe(value);
    expect(mapOverview(fresh)).toEqual(mapOverview(index));
  });
});

describe('largestFigure', () => {
  const hall = byId('city-hall-stormed');
  const figure = (min: number, max: number | null) => ({
    entry: hall,
    casualty: { ...hall.event.casualties[0], count: { min, max, approximate: false, text: 'x' } },
  });

  it('takes the highest lower bound, then the highest upper bound, open-ended highest', () => {
    const figures = [figure(8, 8), figure(10, 19), figure(10, null), figure(2, 100)];
    expect(largestFigure(figures as never)?.casualty.count).toMatchObject({ min: 10, max: null });
    expect(largestFigure([])).toBeNull();
  });
});

describe('areaLabel', () => {
  it('says "nationwide" for the country that holds the story’s places', () => {
    const kazakhstan = index.locationsById.get('kazakhstan');
    if (!kazakhstan) throw new Error('fixture');
    expect(areaLabel(kazakhstan, dataset.locations)).toBe('Kazakhstan, nationwide');
    expect(
      areaLabel(
        { id: 'russia', name: 'Russia', kind: 'country', coordinates: [100, 60] },
        dataset.locations,
      ),
    ).toBe('Russia');
  });
});

describe('distinctEventCount', () => {
  it('counts an event at two places once', () => {
    const { points } = mappedPlaces(index);
    const tallies = tallyPlaces(points, index.events);
    // Nine tallied at points: the square's clearing, at the square and in Almaty, counts once.
    expect(tallies.reduce((sum, t) => sum + t.orders.length, 0)).toBe(9);
    expect(distinctEventCount(tallies)).toBe(8);
    const shared = [
      { ...tallies[0], orders: [1, 2] },
      { ...tallies[1], orders: [2, 3] },
    ];
    expect(distinctEventCount(shared as never)).toBe(3);
  });

  it('counts afresh on every call, however far the orders reach', () => {
    const place = mappedPlaces(index).points[0];
    if (!place) throw new Error('no point');
    const tally = (orders: number[]) => ({ location: place, orders, largest: null });
    const near = [tally([0, 4]), tally([4, 7])];
    expect(distinctEventCount(near)).toBe(3);
    expect(distinctEventCount(near)).toBe(3);
    expect(distinctEventCount([tally([5, 90_000]), tally([90_000, 250_000])])).toBe(3);
    expect(distinctEventCount([tally([]), tally([4])])).toBe(1);
    expect(distinctEventCount([tally([]), tally([])])).toBe(0);
  });
});
