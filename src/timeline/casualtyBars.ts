/**
 * The casualty strip's data and geometry: which figures are in view, as series of one kind, group
 * and claimant (a claimant's revisions in time order), and each figure placed on a linear axis of
 * its kind as what it is — a value, a range, or an open-ended "or more". Kinds never share a
 * scale, and figures are never added up.
 */
import { scaleLinear } from 'd3';
import type { Casualty, CasualtyCount, CasualtyKind } from '../model/schema';
import { compareCounts, countScaleMax } from '../model/casualties';
import { formatNumber } from '../i18n/i18n';
import { CASUALTY_KINDS } from '../model/vocabulary';
import type { CasualtyFigure, IndexedEvent } from '../state/datasetIndex';
import type { TimeWindow } from '../state/viewState';
import { orderMask } from '../state/orderMask';
import type { FirstRenderTable } from '../state/preparedIndex';
import { finish, STEP_ITEMS } from '../state/mainThreadSteps';

/** The figures of one kind and group from one claimant ("killed · protesters, per the police"). */
export interface CasualtyRow {
  kind: CasualtyKind;
  group: string;
  /** The claimant's actor id, or null for figures attributed to no one. */
  claimedBy: string | null;
  /** In the order of their `asOf` (then the story's): a claimant's revisions, earliest first. */
  figures: CasualtyFigure[];
}

const kindOrder = (kind: CasualtyKind) => CASUALTY_KINDS.indexOf(kind);

/**
 * The figures whose `asOf` falls in `window` — a figure is a claim made at a point in time, so it
 * is in view when that point is, whatever the span of its event — as one row per kind, group and
 * claimant, in the format's order of kinds, then in the order the rows first appear. Given `all`
 * (the index's events, whose positions are the events' orders) with `events` a subset of them in
 * the story's order, the figures are read off a table of all of them made once (a filter click
 * at 100,000 events went through every event's figures and their row keys: 20 ms, unminified).
 */
export function casualtyRows(
  events: readonly IndexedEvent[],
  window: TimeWindow,
  all?: readonly IndexedEvent[],
): CasualtyRow[] {
  if (all) {
    const shown = events === all ? null : orderMask(events, all.length);
    return rowsFromTable(figureTable(all), shown, window);
  }
  const rows = new Map<string, { row: CasualtyRow; at: number[] }>();
  for (const entry of events) {
    entry.event.casualties.forEach((casualty, i) => {
      const asOf = entry.asOf[i];
      if (!asOf || asOf.end <= window.start || asOf.start >= window.end) return;
      const key = rowKey(casualty);
      let found = rows.get(key);
      if (!found) {
        found = { row: { ...rowOf(casualty), figures: [] }, at: [] };
        rows.set(key, found);
      }
      found.row.figures.push({ entry, casualty });
      found.at.push(asOf.start);
    });
  }
  return [...rows.values()]
    .map(({ row, at }) => {
      const order = row.figures.map((_, i) => i).sort((a, b) => (at[a] ?? 0) - (at[b] ?? 0));
      return { ...row, figures: order.flatMap((i) => row.figures[i] ?? []) };
    })
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind));
}

/** A row's kind, group and claimant, from one of its figures. */
function rowOf(casualty: Casualty): Omit<CasualtyRow, 'figures'> {
  return { kind: casualty.kind, group: casualty.group, claimedBy: casualty.claimedBy };
}

/**
 * Every figure of a list of events with an `asOf`, sorted as a row shows them (by the start of
 * `asOf`, then in the story's order), each with its event's order, `asOf` span, row (a number per
 * kind, group and claimant) and place in the story's order of figures. Made once per list, so a
 * filter click neither builds a figure, looks up its row by key, nor sorts a row (at 100,000
 * events each of those was part of 16–18 ms of a click, unminified).
 */
interface FigureTable {
  figures: CasualtyFigure[];
  orders: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
  rows: Int32Array;
  /** Per figure, its position among all the figures in the story's order. */
  storyAt: Int32Array;
  /** Per row number, the row's kind, group and claimant. */
  rowFields: Omit<CasualtyRow, 'figures'>[];
}

const figureTables = new WeakMap<readonly IndexedEvent[], FigureTable>();

/**
 * The strip's table of all the index's figures, which its first render reads: made beforehand in
 * steps for a large dataset's first view (`prepareView`; at 500,000 rows of an ACLED export, a
 * figure on each, a third of a second in one task).
 */
export const CASUALTY_STRIP_TABLE: FirstRenderTable = (index) => figureTableSteps(index.events);

function figureTable(all: readonly IndexedEvent[]): FigureTable {
  return finish(figureTableSteps(all));
}

/** `figureTable`, kept per list, made in steps of `STEP_ITEMS` events (the sort is one step). */
function* figureTableSteps(all: readonly IndexedEvent[]): Generator<void, FigureTable, void> {
  const kept = figureTables.get(all);
  if (kept) return kept;
  // Gathered in the story's order into flat lists (an object and a kept row key per figure were
  // most of the 1.1 s this took for the 500,000 figures of an ACLED export).
  const found: CasualtyFigure[] = [];
  const foundStarts: number[] = [];
  const foundEnds: number[] = [];
  const foundRows: number[] = [];
  const rowNumbers = new Map<string, number>();
  const rowFields: Omit<CasualtyRow, 'figures'>[] = [];
  // Figures in a row come in runs (an export's every row "killed, unspecified, no claimant").
  let last: Casualty | null = null;
  let lastRow = -1;
  for (let order = 0; order < all.length; order++) {
    const entry = all[order] as IndexedEvent;
    const { casualties } = entry.event;
    for (let i = 0; i < casualties.length; i++) {
      const casualty = casualties[i] as Casualty;
      const asOf = entry.asOf[i];
      if (!asOf) continue;
      let row = lastRow;
      if (
        last === null ||
        casualty.kind !== last.kind ||
        casualty.group !== last.group ||
        casualty.claimedBy !== last.claimedBy
      ) {
        const key = keyOfRow(casualty);
        row = rowNumbers.get(key) ?? -1;
        if (row === -1) {
          row = rowFields.length;
          rowNumbers.set(key, row);
          rowFields.push(rowOf(casualty));
        }
        last = casualty;
        lastRow = row;
      }
      found.push({ entry, casualty });
      foundStarts.push(asOf.start);
      foundEnds.push(asOf.end);
      foundRows.push(row);
    }
    if (order % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  // In the story's order now; sorted by asOf, the story's order among equals.
  const startOf = Float64Array.from(foundStarts);
  const byAsOf = new Int32Array(found.length);
  for (let i = 0; i < byAsOf.length; i++) byAsOf[i] = i;
  byAsOf.sort((a, b) => (startOf[a] ?? 0) - (startOf[b] ?? 0) || a - b);
  yield;
  const table: FigureTable = {
    figures: new Array<CasualtyFigure>(found.length),
    orders: new Int32Array(found.length),
    starts: new Float64Array(found.length),
    ends: new Float64Array(found.length),
    rows: new Int32Array(found.length),
    storyAt: byAsOf,
    rowFields,
  };
  for (let i = 0; i < byAsOf.length; i++) {
    const at = byAsOf[i] ?? 0;
    const figure = found[at] as CasualtyFigure;
    table.figures[i] = figure;
    table.orders[i] = figure.entry.order;
    table.starts[i] = startOf[at] ?? 0;
    table.ends[i] = foundEnds[at] ?? 0;
    table.rows[i] = foundRows[at] ?? 0;
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  figureTables.set(all, table);
  return table;
}

/** The rows of the table's figures of the events `shown` (by order; all when null) whose asOf is in `window`. */
function rowsFromTable(
  table: FigureTable,
  shown: Uint8Array | null,
  window: TimeWindow,
): CasualtyRow[] {
  // Per row, its figures in view, and the first of them in the story's order: rows come in that
  // order. Only the rows with figures in view are made (there are thousands at 100,000 events).
  const figures: (CasualtyFigure[] | undefined)[] = new Array<undefined>(table.rowFields.length);
  const first = new Int32Array(table.rowFields.length);
  const touched: number[] = [];
  const { orders, starts, ends, rows, storyAt } = table;
  for (let i = 0; i < table.figures.length; i++) {
    if (shown && shown[orders[i] ?? -1] !== 1) continue;
    if ((ends[i] ?? 0) <= window.start || (starts[i] ?? 0) >= window.end) continue;
    const row = rows[i] ?? 0;
    const figure = table.figures[i];
    if (!figure) continue;
    const list = figures[row];
    if (list) {
      list.push(figure);
      first[row] = Math.min(first[row] ?? 0, storyAt[i] ?? 0);
    } else {
      figures[row] = [figure];
      first[row] = storyAt[i] ?? 0;
      touched.push(row);
    }
  }
  const kindOf = (row: number) => kindOrder(table.rowFields[row]?.kind ?? 'killed');
  return touched
    .sort((a, b) => kindOf(a) - kindOf(b) || (first[a] ?? 0) - (first[b] ?? 0))
    .flatMap((row) => {
      const fields = table.rowFields[row];
      return fields ? [{ ...fields, figures: figures[row] ?? [] }] : [];
    });
}

const rowKeys = new WeakMap<Casualty, string>();

/** A figure's row as one string: its kind, group and claimant. */
function keyOfRow(casualty: Casualty): string {
  return [casualty.kind, casualty.group, casualty.claimedBy ?? ''].join('\u0000');
}

/** The row a figure belongs to (kind, group, claimant), as one string made once per figure. */
function rowKey(casualty: Casualty): string {
  let key = rowKeys.get(casualty);
  if (key === undefined) {
    key = keyOfRow(casualty);
    rowKeys.set(casualty, key);
  }
  return key;
}

/** A row as shown: its latest figures, and how many earlier ones were left out. */
export interface ShownRow extends CasualtyRow {
  /** Earlier figures of the row that are not shown. */
  hidden: number;
}

/** One kind's part of the strip: its rows, largest latest figure first. */
export interface CasualtyKindSection {
  kind: CasualtyKind;
  rows: ShownRow[];
  /** Rows of this kind in view that are not shown. */
  hiddenRows: number;
  /** Every figure of this kind in view, shown or not. */
  figureCount: number;
}

/** Most rows shown per kind, and most figures per row (the latest). */
export const STRIP_LIMITS = { rowsPerKind: 4, figuresPerRow: 3 } as const;

/**
 * The strip's sections, one per kind in the format's order. Each keeps at most `rowsPerKind`
 * rows, those whose latest figure is largest, largest first (a dot plot reads best sorted), and
 * of each row its `figuresPerRow` latest figures, counting what is left out so the strip can say
 * so.
 */
export function casualtySections(
  rows: readonly CasualtyRow[],
  limits: { rowsPerKind: number; figuresPerRow: number } = STRIP_LIMITS,
): CasualtyKindSection[] {
  const byKind = new Map<CasualtyKind, CasualtyRow[]>();
  for (const row of rows) {
    const list = byKind.get(row.kind);
    if (list) list.push(row);
    else byKind.set(row.kind, [row]);
  }
  const latest = (row: CasualtyRow) => row.figures[row.figures.length - 1]?.casualty.count;
  return [...byKind.entries()]
    .sort(([a], [b]) => kindOrder(a) - kindOrder(b))
    .map(([kind, list]) => {
      const sorted = [...list].sort((a, b) => {
        const [x, y] = [latest(a), latest(b)];
        return x && y ? compareCounts(y, x) : 0;
      });
      const kept = sorted.slice(0, limits.rowsPerKind);
      return {
        kind,
        hiddenRows: sorted.length - kept.length,
        figureCount: list.reduce((n, row) => n + row.figures.length, 0),
        rows: kept.map((row) => {
          const figures = row.figures.slice(-limits.figuresPerRow);
          return { ...row, figures, hidden: row.figures.length - figures.length };
        }),
      };
    });
}

/** A tick of a count axis: its value, where it is, and its label. */
export interface CountTick {
  value: number;
  x: number;
  label: string;
}

/** A linear count axis for one kind, from 0 to a round number at or above its largest figure. */
export interface CountAxis {
  x: (n: number) => number;
  ticks: CountTick[];
  /** The axis's value range, [0, a round maximum]. */
  domain: [number, number];
  /** Its pixel range. */
  range: [number, number];
}

/** Pixel sizes of the strip's drawings. */
export const STRIP_GEOMETRY = {
  /** Room before 0, so a dot at 0 is whole. */
  inset: 8,
  /** Room after the axis's end for the arrow and "or more" of an open-ended figure. */
  openRoom: 84,
  /** Room after the axis's end otherwise, for the last tick's label. */
  closedRoom: 16,
  /** The length of an open-ended figure's arrow. */
  arrow: 28,
  /** The least room between ticks, and the room a tick label takes per character. */
  tickSpacing: 40,
  tickCharWidth: 7,
  /** Below this width (px) the strip stacks each figure's words above its drawing. */
  stackBelow: 600,
  /** The drawing's share of the strip's width beside the words, and its bounds in px. */
  drawingShare: 0.4,
  drawingMin: 240,
  drawingMax: 420,
} as const;

/** The axis for `counts` (one kind's figures) over a drawing `width` px wide. */
export function countAxis(counts: readonly CasualtyCount[], width: number): CountAxis {
  const { open, largest } = axisExtent(counts);
  return countAxisOf(open, largest, width);
}

/** What a count axis depends on besides its width: whether a count is open-ended, and the largest. */
export function axisExtent(counts: readonly CasualtyCount[]): { open: boolean; largest: number } {
  return { open: counts.some((c) => c.max === null), largest: countScaleMax(counts) };
}

/**
 * The count axis from its extent (`axisExtent`): the same axis for the same three values, so a
 * caller can keep it while they stay (and the figures drawn on it need not be drawn again).
 */
export function countAxisOf(open: boolean, largest: number, width: number): CountAxis {
  const g = STRIP_GEOMETRY;
  const range: [number, number] = [
    g.inset,
    Math.max(g.inset + 40, width - (open ? g.openRoom : g.closedRoom)),
  ];
  // Ticks as close as their labels allow: "1,000" needs more room than "25".
  const label = (formatNumber(largest).length + 2) * g.tickCharWidth;
  const tickCount = Math.max(3, Math.floor((range[1] - range[0]) / Math.max(g.tickSpacing, label)));
  const scale = scaleLinear().domain([0, largest]).range(range).nice(tickCount);
  const [, top] = scale.domain();
  return {
    x: (n: number) => scale(n),
    domain: [0, top ?? 1],
    range,
    ticks: scale
      .ticks(tickCount)
      .filter(Number.isInteger)
      .map((value) => ({ value, x: scale(value), label: formatNumber(value) })),
  };
}

/** How one figure is drawn on its kind's axis. */
export interface FigureMarks {
  /** Dots: the value, both ends of a range, or the lower bound of an open-ended figure. */
  dots: number[];
  /** The line between the two ends of a range, or null. */
  line: [number, number] | null;
  /** The arrow of an open-ended figure, from its dot, or null: "or more". */
  arrow: [number, number] | null;
  /** The figure is approximate: its dots are drawn hollow. */
  approximate: boolean;
}

/** The marks of `count` on `axis`: never a bar from zero, never one number for a range. */
export function figureMarks(count: CasualtyCount, axis: CountAxis): FigureMarks {
  const low = axis.x(count.min);
  const approximate = count.approximate;
  if (count.max === null) {
    return { dots: [low], line: null, arrow: [low, low + STRIP_GEOMETRY.arrow], approximate };
  }
  if (count.max > count.min) {
    const high = axis.x(count.max);
    return { dots: [low, high], line: [low, high], arrow: null, approximate };
  }
  return { dots: [low], line: null, arrow: null, approximate };
}

/** The strip's layout at `width` px: stacked (words above drawings) or side by side. */
export function stripLayout(width: number): { stacked: boolean; drawingWidth: number } {
  const g = STRIP_GEOMETRY;
  if (width < g.stackBelow) return { stacked: true, drawingWidth: Math.max(160, width) };
  const drawingWidth = Math.round(
    Math.min(g.drawingMax, Math.max(g.drawingMin, width * g.drawingShare)),
  );
  return { stacked: false, drawingWidth };
}
