/**
 * The one filter selector, and the counts beside each filter option.
 *
 * Rules (`filterEvents`):
 * - Filters of different kinds combine with AND; the choices within one kind combine with OR.
 * - Actors: the event involves any selected actor.
 * - Locations: the event is at any selected place, or at a place lying within one (transitively:
 *   a building in a city in the selected country matches).
 * - Categories: the event is in one of the selected categories.
 * - Sources: the event rests on any selected source: cites it, relays through it (`via`), counts a
 *   figure by it, or a claim about the event does (`DatasetIndex.sourceIdsByOrder`).
 * - Query: every whitespace-separated term occurs in the event's search text, ignoring case,
 *   accents and spacing (see `searchText.ts` and `DatasetIndex.searchTexts`; answered by the
 *   inverted index of `searchIndex.ts`, which gives what a scan of those texts gives). A blank query does
 *   not filter.
 * - From/to: ISO days ("YYYY-MM-DD") in the dataset's time zone, both included, as the span
 *   [from 00:00, the day after `to` 00:00); either end may be open (null). An event passes when it
 *   *certainly* falls in that span (`overlapWith` in model/time.ts: an instant whose every possible
 *   moment lies in it, a duration certainly going on at some moment of it). With `includePossible`,
 *   events that only *may* fall in it (bounds that reach into it) pass too; `timeFilterCounts`
 *   says how many of each there are.
 * - The zoom `window` does not filter: it is a view of the filtered events.
 * - An id that is not in the dataset matches no event (`reconcileViewState` drops such ids first).
 */
import { CATEGORIES, type Category } from '../model/vocabulary';
import { overlapWith, valueSpan, type TimeSpan } from '../model/time';
import type { DatasetIndex, IndexedEvent, PostingList } from './datasetIndex';
import { rememberOrderMask } from './orderMask';
import { searchTerms } from './searchText';
import { DEFAULT_VIEW_STATE, type ViewState } from './viewState';

/** The part of the view that filters: what `filterEvents` and the counts read. */
export type Filters = Pick<
  ViewState,
  'actors' | 'locations' | 'categories' | 'sources' | 'query' | 'from' | 'to' | 'includePossible'
>;

let lastFilters: { key: string; filters: Filters } | null = null;

/**
 * The filter fields of `state`, as the same object for as long as they do not change (whatever
 * else does: the selection, the zoom), so that everything computed from them can be memoised on
 * this one value.
 */
export function filtersOf(state: ViewState): Filters {
  const { actors, locations, categories, sources, query, from, to, includePossible } = state;
  const key = JSON.stringify([
    actors,
    locations,
    categories,
    sources,
    query,
    from,
    to,
    includePossible,
  ]);
  if (lastFilters?.key !== key) {
    lastFilters = {
      key,
      filters: { actors, locations, categories, sources, query, from, to, includePossible },
    };
  }
  return lastFilters.filters;
}

/** Per filter option, how many events the reader would see on choosing it (see `filterCounts`). */
export interface FilterCounts {
  actors: Map<string, number>;
  locations: Map<string, number>;
  categories: Map<Category, number>;
  sources: Map<string, number>;
}

/**
 * The events that pass every active filter of `state`, in time order. When nothing filters this
 * is the index's own `events` array, so callers must not change it.
 */
export function filterEvents(index: DatasetIndex, state: Filters): IndexedEvent[] {
  const { events } = index;
  const { passed, activeKinds } = combine(filterMasks(index, state), events.length);
  if (activeKinds === 0) return events;
  // An event's order is its position in `events`: the passing events are read off the counts,
  // and become the list's order mask, without reading an entry (at 500,000 events reading each
  // one's order was 12 ms of a filter click under the profiler, and making the mask again 7 ms).
  const shown: IndexedEvent[] = [];
  for (let order = 0; order < passed.length; order += 1) {
    if (passed[order] !== activeKinds) {
      passed[order] = 0;
      continue;
    }
    passed[order] = 1;
    const entry = events[order];
    if (entry) shown.push(entry);
  }
  rememberOrderMask(shown, passed);
  return shown;
}

/**
 * The faceted-search counts: for each actor, place, category and source, the number of events that
 * would pass if that option alone were chosen in its own kind, with every filter of the other kinds
 * as it is. Every actor, place and source of the dataset and every category of the format has an
 * entry (0 when nothing would pass), in dataset (or format) order.
 */
export function filterCounts(index: DatasetIndex, state: Filters): FilterCounts {
  const masks = filterMasks(index, state);
  const passes = combine(masks, index.events.length);
  return {
    actors: countOptions(
      index.dataset.actors.map((actor) => actor.id),
      index.actorIdsByOrder,
      masks.actors,
      passes,
    ),
    locations: countOptions(
      index.dataset.locations.map((location) => location.id),
      index.placeIdsByOrder,
      masks.locations,
      passes,
    ),
    categories: countOptions(CATEGORIES, index.categoriesByOrder, masks.categories, passes),
    sources: countOptions(
      index.dataset.sources.map((source) => source.id),
      index.sourceIdsByOrder,
      masks.sources,
      passes,
    ),
  };
}

/** True when any filter is active (a blank query is not a filter; selection, lanes, zoom and map are not filters). */
export function isFiltering(state: Filters): boolean {
  return (
    state.actors.length > 0 ||
    state.locations.length > 0 ||
    state.categories.length > 0 ||
    state.sources.length > 0 ||
    searchTerms(state.query).length > 0 ||
    state.from !== null ||
    state.to !== null
  );
}

/** `state` without any filter; the selected event, lanes, zoom window and map stay as they are. */
export function clearFilters(state: ViewState): ViewState {
  const { actors, locations, categories, sources, query, from, to, includePossible } =
    DEFAULT_VIEW_STATE;
  return { ...state, actors, locations, categories, sources, query, from, to, includePossible };
}

/** Per filter kind, 1 at each event order that passes it; null when that kind is not active. */
interface FilterMasks {
  actors: Uint8Array | null;
  locations: Uint8Array | null;
  categories: Uint8Array | null;
  sources: Uint8Array | null;
  query: Uint8Array | null;
  time: Uint8Array | null;
}

function filterMasks(index: DatasetIndex, state: Filters): FilterMasks {
  const size = index.events.length;
  return {
    actors: postingMask(size, state.actors, index.eventsByActor),
    locations: postingMask(size, state.locations, index.eventsByPlace),
    categories: postingMask(size, state.categories, index.eventsByCategory),
    sources: postingMask(size, state.sources, index.eventsBySource),
    query: queryMask(index, state.query),
    time: timeMask(index, state),
  };
}

/** Per event order, the number of active kinds the event passes. */
interface Passes {
  passed: Uint8Array;
  activeKinds: number;
}

function combine(masks: FilterMasks, size: number): Passes {
  const passed = new Uint8Array(size);
  let activeKinds = 0;
  const { actors, locations, categories, sources, query, time } = masks;
  for (const mask of [actors, locations, categories, sources, query, time]) {
    if (!mask) continue;
    activeKinds += 1;
    for (let order = 0; order < size; order += 1) {
      passed[order] = (passed[order] ?? 0) + (mask[order] ?? 0);
    }
  }
  return { passed, activeKinds };
}

/**
 * For one kind: per option, the events that pass every other active kind and have that option.
 * One pass over the events, adding each passing event to the options it has, counted by number
 * in a typed array (`facetColumn`) rather than by id in a map: at 100,000 events the map's
 * look-ups were half of a filter click (profiled).
 */
function countOptions<K>(
  options: readonly K[],
  optionsByOrder: readonly (readonly K[])[],
  ownMask: Uint8Array | null,
  { passed, activeKinds }: Passes,
): Map<K, number> {
  const column = facetColumn(optionsByOrder);
  const otherKinds = activeKinds - (ownMask ? 1 : 0);
  const tally = otherKinds === 0 ? totalsOf(column) : new Uint32Array(column.keys.length);
  const { offsets, ids } = column;
  const size = optionsByOrder.length;
  for (let order = 0; order < size && otherKinds > 0; order += 1) {
    if ((passed[order] ?? 0) - (ownMask?.[order] ?? 0) !== otherKinds) continue;
    const end = offsets[order + 1] ?? 0;
    for (let at = offsets[order] ?? 0; at < end; at += 1) {
      const id = ids[at] ?? 0;
      tally[id] = (tally[id] ?? 0) + 1;
    }
  }
  const counts = new Map<K, number>(options.map((option) => [option, 0]));
  column.keys.forEach((key, id) => {
    const count = tally[id] ?? 0;
    if (count > 0) counts.set(key, count);
  });
  return counts;
}

/** One kind's options per event as numbers: the options of order `o` are `ids[offsets[o] … offsets[o + 1])`. */
interface FacetColumn<K> {
  /** The option behind each number. */
  keys: K[];
  offsets: Uint32Array;
  ids: Uint32Array;
  /** Per option number, how many events have it (`totalsOf`), once asked for. */
  totals: Uint32Array | null;
}

/**
 * Per option, the events that have it: a kind's counts when no other kind filters (nothing is
 * filtered, or only this kind is), made once per column. The click on a first category counted
 * every one of 500,000 events' categories again.
 */
function totalsOf(column: FacetColumn<unknown>): Uint32Array {
  if (column.totals) return column.totals;
  const totals = new Uint32Array(column.keys.length);
  for (const id of column.ids) totals[id] = (totals[id] ?? 0) + 1;
  column.totals = totals;
  return totals;
}

const facetColumns = new WeakMap<readonly (readonly unknown[])[], FacetColumn<unknown>>();

/** The kinds of filter options that `filterCounts` counts. */
export const FACET_KINDS = ['actors', 'locations', 'categories', 'sources'] as const;

/**
 * The options of one kind per event as numbers (`FacetColumn`), made once per index: at 500,000
 * events each took 40–60 ms, which a large dataset's first view makes beforehand
 * (`FIRST_RENDER_TABLES`) rather than in the filter bar's first render.
 */
export function facetColumnOf(index: DatasetIndex, kind: (typeof FACET_KINDS)[number]): unknown {
  const byKind = {
    actors: index.actorIdsByOrder,
    locations: index.placeIdsByOrder,
    categories: index.categoriesByOrder,
    sources: index.sourceIdsByOrder,
  };
  return facetColumn<unknown>(byKind[kind]);
}

/** `optionsByOrder` as a `FacetColumn`, made once per index (kept by the array's identity). */
function facetColumn<K>(optionsByOrder: readonly (readonly K[])[]): FacetColumn<K> {
  const kept = facetColumns.get(optionsByOrder) as FacetColumn<K> | undefined;
  if (kept) return kept;
  const numbers = new Map<K, number>();
  const keys: K[] = [];
  const offsets = new Uint32Array(optionsByOrder.length + 1);
  let total = 0;
  optionsByOrder.forEach((options, order) => {
    total += options.length;
    offsets[order + 1] = total;
  });
  const ids = new Uint32Array(total);
  let at = 0;
  for (const options of optionsByOrder) {
    for (const option of options) {
      let id = numbers.get(option);
      if (id === undefined) {
        id = keys.length;
        numbers.set(option, id);
        keys.push(option);
      }
      ids[at] = id;
      at += 1;
    }
  }
  const column: FacetColumn<K> = { keys, offsets, ids, totals: null };
  facetColumns.set(optionsByOrder, column);
  return column;
}

function postingMask<K>(
  size: number,
  selected: readonly K[],
  lists: ReadonlyMap<K, PostingList>,
): Uint8Array | null {
  if (selected.length === 0) return null;
  const mask = new Uint8Array(size);
  for (const key of selected) {
    for (const order of lists.get(key) ?? []) mask[order] = 1;
  }
  return mask;
}

/** The last query's matches per index: the events, the counts and the time counts all ask. */
const lastQueryMask = new WeakMap<DatasetIndex, { key: string; mask: Uint8Array }>();

function queryMask(index: DatasetIndex, query: string): Uint8Array | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const key = terms.join(' ');
  const kept = lastQueryMask.get(index);
  if (kept?.key === key) return kept.mask;
  const mask = index.searchIndex().match(terms);
  lastQueryMask.set(index, { key, mask });
  return mask;
}

/** The span of days [from, to] (either end open) in the dataset's time zone, or null for no filter. */
export function dayRangeSpan(
  from: string | null,
  to: string | null,
  timeZone: string,
): TimeSpan | null {
  if (from === null && to === null) return null;
  return {
    start: from === null ? -Infinity : valueSpan(from, timeZone, 'day').start,
    end: to === null ? Infinity : valueSpan(to, timeZone, 'day').end,
  };
}

function timeMask(index: DatasetIndex, state: Filters): Uint8Array | null {
  const range = dayRangeSpan(state.from, state.to, index.dataset.timeZone);
  if (range === null) return null;
  const mask = new Uint8Array(index.events.length);
  for (const { order, timing, start, end } of index.events) {
    if (start >= range.end || end <= range.start) continue;
    const overlap = overlapWith(timing, range);
    if (overlap === 'certain' || (overlap === 'possible' && state.includePossible)) mask[order] = 1;
  }
  return mask;
}

/** Under the other filters, how many events certainly fall in the chosen days and how many only may. */
export interface TimeFilterCounts {
  certain: number;
  possible: number;
}

/**
 * The time filter's own counts: of the events that pass every other active filter, those that
 * certainly fall in the chosen days and those that only may. Null when no days are chosen.
 */
export function timeFilterCounts(index: DatasetIndex, state: Filters): TimeFilterCounts | null {
  const range = dayRangeSpan(state.from, state.to, index.dataset.timeZone);
  if (range === null) return null;
  const { actors, locations, categories, sources, query } = filterMasks(index, state);
  const others = [actors, locations, categories, sources, query].filter((mask) => mask !== null);
  const counts = { certain: 0, possible: 0 };
  for (const { order, timing } of index.events) {
    if (others.some((mask) => mask[order] !== 1)) continue;
    const overlap = overlapWith(timing, range);
    if (overlap !== 'none') counts[overlap] += 1;
  }
  return counts;
}
