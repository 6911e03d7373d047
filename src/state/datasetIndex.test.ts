import { describe, expect, it } from 'vitest';
import { Dataset } from '../model/schema';
import { createDatasetIndex } from './datasetIndex';
import { makeTestDataset } from '../model/testDataset';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Midnight of a January 2022 day in Almaty (UTC+6). */
const almatyMidnight = (day: number) => Date.UTC(2022, 0, day) - 6 * HOUR;

describe('the test dataset', () => {
  it('is valid under the schema', () => {
    expect(Dataset.safeParse(makeTestDataset()).success).toBe(true);
  });
});

describe('createDatasetIndex', () => {
  const index = createDatasetIndex(makeTestDataset());

  it('sorts the events by start, numbering them in that order', () => {
    // The two month-long events tie and keep the document's order; the station attack, known only
    // within 4–6 January, comes by the best estimate of its time, after the clearing it follows.
    expect(index.events.map(({ event }) => event.id)).toEqual([
      'state-of-emergency',
      'fuel-price-cap-lifted',
      'zhanaozen-protest-begins',
      'square-protest',
      'protests-reach-almaty',
      'city-hall-stormed',
      'square-cleared',
      'government-resigns',
      'airport-seized',
      'csto-help-requested',
      'station-attacked',
      'shoot-without-warning',
    ]);
    index.events.forEach((indexed, position) => expect(indexed.order).toBe(position));
  });

  it('breaks ties in the best estimate by its end, then by the order of the document, never by id', () => {
    const dataset = makeTestDataset();
    const [first] = dataset.events;
    if (!first) throw new Error('fixture has events');
    const at = (id: string, start: string, end?: string) => ({
      ...first,
      id,
      time: end === undefined ? { at: start } : { start: { at: start }, end: { at: end } },
    });
    dataset.events = [
      at('b-long', '2022-01-03', '2022-01-04'),
      at('c-short', '2022-01-03'),
      at('a-long', '2022-01-03', '2022-01-04'),
    ];
    expect(createDatasetIndex(dataset).events.map(({ event }) => event.id)).toEqual([
      'c-short',
      'b-long',
      'a-long',
    ]);
  });

  it('puts an event after the events it is said to follow, and places undated ones by "by"', () => {
    const dataset = makeTestDataset();
    const [first] = dataset.events;
    if (!first) throw new Error('fixture has events');
    const byThursday = { notBefore: '2022-01-02', notAfter: '2022-01-06' };
    dataset.events = [
      { ...first, id: 'help-sent', time: byThursday, after: ['help-asked'] },
      { ...first, id: 'help-asked', time: byThursday },
      { ...first, id: 'on-wednesday', time: { at: '2022-01-05' } },
    ];
    expect(createDatasetIndex(dataset).events.map(({ event }) => event.id)).toEqual([
      'on-wednesday',
      'help-asked',
      'help-sent',
    ]);
  });

  it('resolves former ids, and shows a place without coordinates where its city is', () => {
    const dataset = makeTestDataset();
    const [first] = dataset.events;
    if (!first) throw new Error('fixture has events');
    first.aliases = ['old-id'];
    const city = dataset.locations.find((l) => l.kind === 'city');
    if (!city) throw new Error('fixture has a city');
    dataset.locations.push({
      id: 'somewhere',
      name: 'Somewhere in town',
      kind: 'building',
      within: city.id,
    });
    const built = createDatasetIndex(dataset);
    expect(built.idsByAlias.get('old-id')).toBe(first.id);
    expect(built.shownAt('somewhere')).toBe(city.id);
    expect(built.shownAt(city.id)).toBe(city.id);
  });

  it('gives each event its half-open span in the dataset time zone', () => {
    expect(index.byId.get('zhanaozen-protest-begins')).toMatchObject({
      start: almatyMidnight(2),
      end: almatyMidnight(3),
    });
    expect(index.byId.get('airport-seized')).toMatchObject({
      start: almatyMidnight(5) + 18 * HOUR,
      end: almatyMidnight(6) + 13 * HOUR,
    });
    expect(index.byId.get('fuel-price-cap-lifted')).toMatchObject({
      start: almatyMidnight(1),
      end: almatyMidnight(1) + 31 * DAY,
    });
  });

  it('looks up events, actors, places and sources by id', () => {
    expect(index.byId.get('government-resigns')?.event.title).toBe('The government resigns');
    expect(index.actorsById.get('tokayev')?.name).toBe('Kassym-Jomart Tokayev');
    expect(index.locationsById.get('almaty')?.localName).toBe('Алматы');
    expect(index.sourcesById.get('le-monde')?.name).toBe('Le Monde');
    expect(index.byId.get('nowhere')).toBeUndefined();
  });

  it('spans from the earliest start to the latest end', () => {
    expect(index.extent).toEqual({ start: almatyMidnight(1), end: almatyMidnight(32) });
  });

  it('has no extent and no events for an empty dataset', () => {
    const empty = createDatasetIndex({ ...makeTestDataset(), events: [] });
    expect(empty.events).toEqual([]);
    expect(empty.extent).toBeNull();
    expect(empty.searchTexts()).toEqual([]);
  });

  it('lists each actor’s events in time order', () => {
    const ids = (orders: readonly number[] | undefined) =>
      (orders ?? []).map((order) => index.events[order]?.event.id);
    expect(ids(index.eventsByActor.get('tokayev'))).toEqual([
      'government-resigns',
      'csto-help-requested',
      'shoot-without-warning',
    ]);
    expect(index.eventsByActor.get('nobody')).toBeUndefined();
  });

  it('lists under each place the events at it and at every place within it', () => {
    const ids = (place: string) =>
      (index.eventsByPlace.get(place) ?? []).map((order) => index.events[order]?.event.id);
    expect(ids('almaty-city-hall')).toEqual(['city-hall-stormed']);
    expect(ids('square')).toEqual(['square-protest', 'square-cleared']);
    expect(ids('almaty')).toEqual([
      'square-protest',
      'protests-reach-almaty',
      'city-hall-stormed',
      'square-cleared',
      'airport-seized',
      'station-attacked',
    ]);
    expect(ids('kazakhstan')).toHaveLength(index.events.length);
  });

  it('lists each category’s events', () => {
    const ids = (index.eventsByCategory.get('violence') ?? []).map(
      (order) => index.events[order]?.event.id,
    );
    expect(ids).toEqual([
      'city-hall-stormed',
      'square-cleared',
      'airport-seized',
      'station-attacked',
    ]);
  });

  it('keeps per event its actors, places with their enclosing places, and categories, each once', () => {
    const order = index.byId.get('city-hall-stormed')?.order ?? -1;
    expect(index.actorIdsByOrder[order]).toEqual(['protesters', 'security-forces']);
    expect(index.placeIdsByOrder[order]).toEqual(['almaty-city-hall', 'almaty', 'kazakhstan']);
    expect(index.categoriesByOrder[order]).toEqual(['violence', 'protest']);
  });

  it('counts an event once per place even when two of its places share a parent', () => {
    const dataset = makeTestDataset();
    const event = dataset.events.find(({ id }) => id === 'airport-seized');
    if (!event) throw new Error('fixture has airport-seized');
    event.locations = ['almaty-airport', 'almaty-city-hall', 'almaty'];
    const twice = createDatasetIndex(dataset);
    const order = twice.byId.get('airport-seized')?.order ?? -1;
    expect(twice.placeIdsByOrder[order]).toEqual([
      'almaty-airport',
      'almaty',
      'kazakhstan',
      'almaty-city-hall',
    ]);
  });

  it('stops at a cycle of enclosing places instead of looping', () => {
    const dataset = makeTestDataset();
    const country = dataset.locations.find(({ id }) => id === 'kazakhstan');
    if (!country) throw new Error('fixture has kazakhstan');
    country.within = 'almaty-city-hall';
    const cyclic = createDatasetIndex(dataset);
    const order = cyclic.byId.get('zhanaozen-protest-begins')?.order ?? -1;
    expect(cyclic.placeIdsByOrder[order]).toEqual([
      'zhanaozen',
      'kazakhstan',
      'almaty-city-hall',
      'almaty',
    ]);
  });

  describe('search texts', () => {
    const textOf = (id: string) => index.searchTexts()[index.byId.get(id)?.order ?? -1] ?? '';

    it('hold title, summary, quotes and translations, normalised', () => {
      const text = textOf('city-hall-stormed');
      expect(text).toContain('protesters storm the city hall');
      expect(text).toContain('police withdraw');
      expect(text).toContain('nous etions au cafe');
      expect(text).toContain('we were at the cafe opposite');
    });

    it('hold actor names and the names of the places and their enclosing places', () => {
      const text = textOf('city-hall-stormed');
      expect(text).toContain('security forces');
      expect(text).toContain('әкімдік');
      expect(text).toContain('almaty');
      expect(text).toContain('алматы');
      expect(text).toContain('kazakhstan');
    });

    it('are built once and then reused', () => {
      expect(index.searchTexts()).toBe(index.searchTexts());
    });
  });
});
