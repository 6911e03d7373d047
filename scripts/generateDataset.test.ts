import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { fastReader } from '../src/model/fastRead';
import { CATEGORIES, Event } from '../src/model/schema';
import { validateDataset } from '../src/model/validate';
import { generateDataset } from './generateDataset';
import { estimateValue, valuePrecision } from '../src/model/time';
import { BURSTS } from './generator/times';

const sample = generateDataset({ events: 2000, seed: 42 });
const events = sample.events;
const share = (count: number) => count / events.length;

function ids(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}

describe('generateDataset', () => {
  it('gives the same dataset for the same seed, and a different one for another seed', () => {
    expect(generateDataset({ events: 300, seed: 7 })).toEqual(
      generateDataset({ events: 300, seed: 7 }),
    );
    expect(generateDataset({ events: 300, seed: 8 }).events).not.toEqual(
      generateDataset({ events: 300, seed: 7 }).events,
    );
  });

  it('writes events the validator reads on its fast path, as zod reads them', () => {
    // The bench's datasets are generated: its validation figures are of the fast path (fastRead.ts).
    const written = JSON.parse(JSON.stringify(events.slice(0, 300))) as unknown[];
    const read = fastReader(Event);
    for (const event of written) expect(read(event)).toStrictEqual(z.parse(Event, event));
  });

  it.each([0, 1, 50, 2000])('writes a valid chronicle/1 dataset of %i events', (count) => {
    const dataset = count === 2000 ? sample : generateDataset({ events: count, seed: 3 });
    expect(dataset.events).toHaveLength(count);
    // Through JSON, as the app reads it.
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)) as unknown);
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
  });

  it('rejects a negative or fractional number of events', () => {
    expect(() => generateDataset({ events: -1, seed: 1 })).toThrow(/whole number/);
    expect(() => generateDataset({ events: 2.5, seed: 1 })).toThrow(/whole number/);
  });

  it('uses unique ids in every list', () => {
    for (const list of [sample.actors, sample.locations, sample.sources, events]) {
      expect(new Set(ids(list)).size).toBe(list.length);
    }
  });

  it('has a few hundred actors of several kinds, with memberships', () => {
    expect(sample.actors.length).toBeGreaterThanOrEqual(200);
    expect(sample.actors.length).toBeLessThanOrEqual(400);
    const kinds = new Set(sample.actors.map((actor) => actor.kind));
    for (const kind of ['person', 'security-forces', 'protesters', 'organization', 'government']) {
      expect(kinds).toContain(kind);
    }
    expect(sample.actors.filter((actor) => actor.memberOf).length).toBeGreaterThan(150);
  });

  it('nests a few hundred places: countries, regions, a few dozen cities, buildings', () => {
    const { locations } = sample;
    expect(locations.length).toBeGreaterThanOrEqual(200);
    expect(locations.length).toBeLessThanOrEqual(400);
    const byId = new Map(locations.map((location) => [location.id, location]));
    const parentKind = { building: 'city', site: 'city', city: 'region', region: 'country' };
    for (const location of locations) {
      if (location.kind === 'country') continue;
      const parent = location.within === undefined ? undefined : byId.get(location.within);
      expect(parent?.kind).toBe(parentKind[location.kind as keyof typeof parentKind]);
    }
    const cities = locations.filter((location) => location.kind === 'city');
    expect(cities.length).toBeGreaterThanOrEqual(24);
    for (const { coordinates = [0, 0] } of locations) {
      expect(coordinates[0]).toBeGreaterThan(45);
      expect(coordinates[0]).toBeLessThan(90);
      expect(coordinates[1]).toBeGreaterThan(35);
      expect(coordinates[1]).toBeLessThan(56);
    }
  });

  it('clusters events around a few cities', () => {
    const cityOf = new Map<string, string>();
    const byId = new Map(sample.locations.map((location) => [location.id, location]));
    for (const location of sample.locations) {
      let at: typeof location | undefined = location;
      while (at && at.kind !== 'city') at = at.within ? byId.get(at.within) : undefined;
      if (at) cityOf.set(location.id, at.id);
    }
    const perCity = new Map<string, number>();
    for (const event of events) {
      const city = cityOf.get(event.locations[0] ?? '');
      if (city) perCity.set(city, (perCity.get(city) ?? 0) + 1);
    }
    const busiest = [...perCity.values()].sort((a, b) => b - a);
    // Five of the 40-odd cities hold over 30% of the events (an even spread would give them 11%).
    expect(share(busiest.slice(0, 5).reduce((sum, n) => sum + n, 0))).toBeGreaterThan(0.3);
  });

  it('clusters events in time: a few bursts over 2021–2023', () => {
    const starts = events.map((event) => {
      const value = estimateValue('start' in event.time ? event.time.start : event.time);
      return Date.parse(value.slice(0, 10).padEnd(10, '-01'));
    });
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(Date.UTC(2021, 0, 1));
    expect(Math.max(...starts)).toBeLessThan(Date.UTC(2024, 0, 1));
    const weekOf = (centre: string) =>
      starts.filter((t) => Math.abs(t - Date.parse(centre)) <= 4 * 86_400_000).length;
    // The largest burst's week alone holds far more than a uniform spread would (0.7%).
    expect(share(Math.max(...BURSTS.map((burst) => weekOf(burst.centre))))).toBeGreaterThan(0.2);
  });

  it('mixes time precisions, approximate times, times known only within bounds, and spans', () => {
    const points = events.map((event) => ('start' in event.time ? event.time.start : event.time));
    const precisions = new Set(points.map((point) => valuePrecision(point, estimateValue(point))));
    for (const precision of ['minute', 'hour', 'day', 'month'])
      expect(precisions).toContain(precision);
    expect(share(points.filter((point) => point.approximate).length)).toBeGreaterThan(0.1);
    expect(share(events.filter((event) => 'start' in event.time).length)).toBeGreaterThan(0.05);
    expect(share(points.filter((point) => point.notAfter !== undefined).length)).toBeGreaterThan(
      0.02,
    );
  });

  it('puts casualty figures on about 15% of events, worded every way', () => {
    expect(share(events.filter((event) => event.casualties.length > 0).length)).toBeGreaterThan(
      0.1,
    );
    expect(share(events.filter((event) => event.casualties.length > 0).length)).toBeLessThan(0.2);
    const casualties = events.flatMap((event) => event.casualties);
    const counts = casualties.map((casualty) => casualty.count);
    expect(counts.some((c) => c.max === c.min && !c.approximate)).toBe(true);
    expect(counts.some((c) => c.max === c.min && c.approximate)).toBe(true);
    expect(counts.some((c) => c.max === null)).toBe(true);
    expect(counts.some((c) => c.max !== null && c.max > c.min)).toBe(true);
    expect(casualties.some((casualty) => casualty.claimedBy === null)).toBe(true);
    expect(casualties.some((casualty) => casualty.claimedBy !== null)).toBe(true);
  });

  it('cites 1–3 sources per event, of mixed kinds, with relay chains and translated quotes', () => {
    expect(sample.sources.length).toBeGreaterThanOrEqual(5);
    expect(sample.sources.length).toBeLessThanOrEqual(10);
    expect(new Set(sample.sources.map((source) => source.kind)).size).toBeGreaterThanOrEqual(4);
    for (const event of events) {
      expect(event.citations.length).toBeGreaterThanOrEqual(1);
      expect(event.citations.length).toBeLessThanOrEqual(3);
    }
    const citations = events.flatMap((event) => event.citations);
    expect(citations.some((citation) => (citation.via?.length ?? 0) >= 2)).toBe(true);
    const quotes = citations.flatMap((citation) => (citation.quote ? [citation.quote] : []));
    expect(new Set(quotes.map((quote) => quote.language)).size).toBeGreaterThanOrEqual(2);
    expect(quotes.some((quote) => quote.language !== 'en' && quote.translation)).toBe(true);
  });

  it('uses every category, the burst themes most', () => {
    const main = new Map<string, number>();
    for (const event of events) {
      const first = event.categories[0] ?? '';
      main.set(first, (main.get(first) ?? 0) + 1);
    }
    expect(new Set(events.flatMap((event) => event.categories))).toEqual(new Set(CATEGORIES));
    expect(share(main.get('protest') ?? 0)).toBeGreaterThan(0.1);
  });

  it('names the places its bursts focus on', () => {
    const cities = new Set(sample.locations.map((location) => location.id));
    for (const burst of BURSTS)
      for (const city of burst.focusCities) expect(cities).toContain(city);
  });
});
