/**
 * A generator of valid chronicle/1 datasets of any size, with the shape of a real story: events in
 * a few bursts over 2021–2023 and clustered around a few dozen Central Asian cities, about 300
 * actors and 300 places, nine sources with reporting chains, casualty figures on about 15% of
 * events, and one to three citations per event with quotes in four languages. Everything is
 * made up; the same options always give the same dataset.
 */
import type { ChronicleEvent, Dataset } from '../src/model/schema';
import { generateActors } from './generator/actors';
import { drawEvent, type EventWorld } from './generator/events';
import { generatePlaces } from './generator/places';
import { createRandom } from './generator/random';
import { MAIN_SOURCE, SOURCES } from './generator/sources';

/** How big a dataset to generate, and from which seed. */
export interface GenerateOptions {
  /** The number of events (0 or more). */
  events: number;
  /** Any 32-bit unsigned integer; the same seed gives the same dataset. */
  seed: number;
}

/** A dataset of `options.events` made-up events, the same for the same seed. */
export function generateDataset({ events, seed }: GenerateOptions): Dataset {
  if (!Number.isInteger(events) || events < 0) {
    throw new RangeError(`events must be a whole number ≥ 0, got ${events}`);
  }
  const random = createRandom(seed);
  const places = generatePlaces(random);
  const actors = generateActors(random, places.cities);
  const world: EventWorld = {
    cities: places.cities,
    cityWeights: places.cities.map((place) => place.city.weight),
    citiesById: new Map(places.cities.map((place) => [place.city.id, place])),
    landmarks: places.cities.flatMap((place) => place.buildings.slice(0, 1)),
    actors,
    actorNames: new Map(actors.actors.map((actor) => [actor.id, actor.name])),
  };
  const drafts = Array.from({ length: events }, () => drawEvent(random, world));
  drafts.sort((a, b) => a.ms - b.ms);
  const width = String(events).length;
  const generated: ChronicleEvent[] = drafts.map((draft, index) => ({
    id: `${draft.slug}-${String(index + 1).padStart(width, '0')}`,
    ...draft.event,
  }));
  return {
    format: 'chronicle/2',
    id: `generated-${events}-seed-${seed}`,
    title: `Unrest in Central Asia, 2021–2023 (generated: ${events.toLocaleString('en-US')} events)`,
    summary: `A made-up dataset for testing and benchmarks, generated with seed ${seed}: bursts of protests, security operations and their aftermath in five countries. Nothing in it is real.`,
    language: 'en',
    timeZone: 'Asia/Almaty',
    published: {
      date: '2024-01-15',
      source: MAIN_SOURCE,
      basis: 'The date the generator gives every dataset it writes.',
    },
    actors: actors.actors,
    locations: places.locations,
    sources: [...SOURCES],
    events: generated,
  };
}
