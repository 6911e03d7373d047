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
  const rows = new Map<string, { row: CasualtyRow; at: number[] }>();
  const add = (entry: IndexedEvent, casualty: Casualty, key: string, asOf: number) => {
    let found = rows.get(key);
    if (!found) {
      const row = { kind: casualty.kind, group: casualty.group, claimedBy: casualty.claimedBy };
      found = { row: { ...row, figures: [] }, at: [] };
      rows.set(key, found);
    }
    found.row.figures.push({ entry, casualty });
    found.at.push(asOf);
  };
  if (all) {
    const table = figureTable(all);
    const shown = events === all ? null : new Uint8Array(all.length);
    if (shown) for (const entry of events) shown[entry.order] = 1;
    for (let i = 0; i < table.casualties.length; i++) {
      const order = table.orders[i] ?? -1;
      if (shown && shown[order] !== 1) continue;
      const start = table.starts[i] ?? 0;
      if ((table.ends[i] ?? 0) <= window.start || start >= window.end) continue;
      const entry = all[order];
      const casualty = table.casualties[i];
      const key = table.keys[i];
      if (entry && casualty && key !== undefined) add(entry, casualty, key, start);
    }
  } else {
    for (const entry of events) {
      entry.event.casualties.forEach((casualty, i) => {
        const asOf = entry.asOf[i];
        if (!asOf || asOf.end <= window.start || asOf.start >= window.end) return;
        add(entry, casualty, rowKey(casualty), asOf.start);
      });
    }
  }
  return [...rows.values()]
    .map(({ row, at }) => {
      const order = row.figures.map((_, i) => i).sort((a, b) => (at[a] ?? 0) - (at[b] ?? 0));
      return { ...row, figures: order.flatMap((i) => row.figures[i] ?? []) };
    })
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind));
}

/** Every figure of a list of events, in its order, with its event's order, `asOf` span and row key. */
interface FigureTable {
  casualties: Casualty[];
  orders: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
  keys: string[];
}

const figureTables = new WeakMap<readonly IndexedEvent[], FigureTable>();

function figureTable(all: readonly IndexedEvent[]): FigureTable {
  const kept = figureTables.get(all);
  if (kept) return kept;
  const casualties: Casualty[] = [];
  const orders: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  for (const entry of all) {
    entry.event.casualties.forEach((casualty, i) => {
      const asOf = entry.asOf[i];
      if (!asOf) return;
      casualties.push(casualty);
      orders.push(entry.order);
      starts.push(asOf.start);
      ends.push(asOf.end);
      keys.push(rowKey(casualty));
    });
  }
  const table = {
    casualties,
    orders: Int32Array.from(orders),
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    keys,
  };
  figureTables.set(all, table);
  return table;
}

const rowKeys = new WeakMap<Casualty, string>();

/** The row a figure belongs to (kind, group, claimant), as one string made once per figure. */
function rowKey(casualty: Casualty): string {
  let key = rowKeys.get(casualty);
  if (key === undefined) {
    key = [casualty.kind, casualty.group, casualty.claimedBy ?? ''].join('\u0000');
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
  for (const row of rows) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row]);
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
  const g = STRIP_GEOMETRY;
  const open = counts.some((c) => c.max === null);
  const range: [number, number] = [
    g.inset,
    Math.max(g.inset + 40, width - (open ? g.openRoom : g.closedRoom)),
  ];
  // Ticks as close as their labels allow: "1,000" needs more room than "25".
  const largest = countScaleMax(counts);
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
