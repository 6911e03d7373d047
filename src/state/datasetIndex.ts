/**
 * Everything the view needs to find events fast, computed once per dataset: events in time order
 * with their spans, lookups by id, and posting lists (event orders) per actor, place and category.
 */
import type {
  Actor,
  Casualty,
  Category,
  ChronicleEvent,
  Dataset,
  EventTime,
  Location,
  Source,
} from '../model/schema';
import { eventSpan, type TimeSpan } from '../model/time';
import { normalizeSearchText } from './searchText';

/** An event with its place in time order and its span in epoch milliseconds. */
export interface IndexedEvent {
  event: ChronicleEvent;
  /** position in `events` (time order) */
  order: number;
  /** epoch ms, half-open span from time.ts eventSpan in dataset.timeZone */
  start: number;
  end: number;
}

/** One figure and the event it belongs to. */
export interface CasualtyFigure {
  entry: IndexedEvent;
  casualty: Casualty;
}

/** Event orders (positions in `DatasetIndex.events`), ascending. */
export type PostingList = readonly number[];

/** A dataset prepared for filtering and lookup. */
export interface DatasetIndex {
  dataset: Dataset;
  /** all events sorted by start, then end, then id */
  events: IndexedEvent[];
  byId: Map<string, IndexedEvent>;
  actorsById: Map<string, Actor>;
  locationsById: Map<string, Location>;
  sourcesById: Map<string, Source>;
  /** [min start, max end] over all events, or null when there are no events */
  extent: { start: number; end: number } | null;
  /** Per event order: the ids of the actors involved, each once. */
  actorIdsByOrder: readonly (readonly string[])[];
  /** Per event order: the event's places and every place they lie within, transitively, each once. */
  placeIdsByOrder: readonly (readonly string[])[];
  /** Per event order: the event's categories, each once. */
  categoriesByOrder: readonly (readonly Category[])[];
  /** The events involving each actor. */
  eventsByActor: ReadonlyMap<string, PostingList>;
  /** The events at each place or at a place within it (transitively). */
  eventsByPlace: ReadonlyMap<string, PostingList>;
  /** The events in each category. */
  eventsByCategory: ReadonlyMap<Category, PostingList>;
  /**
   * Per event order, the normalised text that search looks in: title, summary, quote originals
   * and translations, actor names, and the names and local names of the event's places and the
   * places they lie within. Built on first use, then kept.
   */
  searchTexts: () => readonly string[];
}

/** Prepares `dataset` for fast filtering; linear in its size apart from sorting the events. */
export function createDatasetIndex(dataset: Dataset): DatasetIndex {
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const locationsById = new Map(dataset.locations.map((location) => [location.id, location]));
  const sourcesById = new Map(dataset.sources.map((source) => [source.id, source]));
  const events = sortedIndexedEvents(dataset);
  const byId = new Map(events.map((indexed) => [indexed.event.id, indexed]));

  const actorIdsByOrder = events.map(({ event }) => unique(event.actors.map((a) => a.actor)));
  const enclosingPlaces = enclosingPlacesOf(locationsById);
  const placeIdsByOrder = events.map(({ event }) =>
    unique(event.locations.flatMap((id) => [id, ...enclosingPlaces(id)])),
  );
  const categoriesByOrder = events.map(({ event }) => unique(event.categories));

  let searchTexts: string[] | null = null;
  return {
    dataset,
    events,
    byId,
    actorsById,
    locationsById,
    sourcesById,
    extent: extentOf(events),
    actorIdsByOrder,
    placeIdsByOrder,
    categoriesByOrder,
    eventsByActor: postingLists(actorIdsByOrder),
    eventsByPlace: postingLists(placeIdsByOrder),
    eventsByCategory: postingLists(categoriesByOrder),
    searchTexts: () => {
      searchTexts ??= buildSearchTexts(events, actorIdsByOrder, placeIdsByOrder, {
        actorsById,
        locationsById,
      });
      return searchTexts;
    },
  };
}

function sortedIndexedEvents(dataset: Dataset): IndexedEvent[] {
  const spanOf = cachedEventSpan(dataset.timeZone);
  return dataset.events
    .map((event) => ({ event, ...spanOf(event.time) }))
    .sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
    )
    .map(({ event, start, end }, order) => ({ event, order, start, end }));
}

/**
 * `eventSpan`, remembered for time values that need calendar arithmetic in the time zone (dates
 * and day, month or year precision), which is slow and shared by many events; clock times of
 * minute or hour precision are quick to compute and seldom shared, so they are not kept.
 */
function cachedEventSpan(timeZone: string): (time: EventTime) => TimeSpan {
  const spans = new Map<string, TimeSpan>();
  return (time) => {
    const quick =
      (time.precision === 'minute' || time.precision === 'hour') &&
      time.start.includes('T') &&
      (time.end === undefined || time.end.includes('T'));
    if (quick) return eventSpan(time, timeZone);
    const key = `${time.precision} ${time.start} ${time.end ?? ''}`;
    let span = spans.get(key);
    if (!span) {
      span = eventSpan(time, timeZone);
      spans.set(key, span);
    }
    return span;
  };
}

/** Each event's search text: its own words, then the names of its actors and places. */
function buildSearchTexts(
  events: readonly IndexedEvent[],
  actorIdsByOrder: readonly (readonly string[])[],
  placeIdsByOrder: readonly (readonly string[])[],
  { actorsById, locationsById }: Pick<DatasetIndex, 'actorsById' | 'locationsById'>,
): string[] {
  // Names recur across many events, so each is normalised once.
  const actorText = memoized((id) => normalizeSearchText(actorsById.get(id)?.name ?? ''));
  const placeText = memoized((id) => {
    const place = locationsById.get(id);
    return normalizeSearchText(`${place?.name ?? ''} ${place?.localName ?? ''}`);
  });
  return events.map(({ event, order }) => {
    const ownWords = [event.title, event.summary];
    for (const { quote } of event.citations) {
      if (quote) ownWords.push(quote.original, quote.translation ?? '');
    }
    return [
      normalizeSearchText(ownWords.join(' ')),
      ...(actorIdsByOrder[order] ?? []).map(actorText),
      ...(placeIdsByOrder[order] ?? []).map(placeText),
    ]
      .filter((text) => text !== '')
      .join(' ');
  });
}

function extentOf(events: readonly IndexedEvent[]): DatasetIndex['extent'] {
  const first = events[0];
  if (first === undefined) return null;
  let end = first.end;
  for (const indexed of events) end = Math.max(end, indexed.end);
  return { start: first.start, end };
}

/**
 * A function giving the places a place lies within, nearest first. A cycle in `within` (which
 * validation rejects) ends the chain instead of looping.
 */
function enclosingPlacesOf(
  locationsById: ReadonlyMap<string, Location>,
): (id: string) => readonly string[] {
  return memoized((id) => {
    const chain: string[] = [];
    const seen = new Set([id]);
    for (let parent = locationsById.get(id)?.within; parent !== undefined && !seen.has(parent);) {
      chain.push(parent);
      seen.add(parent);
      parent = locationsById.get(parent)?.within;
    }
    return chain;
  });
}

function memoized<T extends object | string>(compute: (id: string) => T): (id: string) => T {
  const memo = new Map<string, T>();
  return (id) => {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const value = compute(id);
    memo.set(id, value);
    return value;
  };
}

function postingLists<K>(keysByOrder: readonly (readonly K[])[]): Map<K, number[]> {
  const lists = new Map<K, number[]>();
  keysByOrder.forEach((keys, order) => {
    for (const key of keys) {
      const list = lists.get(key);
      if (list) list.push(order);
      else lists.set(key, [order]);
    }
  });
  return lists;
}

/** `values` without repeats, in first-seen order (the lists are short, so no Set is needed). */
function unique<T>(values: readonly T[]): T[] {
  const kept: T[] = [];
  for (const value of values) if (!kept.includes(value)) kept.push(value);
  return kept;
}
