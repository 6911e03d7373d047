/**
 * Everything the view needs to find events fast, computed once per dataset: events in the story's
 * order with their resolved times, lookups by id, and posting lists (event orders) per actor, place,
 * category and source.
 */
import type {
  Actor,
  Casualty,
  Category,
  ChronicleEvent,
  Claim,
  Dataset,
  Location,
  Source,
} from '../model/schema';
import { storyOrder } from '../model/storyOrder';
import {
  cachedValueSpan,
  eventTiming,
  timingBody,
  timingPossible,
  valueGranularity,
  type EventTiming,
  type TimeSpan,
  type ValueSpan,
} from '../model/time';
import type { ReportingView } from './reportingView';
import { searchIndexBuilder, type SearchIndex, type SearchIndexBuilder } from './searchIndex';
import { finish, STEP_ITEMS } from './mainThreadSteps';
import { normalizeSearchText } from './searchText';
import { sameLists } from '../model/sameLists';

/** An event with its place in the story's order and its time in epoch milliseconds. */
export interface IndexedEvent {
  event: ChronicleEvent;
  /** position in `events` (the story's order) */
  order: number;
  /** the event's time resolved in dataset.timeZone (time.ts) */
  timing: EventTiming;
  /** where it is drawn at its best estimate: the estimate's unit, or a duration's estimated span */
  body: TimeSpan;
  /**
   * Everything drawn for it, in epoch ms, half-open: the body and the finite part of its possible
   * range (an open bound reaches to the edge of the dataset's extent).
   */
  start: number;
  end: number;
  /**
   * Per casualty figure of the event (same positions), the span of its `asOf`: made anew at each
   * reading in the index's own events (read it once per event).
   */
  asOf: readonly TimeSpan[];
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
  /** all events in the story's order (storyOrder.ts: best estimate, `after`, document order) */
  events: IndexedEvent[];
  byId: Map<string, IndexedEvent>;
  actorsById: Map<string, Actor>;
  locationsById: Map<string, Location>;
  sourcesById: Map<string, Source>;
  /** [min start, max end] over every event's drawn extent, or null when there are no events */
  extent: { start: number; end: number } | null;
  /** Per event order: the ids of the actors involved, each once. */
  actorIdsByOrder: readonly (readonly string[])[];
  /** Per event order: the event's places and every place they lie within, transitively, each once. */
  placeIdsByOrder: readonly (readonly string[])[];
  /** Per event order: the event's categories, each once. */
  categoriesByOrder: readonly (readonly Category[])[];
  /**
   * Per event order: the sources it rests on, each once: cited, relayed through (`via`), counting
   * its figures, and those of the claims about it.
   */
  sourceIdsByOrder: readonly (readonly string[])[];
  /** The events involving each actor. */
  eventsByActor: ReadonlyMap<string, PostingList>;
  /** The events at each place or at a place within it (transitively). */
  eventsByPlace: ReadonlyMap<string, PostingList>;
  /** The events in each category. */
  eventsByCategory: ReadonlyMap<Category, PostingList>;
  /** The events resting on each source. */
  eventsBySource: ReadonlyMap<string, PostingList>;
  /** The claims of later reporting about each event, in document order. */
  claimsByEvent: ReadonlyMap<string, readonly Claim[]>;
  /** The account the dataset is a view of, when it is one (see reportingView.ts), else null. */
  reporting: ReportingView | null;
  /** Event ids by every id that names them: their own, and their former ids (`aliases`). */
  idsByAlias: ReadonlyMap<string, string>;
  /**
   * The place whose coordinates stand for a place on the map: itself when it has coordinates, else
   * the nearest place it lies within that has them (a building known only as "in Almaty").
   */
  shownAt: (locationId: string) => string;
  /**
   * Per event order, the normalised text that search looks in: title, summary, quote originals
   * and translations (its claims' too, with what they say), actor names, and the names and local names of the event's places and the
   * places they lie within. Built on first use, then kept.
   */
  searchTexts: () => readonly string[];
  /** The search text of the event at one order, made afresh (what `searchTexts` keeps). */
  searchTextOf: (order: number) => string;
  /**
   * The inverted index of the search texts (searchIndex.ts), which answers what a scan of
   * `searchTexts` would. Built on first use, or beforehand in steps by `prepareSearch`.
   */
  searchIndex: () => SearchIndex;
  /** Builds the search index for up to `budgetMs`; true once it is built. */
  prepareSearch: (budgetMs: number) => boolean;
}

/**
 * Prepares `dataset` for fast filtering; linear in its size apart from sorting the events. Given a
 * reporting view, indexes the view's dataset and keeps the view.
 */
export function createDatasetIndex(
  dataset: Dataset,
  reporting: ReportingView | null = null,
): DatasetIndex {
  return finish(datasetIndexSteps(dataset, reporting));
}

/** Calls `f` for each of `items`, yielding after every `STEP_ITEMS` of them. */
function* eachInSteps<T>(
  items: readonly T[],
  f: (item: T, position: number) => void,
): Generator<void, void, void> {
  for (let i = 0; i < items.length; i++) {
    f(items[i] as T, i);
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
}

/** `f` over `items`, in steps as `eachInSteps`. */
function* mapInSteps<T, U>(
  items: readonly T[],
  f: (item: T, position: number) => U,
): Generator<void, U[], void> {
  const out: U[] = [];
  yield* eachInSteps(items, (item, i) => out.push(f(item, i)));
  return out;
}

/**
 * `createDatasetIndex` in steps: each `next()` does the work of about `STEP_ITEMS` events
 * (the story's order, one sort, is one step), and the last returns the index. A page can build
 * the index of a large dataset between frames this way (`preparedIndex.ts`).
 */
export function* datasetIndexSteps(
  dataset: Dataset,
  reporting: ReportingView | null = null,
): Generator<void, DatasetIndex, void> {
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const locationsById = new Map(dataset.locations.map((location) => [location.id, location]));
  const sourcesById = new Map(dataset.sources.map((source) => [source.id, source]));
  const { events, extent } = yield* orderedIndexedEvents(dataset);
  const byId = new Map<string, IndexedEvent>();
  const idsByAlias = new Map<string, string>();
  yield* eachInSteps(events, (indexed) => {
    byId.set(indexed.event.id, indexed);
    for (const alias of indexed.event.aliases ?? []) idsByAlias.set(alias, indexed.event.id);
  });

  // These lists are made for every event at once, so they are built with loops rather than
  // chains of map, flatMap and spread, and equal lists are one array (sameLists.ts).
  const sameActors = sameLists<string>();
  const actorIdsByOrder = yield* mapInSteps(events, ({ event }) =>
    event.actors.length === 0
      ? NO_IDS
      : sameActors(unique(event.actors.map((entry) => entry.actor))),
  );
  const enclosingPlaces = enclosingPlacesOf(locationsById);
  const placeAndEnclosing = memoized((id) => unique([id, ...enclosingPlaces(id)]));
  const samePlaces = sameLists<string>();
  const placeIdsByOrder = yield* mapInSteps(events, ({ event }) => {
    const only = event.locations[0];
    if (only === undefined) return NO_IDS;
    if (event.locations.length === 1) return placeAndEnclosing(only);
    const ids: string[] = [];
    for (const id of event.locations)
      for (const place of placeAndEnclosing(id)) addOnce(ids, place);
    return samePlaces(fitted(ids));
  });
  const sameCategories = sameLists<Category>();
  const categoriesByOrder = yield* mapInSteps(events, ({ event }) =>
    sameCategories(unique(event.categories)),
  );
  const claimsByEvent = reporting?.claimsByEvent ?? groupClaims(dataset.claims ?? []);
  const sameSources = sameLists<string>();
  const sourceIdsByOrder = yield* mapInSteps(events, ({ event }) => {
    const ids: string[] = [];
    addSourceIds(ids, event);
    for (const claim of claimsByEvent.get(event.id) ?? []) addSourceIds(ids, claim);
    return sameSources(fitted(ids));
  });

  const searchTextOf = searchTextMaker(events, actorIdsByOrder, placeIdsByOrder, {
    actorsById,
    locationsById,
    claimsByEvent,
  });
  let searchTexts: string[] | null = null;
  let builder: SearchIndexBuilder | null = null;
  const search = () => (builder ??= searchIndexBuilder(events.length, searchTextOf));
  const eventsByActor = yield* postingLists(actorIdsByOrder);
  const eventsByPlace = yield* postingLists(placeIdsByOrder);
  const eventsByCategory = yield* postingLists(categoriesByOrder);
  const eventsBySource = yield* postingLists(sourceIdsByOrder);
  return {
    dataset,
    events,
    byId,
    actorsById,
    locationsById,
    sourcesById,
    extent,
    actorIdsByOrder,
    placeIdsByOrder,
    categoriesByOrder,
    sourceIdsByOrder,
    eventsByActor,
    eventsByPlace,
    eventsByCategory,
    eventsBySource,
    claimsByEvent,
    reporting,
    idsByAlias,
    shownAt: memoized((id) => {
      if (locationsById.get(id)?.coordinates !== undefined) return id;
      return enclosingPlaces(id).find((p) => locationsById.get(p)?.coordinates !== undefined) ?? id;
    }),
    searchTexts: () => {
      searchTexts ??= events.map((_, order) => searchTextOf(order));
      return searchTexts;
    },
    searchTextOf,
    searchIndex: () => search().finish(),
    prepareSearch: (budgetMs) => search().step(budgetMs),
  };
}

/**
 * An indexed event. Its figures' `asOf` spans are resolved when asked for, rather than kept: only
 * the casualty strip's table reads them, once per index, and a list of spans of its own per event
 * with figures was 17 MB of the heap at 500,000 ACLED rows (whose `asOf` is each row's own
 * upload time, so no span is shared).
 */
abstract class Indexed {
  /** The index's remembering `cachedValueSpan` (a private field: not part of the entry's value). */
  readonly #spanOf: ValueSpan;
  constructor(
    readonly event: ChronicleEvent,
    readonly order: number,
    readonly timing: EventTiming,
    readonly body: TimeSpan,
    spanOf: ValueSpan,
  ) {
    this.#spanOf = spanOf;
  }
  get asOf(): readonly TimeSpan[] {
    const { casualties } = this.event;
    return casualties.length === 0
      ? NO_FIGURES
      : casualties.map((c) => this.#spanOf(c.asOf, valueGranularity(c.asOf)));
  }
}

/**
 * An event drawn over its body alone (a time given with `at`, most of them): its start and end
 * are read from the body rather than kept beside it. Two numbers kept twice in every such event
 * were 2.4 MB at 100,000 generated events (heap snapshot, 3 December 2026).
 */
class DrawnAsBody extends Indexed implements IndexedEvent {
  get start(): number {
    return this.body.start;
  }
  get end(): number {
    return this.body.end;
  }
}

/** An event drawn wider than its body: over the finite part of where it may lie. */
class DrawnWider extends Indexed implements IndexedEvent {
  constructor(
    event: ChronicleEvent,
    order: number,
    timing: EventTiming,
    body: TimeSpan,
    spanOf: ValueSpan,
    readonly start: number,
    readonly end: number,
  ) {
    super(event, order, timing, body, spanOf);
  }
}

/** The `asOf` spans of every event without casualty figures (most of them), one array for all. */
const NO_FIGURES: readonly TimeSpan[] = [];

/** The events in the story's order, with their times resolved, and the extent of them all. */
function* orderedIndexedEvents(dataset: Dataset): Generator<
  void,
  {
    events: IndexedEvent[];
    extent: DatasetIndex['extent'];
  },
  void
> {
  const spanOf = cachedValueSpan(dataset.timeZone);
  const resolved = yield* mapInSteps(dataset.events, (event) => {
    const timing = eventTiming(event.time, dataset.timeZone, spanOf);
    return { event, timing, body: timingBody(timing), possible: timingPossible(timing) };
  });
  const position = new Map<string, number>();
  yield* eachInSteps(dataset.events, (event, i) => position.set(event.id, i));
  const items = yield* mapInSteps(resolved, ({ event, body }) => ({
    start: body.start,
    end: body.end,
    after: (event.after ?? []).flatMap((id) => {
      const p = position.get(id);
      return p === undefined ? [] : [p];
    }),
  }));
  const order = storyOrder(items);
  yield;
  // The extent spans every best estimate and every finite bound.
  let min = Infinity;
  let max = -Infinity;
  for (const { body, possible } of resolved) {
    min = Math.min(min, body.start, Number.isFinite(possible.start) ? possible.start : body.start);
    max = Math.max(max, body.end, Number.isFinite(possible.end) ? possible.end : body.end);
  }
  const extent = resolved.length === 0 ? null : { start: min, end: max };
  const events: IndexedEvent[] = [];
  yield* eachInSteps(order, (p, i) => {
    const item = resolved[p];
    if (!item) return;
    const { event, timing, body, possible } = item;
    const start = Math.min(body.start, Math.max(possible.start, min));
    const end = Math.max(body.end, Math.min(possible.end, max));
    events.push(
      start === body.start && end === body.end
        ? new DrawnAsBody(event, i, timing, body, spanOf)
        : new DrawnWider(event, i, timing, body, spanOf, start, end),
    );
  });
  return { events, extent };
}

/** The claims per event id, in document order. */
function groupClaims(claims: readonly Claim[]): Map<string, Claim[]> {
  const byEvent = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = byEvent.get(claim.event);
    if (list) list.push(claim);
    else byEvent.set(claim.event, [claim]);
  }
  return byEvent;
}

/**
 * Adds to `ids`, once each, the sources an event or a claim rests on: cited, relayed through, and
 * counting its figures.
 */
function addSourceIds(
  ids: string[],
  item: Pick<ChronicleEvent, 'citations'> & { casualties?: ChronicleEvent['casualties'] },
): void {
  for (const citation of item.citations) {
    addOnce(ids, citation.source);
    for (const step of citation.via ?? []) {
      if (typeof step === 'string') addOnce(ids, step);
      else for (const id of step) addOnce(ids, id);
    }
  }
  for (const casualty of item.casualties ?? []) for (const id of casualty.sources) addOnce(ids, id);
}

/** Each event's search text, by order: its own words, then the names of its actors and places. */
function searchTextMaker(
  events: readonly IndexedEvent[],
  actorIdsByOrder: readonly (readonly string[])[],
  placeIdsByOrder: readonly (readonly string[])[],
  {
    actorsById,
    locationsById,
    claimsByEvent,
  }: Pick<DatasetIndex, 'actorsById' | 'locationsById' | 'claimsByEvent'>,
): (order: number) => string {
  // Names recur across many events, so each is normalised once.
  const actorText = memoized((id) => normalizeSearchText(actorsById.get(id)?.name ?? ''));
  const placeText = memoized((id) => {
    const place = locationsById.get(id);
    return normalizeSearchText(`${place?.name ?? ''} ${place?.localName ?? ''}`);
  });
  return (order) => {
    const event = events[order]?.event;
    if (!event) return '';
    const ownWords = [event.title, event.summary];
    const claims = claimsByEvent.get(event.id) ?? [];
    for (const { quote } of [event, ...claims].flatMap((item) => item.citations)) {
      if (quote) ownWords.push(quote.original, quote.translation ?? '');
    }
    for (const claim of claims) ownWords.push(claim.later);
    return [
      normalizeSearchText(ownWords.join(' ')),
      ...(actorIdsByOrder[order] ?? []).map(actorText),
      ...(placeIdsByOrder[order] ?? []).map(placeText),
    ]
      .filter((text) => text !== '')
      .join(' ');
  };
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

function* postingLists<K>(
  keysByOrder: readonly (readonly K[])[],
): Generator<void, Map<K, number[]>, void> {
  const lists = new Map<K, number[]>();
  yield* eachInSteps(keysByOrder, (keys, order) => {
    for (const key of keys) {
      const list = lists.get(key);
      if (list) list.push(order);
      else lists.set(key, [order]);
    }
  });
  return lists;
}

const NO_IDS: readonly string[] = [];

/**
 * A list built by pushing, in an array of its own length. The first push gives an array room for
 * 17 items, so a list per event of one or two ids kept ~70 bytes of room each: 16 MB of the heap
 * at 100,000 events (a heap snapshot).
 */
function fitted(list: string[]): readonly string[] {
  return list.length === 0 ? NO_IDS : list.slice();
}

/** Pushes `value` unless `list` has it (the lists are short, so no Set is needed). */
function addOnce<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** `values` without repeats, in first-seen order: `values` itself when it has none. */
function unique<T>(values: readonly T[]): readonly T[] {
  for (let i = 1; i < values.length; i++) {
    if (values.lastIndexOf(values[i] as T, i - 1) !== -1) {
      const kept: T[] = [];
      for (const value of values) addOnce(kept, value);
      return kept;
    }
  }
  return values;
}
