/**
 * The marks the map draws for the current zoom: each place's tally projected to the screen,
 * overlapping places grouped (`placeClusters.ts`), each group sized by its events or by its
 * largest figure of people killed (`MAP_FIGURE_KIND`), and flagged when the reader filters by it or the selected event is
 * there.
 *
 * Grouping and order depend on the zoom and on each place's footprint — the size of its mark for
 * all its events over the whole dataset — never on what is in view, so filtering, moving the timeline or choosing a place does
 * not regroup or reorder the marks (a focused mark keeps the focus). Marks come biggest footprint
 * first, then west to east: drawn in that order, small marks sit on top of big ones, and it is
 * also their keyboard order (the busiest place first).
 */
import type { Location } from '../../model/schema';
import type { MapSizing } from '../../state/viewState';
import type { CasualtyFigure } from '../../state/datasetIndex';
import { countRings, outerRadius, type CountRings } from './markSize';
import { distinctEventCount, largestFigure, type PlaceTally } from './placeAggregation';
import { groupOverlappingMarks, groupPlace } from './placeClusters';
import { isAreaPlace } from './placeKinds';

/** One mark: a place, or a group of places too close to draw apart. */
export interface MapMark {
  /** Stable key: the member place ids joined. */
  key: string;
  /** The place choosing this mark filters by, or null for a group that is not one place. */
  placeId: string | null;
  /** The place the mark is named after, when it stands for one. */
  place: Location | null;
  /** The places drawn together, busiest first. */
  members: PlaceTally[];
  x: number;
  y: number;
  /** Distinct events in view at the mark's places. */
  count: number;
  /** The largest figure of people killed among them (`MAP_FIGURE_KIND`), or null. */
  figure: CasualtyFigure | null;
  /** Casualty mode: the rings of `figure`; null in event mode or without figures. */
  rings: CountRings | null;
  /** The radius a label and other marks must clear. */
  r: number;
  /** The selected event is at one of the mark's places. */
  highlighted: boolean;
  /** The place filter includes the mark's place. */
  active: boolean;
}

/** What `layoutMarks` needs. */
export interface MarkLayoutInput {
  /** Point places' tallies. */
  tallies: readonly PlaceTally[];
  /** Screen position of a place, or null when it cannot be projected. */
  position: (location: Location) => [number, number] | null;
  /** Radius for a number: events, or a casualty figure (see `markSize.ts`). */
  radius: (n: number) => number;
  /** The number of events at a place over the whole dataset. */
  overall: (location: Location) => number;
  /** The radius for an `overall` number: what grouping and ordering go by. */
  footprint: (n: number) => number;
  sizing: MapSizing;
  locationsById: ReadonlyMap<string, Location>;
  /** Places of the selected event. */
  selected: ReadonlySet<string>;
  /** Places in the place filter. */
  filtered: ReadonlySet<string>;
}

/** Where the places go at one zoom, and which are drawn together: what marks are made of. */
export interface MarkPlacement {
  /** Each place that can be projected, by id, at its screen position with its footprint. */
  placed: ReadonlyMap<string, { x: number; y: number; r: number }>;
  /** The places drawn together (`groupOverlappingMarks`). */
  groups: readonly string[][];
}

/**
 * The placement of `places` for a zoom. It depends on the zoom and the places' footprints only,
 * never on what is in view, so a caller keeps it across filter clicks (grouping thousands of
 * places, as an imported ACLED file has, is the costly part).
 */
export function placeMarks(
  places: readonly Location[],
  input: Pick<MarkLayoutInput, 'position' | 'overall' | 'footprint'>,
): MarkPlacement {
  const placed = new Map<string, { x: number; y: number; r: number }>();
  for (const location of places) {
    const xy = input.position(location);
    if (xy)
      placed.set(location.id, { x: xy[0], y: xy[1], r: input.footprint(input.overall(location)) });
  }
  const groups = groupOverlappingMarks([...placed].map(([id, p]) => ({ id, ...p })));
  return { placed, groups };
}

/**
 * The marks for the current zoom, biggest footprint first, then west to east. `placement` is
 * `placeMarks` of the tallies' places with the same position, overall and footprint.
 */
export function layoutMarks(
  input: MarkLayoutInput,
  placement: MarkPlacement = placeMarks(
    input.tallies.map((tally) => tally.location),
    input,
  ),
): MapMark[] {
  const { tallies, radius, sizing, locationsById, overall } = input;
  const tallyOf = new Map(tallies.map((tally) => [tally.location.id, tally]));
  const marks = placement.groups.map((ids): { mark: MapMark; weight: number } => {
    const members = ids
      .flatMap((id) => {
        const tally = tallyOf.get(id);
        const at = placement.placed.get(id);
        return tally && at ? [{ tally, ...at }] : [];
      })
      .sort((a, b) => b.tally.orders.length - a.tally.orders.length);
    const placeId = groupPlace(ids, locationsById, isAreaPlace);
    const place = placeId === null ? null : (locationsById.get(placeId) ?? null);
    const anchor = members.find((m) => m.tally.location.id === placeId);
    const [x, y] = anchor ? [anchor.x, anchor.y] : centreOf(members);
    const tallyList = members.map((m) => m.tally);
    const count = distinctEventCount(tallyList);
    const figure = largestFigure(tallyList.flatMap((t) => t.largest ?? []));
    const rings =
      sizing === 'casualties' && figure ? countRings(figure.casualty.count, radius) : null;
    const r = rings ? outerRadius(rings) : sizing === 'casualties' ? radius(0) : radius(count);
    const mark: MapMark = {
      key: ids.join(' '),
      placeId,
      place,
      members: tallyList,
      x,
      y,
      count,
      figure,
      rings,
      r,
      highlighted: ids.some((id) => input.selected.has(id)),
      active: placeId !== null && input.filtered.has(placeId),
    };
    return { mark, weight: members.reduce((sum, m) => sum + overall(m.tally.location), 0) };
  });
  return marks
    .sort((a, b) => b.weight - a.weight || a.mark.x - b.mark.x || a.mark.y - b.mark.y)
    .map(({ mark }) => mark);
}

function centreOf(points: readonly { x: number; y: number }[]): [number, number] {
  const n = Math.max(1, points.length);
  return [points.reduce((s, p) => s + p.x, 0) / n, points.reduce((s, p) => s + p.y, 0) / n];
}
