/**
 * What the map counts at each place: the events (and their casualty figures) listed at the place
 * among the events the reader sees — those passing the filters whose span overlaps the timeline's
 * visible window.
 *
 * - A place counts the events that list it directly. An event at two places counts at both; an
 *   event at a building counts at the building, not at its city (the map groups nearby marks on
 *   screen, see `placeClusters.ts`, so a city and its buildings read as one mark when zoomed out).
 * - The places shown are those at least one event of the dataset lists directly, so a place does
 *   not vanish when the filters or the window leave it empty: it shows 0. Places that only
 *   contain others (a region no event names) are left out.
 * - Casualty figures are never added up across events (reports overlap and contradict each
 *   other); a place shows its largest single figure (`largestFigure`) of one kind,
 *   `MAP_FIGURE_KIND`, so that kinds never share a scale (`largestMappedFigure`).
 */
import { t } from '../../i18n/i18n';
import { compareCounts } from '../../model/casualties';
import type { Casualty, CasualtyCount, CasualtyKind, Location } from '../../model/schema';
import type { CasualtyFigure, DatasetIndex, IndexedEvent } from '../../state/datasetIndex';
import { isAreaPlace } from './placeKinds';
import { orderMask } from '../../state/orderMask';
import type { FirstRenderTable } from '../../state/preparedIndex';
import { finish, STEP_ITEMS } from '../../state/mainThreadSteps';

/** A place and what happened there among the events in view. */
export interface PlaceTally {
  location: Location;
  /** Orders of the events in view that list this place, ascending. */
  orders: number[];
  /**
   * The largest figure of `MAP_FIGURE_KIND` among those events (as `largestMappedFigure` would
   * pick it from all their figures), or null. Only this is kept: at 100,000 events, gathering
   * every figure at every place was a fifth of a filter click's map update.
   */
  largest: CasualtyFigure | null;
}

/** The map's places: points drawn on the map, areas listed beside it. */
export interface MappedPlaces {
  /** Point places, west to east (then south to north, then id). */
  points: Location[];
  /** Areas, in dataset order. */
  areas: Location[];
}

/**
 * The places the map shows: every place that some event of the dataset lists directly, where a
 * place without coordinates of its own is shown as the place it lies within (`shownAt`).
 */
export function mappedPlaces(index: DatasetIndex): MappedPlaces {
  // The table's places are those the events list, as shown; made here once per dataset.
  const listed = new Set(shownPlaceTable(index.events, index.shownAt).ids);
  const places = index.dataset.locations.filter(
    (location) => listed.has(location.id) && location.coordinates !== undefined,
  );
  const points = places
    .filter((location) => !isAreaPlace(location))
    .sort(
      (a, b) =>
        (a.coordinates?.[0] ?? 0) - (b.coordinates?.[0] ?? 0) ||
        (a.coordinates?.[1] ?? 0) - (b.coordinates?.[1] ?? 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return { points, areas: places.filter(isAreaPlace) };
}

/**
 * Per place (points, then areas, each in `places` order), the events of `events` listed there, an
 * event at a place without coordinates counting where that place is shown (`shownAt`). Given
 * `all` (the index's events, whose positions are the events' orders) with `events` a subset of
 * them, the events are walked in the story's order, so each place's orders come out ascending
 * without a sort, and each event's places are read from a list kept per order (a filter click at
 * 100,000 events spent 40 ms here, unminified, looking them up per event and sorting).
 */
export function tallyPlaces(
  places: readonly Location[],
  events: readonly IndexedEvent[],
  shownAt: (id: string) => string = (id) => id,
  all?: readonly IndexedEvent[],
): PlaceTally[] {
  const list = places.map((location): PlaceTally => ({ location, orders: [], largest: null }));
  const tallies = new Map<string, PlaceTally>(list.map((tally) => [tally.location.id, tally]));
  const placesOf = shownPlacesOf(shownAt);
  const count = (entry: IndexedEvent) => {
    for (const id of placesOf(entry)) {
      const tally = tallies.get(id);
      if (!tally) continue;
      tally.orders.push(entry.order);
      const figure = largestOf(entry);
      if (figure) keepLarger(tally, figure);
    }
  };
  if (all) {
    const table = shownPlaceTable(all, shownAt);
    // Each place of the table as its position in `list`, or -1 when it is not among `places`.
    const position = new Int32Array(table.ids.length).fill(-1);
    list.forEach((tally, i) => {
      const slot = table.slotOf.get(tally.location.id);
      if (slot !== undefined) position[slot] = i;
    });
    const shown = events === all ? null : orderMask(events, all.length);
    const { starts, slots, largest } = table;
    for (let order = 0; order < all.length; order++) {
      if (shown && shown[order] !== 1) continue;
      const figure = largest[order] ?? null;
      const last = starts[order + 1] ?? 0;
      for (let k = starts[order] ?? 0; k < last; k++) {
        const tally = list[position[slots[k] ?? 0] ?? -1];
        if (!tally) continue;
        tally.orders.push(order);
        if (figure) keepLarger(tally, figure);
      }
    }
    return list;
  }
  for (const entry of events) count(entry);
  for (const tally of list) {
    if (!isAscending(tally.orders)) tally.orders.sort((a, b) => a - b);
  }
  return list;
}

/**
 * Per `shownAt` function (one per dataset index), each event's places as shown, each once. Kept,
 * since the map tallies the same events again on every filter and window change (at 100,000
 * events, mapping them afresh each time was most of a filter click's map update, profiled).
 */
const shownPlaceCache = new WeakMap<
  (id: string) => string,
  WeakMap<IndexedEvent, readonly string[]>
>();

function shownPlacesOf(
  shownAt: (id: string) => string,
): (entry: IndexedEvent) => readonly string[] {
  let cache = shownPlaceCache.get(shownAt);
  if (!cache) shownPlaceCache.set(shownAt, (cache = new WeakMap()));
  const kept = cache;
  return (entry) => {
    let ids = kept.get(entry);
    if (ids === undefined) {
      ids = [...new Set(entry.event.locations.map(shownAt))];
      kept.set(entry, ids);
    }
    return ids;
  };
}

/** Every event's places as shown, as numbers: the places of event `o` are `slots[starts[o]…starts[o + 1]]`. */
interface ShownPlaceTable {
  /** The places' ids, by number. */
  ids: string[];
  slotOf: Map<string, number>;
  starts: Int32Array;
  slots: Int32Array;
  /** Per order, the event's largest mapped figure (`largestOf`), or null. */
  largest: (CasualtyFigure | null)[];
}

const shownPlaceTables = new WeakMap<
  readonly IndexedEvent[],
  WeakMap<(id: string) => string, ShownPlaceTable>
>();

/**
 * The map's table of places, which its first render reads: made beforehand in steps for a large
 * dataset's first view (`prepareView`; at 500,000 rows of an ACLED export a third of a second in
 * one task).
 */
export const PLACE_TABLE: FirstRenderTable = (index) => mapOverviewSteps(index);

/**
 * What the map reads of the whole dataset, which does not change with the view: its places,
 * which events are at a point (by order, `ordersAtPlaces`), and the figures its scale of
 * casualties is set from (`mappedFigureCountsAt` of those events).
 */
export interface MapOverview {
  places: MappedPlaces;
  listsPoint: Uint8Array;
  pointFigures: CasualtyCount[];
}

const overviews = new WeakMap<DatasetIndex, MapOverview>();

/** The map's `MapOverview` of `index`, made once per index. */
export function mapOverview(index: DatasetIndex): MapOverview {
  return finish(mapOverviewSteps(index));
}

/**
 * `mapOverview` in steps, with the table of places it reads, for a large dataset's first view
 * (at 500,000 rows of an ACLED export the figures alone were 0.15 s of the map's first render).
 */
function* mapOverviewSteps(index: DatasetIndex): Generator<void, MapOverview, void> {
  const kept = overviews.get(index);
  if (kept) return kept;
  yield* shownPlaceTableSteps(index.events, index.shownAt);
  const places = mappedPlaces(index);
  yield;
  const listsPoint = ordersAtPlaces(places.points, index);
  yield;
  const pointFigures = yield* mappedFigureCountsSteps(listsPoint, index);
  const overview = { places, listsPoint, pointFigures };
  overviews.set(index, overview);
  return overview;
}

/** The table of `all`'s places as shown, made once per list of events and `shownAt`. */
function shownPlaceTable(
  all: readonly IndexedEvent[],
  shownAt: (id: string) => string,
): ShownPlaceTable {
  return finish(shownPlaceTableSteps(all, shownAt));
}

/** `shownPlaceTable`, made in steps of `STEP_ITEMS` events. */
function* shownPlaceTableSteps(
  all: readonly IndexedEvent[],
  shownAt: (id: string) => string,
): Generator<void, ShownPlaceTable, void> {
  let byShownAt = shownPlaceTables.get(all);
  if (!byShownAt) shownPlaceTables.set(all, (byShownAt = new WeakMap()));
  const kept = byShownAt.get(shownAt);
  if (kept) return kept;
  const ids: string[] = [];
  const slotOf = new Map<string, number>();
  const starts = new Int32Array(all.length + 1);
  const slots: number[] = [];
  const largest = new Array<CasualtyFigure | null>(all.length);
  for (let order = 0; order < all.length; order++) {
    const entry = all[order] as IndexedEvent;
    const first = slots.length;
    starts[order] = first;
    largest[order] = largestMappedOf(entry);
    // Each place once per event, in the order first listed (as `shownPlacesOf` gives them), found
    // without a set or a list per event: an event lists one or two places.
    for (const id of entry.event.locations) {
      const shown = shownAt(id);
      let slot = slotOf.get(shown);
      if (slot === undefined) {
        slot = ids.length;
        ids.push(shown);
        slotOf.set(shown, slot);
      }
      if (slots.indexOf(slot, first) === -1) slots.push(slot);
    }
    if (order % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  starts[all.length] = slots.length;
  const table = { ids, slotOf, starts, slots: Int32Array.from(slots), largest };
  byShownAt.set(shownAt, table);
  return table;
}

/**
 * Per place of `places`, how many events of the dataset list it (as shown): the map's "of all"
 * count. Read off the table of the events' places, made once per dataset.
 */
export function eventCountsAt(
  places: readonly Location[],
  index: DatasetIndex,
): Map<string, number> {
  const { slotOf, slots } = shownPlaceTable(index.events, index.shownAt);
  const perSlot = new Int32Array(slotOf.size);
  for (const slot of slots) perSlot[slot] = (perSlot[slot] ?? 0) + 1;
  return new Map(
    places.map((place) => {
      const slot = slotOf.get(place.id);
      return [place.id, slot === undefined ? 0 : (perSlot[slot] ?? 0)];
    }),
  );
}

/**
 * Per event order, 1 when the event lists at least one of `places` (as shown: an event at a
 * building known only as "in Almaty" is at Almaty's point), else 0. Read off the table of places.
 */
export function ordersAtPlaces(places: readonly Location[], index: DatasetIndex): Uint8Array {
  const { slotOf, starts, slots } = shownPlaceTable(index.events, index.shownAt);
  const isPlace = new Uint8Array(slotOf.size);
  for (const place of places) {
    const slot = slotOf.get(place.id);
    if (slot !== undefined) isPlace[slot] = 1;
  }
  const at = new Uint8Array(index.events.length);
  for (let order = 0; order < at.length; order++) {
    const last = starts[order + 1] ?? 0;
    for (let k = starts[order] ?? 0; k < last; k++) {
      if (isPlace[slots[k] ?? 0] === 1) {
        at[order] = 1;
        break;
      }
    }
  }
  return at;
}

/**
 * The counts of the figures the map sizes by (`isMappedFigure`) of the events `at` marks (by
 * order, as `ordersAtPlaces` gives them), in the story's order: what the scale of figures is set
 * from.
 */
export function mappedFigureCountsAt(at: Uint8Array, index: DatasetIndex): CasualtyCount[] {
  return finish(mappedFigureCountsSteps(at, index));
}

/** `mappedFigureCountsAt` in steps of `STEP_ITEMS` events. */
function* mappedFigureCountsSteps(
  at: Uint8Array,
  index: DatasetIndex,
): Generator<void, CasualtyCount[], void> {
  const counts: CasualtyCount[] = [];
  for (let order = 0; order < index.events.length; order++) {
    if (at[order] === 1) {
      for (const casualty of (index.events[order] as IndexedEvent).event.casualties) {
        if (isMappedFigure(casualty)) counts.push(casualty.count);
      }
    }
    if (order % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  return counts;
}

const largestCache = new WeakMap<IndexedEvent, CasualtyFigure | null>();

/** The event's largest figure of `MAP_FIGURE_KIND`, with the event beside it, found once per event. */
function largestOf(entry: IndexedEvent): CasualtyFigure | null {
  if (entry.event.casualties.length === 0) return null;
  let figure = largestCache.get(entry);
  if (figure === undefined) {
    figure = largestMappedOf(entry);
    largestCache.set(entry, figure);
  }
  return figure;
}

/**
 * The event's largest figure of `MAP_FIGURE_KIND`, as `largestMappedFigure` picks it from the
 * event's figures, found without making a list of them (the table of places does this for every
 * event: at 500,000 ACLED rows, making the lists and keeping each answer was 0.7 s of the map's
 * first render).
 */
function largestMappedOf(entry: IndexedEvent): CasualtyFigure | null {
  let best: Casualty | null = null;
  for (const casualty of entry.event.casualties) {
    if (!isMappedFigure(casualty)) continue;
    if (best === null || compareCounts(casualty.count, best.count) > 0) best = casualty;
  }
  return best === null ? null : { entry, casualty: best };
}

/** Keeps an event's largest mapped figure at the place, where it is larger than the one kept (the first of equals stays). */
function keepLarger(tally: PlaceTally, figure: CasualtyFigure): void {
  if (
    tally.largest === null ||
    compareCounts(figure.casualty.count, tally.largest.casualty.count) > 0
  ) {
    tally.largest = figure;
  }
}

function isAscending(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i += 1)
    if ((values[i - 1] ?? 0) > (values[i] ?? 0)) return false;
  return true;
}

/**
 * The largest single figure: the highest lower bound, then the highest upper bound (open-ended
 * counts highest), then the first in the list. Null for none.
 */
export function largestFigure(figures: readonly CasualtyFigure[]): CasualtyFigure | null {
  let best: CasualtyFigure | null = null;
  for (const figure of figures) {
    if (best === null) {
      best = figure;
      continue;
    }
    if (compareCounts(figure.casualty.count, best.casualty.count) > 0) best = figure;
  }
  return best;
}

/** The one kind of figure the map sizes places by: killed and injured never share a scale. */
export const MAP_FIGURE_KIND: CasualtyKind = 'killed';

/** Whether the map sizes places by this figure. */
export function isMappedFigure(casualty: Casualty): boolean {
  return casualty.kind === MAP_FIGURE_KIND;
}

/** The largest figure of `MAP_FIGURE_KIND` among `figures`, or null. */
export function largestMappedFigure(figures: readonly CasualtyFigure[]): CasualtyFigure | null {
  return largestFigure(figures.filter((figure) => isMappedFigure(figure.casualty)));
}

/**
 * The label of an area chip: "Kazakhstan, nationwide" for a country that holds other places of the
 * dataset (the story's own country), the plain name for one that does not ("Russia").
 */
export function areaLabel(area: Location, locations: readonly Location[]): string {
  const holdsPlaces = locations.some((location) => location.within === area.id);
  return holdsPlaces ? t('map.area.nationwide', { name: area.name }) : area.name;
}

/** The number of distinct events among several places' tallies (each's orders ascending). */
export function distinctEventCount(tallies: readonly PlaceTally[]): number {
  if (tallies.length === 1) return tallies[0]?.orders.length ?? 0;
  // Orders are marked seen with this call's stamp in an array kept between calls: a Set of every
  // order was 15–30 ms of a filter click at 100,000 events (a mark of a city with its buildings).
  let highest = -1;
  for (const { orders } of tallies) highest = Math.max(highest, orders[orders.length - 1] ?? -1);
  if (seenAt.length <= highest) seenAt = new Uint32Array(Math.max(highest + 1, seenAt.length * 2));
  if (stamp === 0xffffffff) {
    seenAt.fill(0);
    stamp = 0;
  }
  stamp += 1;
  let count = 0;
  for (const { orders } of tallies) {
    for (const order of orders) {
      if (seenAt[order] === stamp) continue;
      seenAt[order] = stamp;
      count += 1;
    }
  }
  return count;
}

/** Per order, the stamp of the last `distinctEventCount` call that counted it. */
let seenAt = new Uint32Array(0);
let stamp = 0;
