/**
 * Geometry of the timeline's marks: where each event is drawn, in which lane and row, and how.
 * Compute here, draw in TimelineMarks.
 */
import { t } from '../i18n/i18n';
import type { TimePrecision } from '../model/schema';
import { isCoarser } from '../model/time';
import type { IndexedEvent } from '../state/datasetIndex';
import { assignRows, type Lane } from './layout';

export const ROW_HEIGHT = 31;
export const LANE_HEADER = 24;
export const LANE_GAP = 10;
/** Below this width a span is drawn as a point. */
export const MIN_SPAN_WIDTH = 10;
const LABEL_GAP = 6;
/** A label may take at most this share of the chart's width (or 240 px on narrow charts). */
const MAX_LABEL_SHARE = 0.5;
const MIN_LABEL_ROOM = 240;

/** The width of a label's text in px, at the size the marks draw labels (see textMeasure.ts). */
export type MeasureText = (text: string) => number;

/** An estimate for where nothing can measure text (tests, jsdom): 6.6 px a character. */
export const estimateTextWidth: MeasureText = (text) => text.length * 6.6;

/** What the layout needs beyond the scale: the chart's width and how to measure a label. */
export interface GeometryOptions {
  /** The chart's width in px; labels that would pass its right edge flip to the left. */
  width: number;
  measure?: MeasureText;
  /** The finest unit the axis reads (its ticks); an instant known only to a coarser one is hatched. */
  axisUnit?: TimePrecision;
}

/**
 * A quiet bracket under an instant known only within bounds: from the earliest to the latest it may
 * have been. An open side (no bound given) fades out instead of ending in a tick.
 */
export interface BracketGeometry {
  x0: number;
  x1: number;
  openStart: boolean;
  openEnd: boolean;
}

/** Where a duration's uncertain ends fade: over the time its start or end may lie in. */
export interface FadeGeometry {
  /** The fade into the bar, left of the certain part, or null when the start is known. */
  start: { x0: number; x1: number } | null;
  /** The fade out of the bar, right of the certain part, or null when the end is known. */
  end: { x0: number; x1: number } | null;
}

/** How far an open bound's bracket or fade reaches past its mark, in px. */
export const OPEN_BOUND_REACH = 48;

/** One drawn mark. */
export interface MarkGeometry {
  /** Unique per mark: an event can appear in several lanes. */
  key: string;
  entry: IndexedEvent;
  /** The shape at the best estimate: a point's centre, or a bar's start. */
  x: number;
  width: number;
  y: number;
  /** True when the span is too short to see, or the time is precise to the hour or minute. */
  isPoint: boolean;
  /** True for an instant read to the hour or minute: drawn as a diamond, not a disc. */
  isClockTime: boolean;
  /** True when the source hedges ("around"): drawn fuzzy. */
  approximate: boolean;
  /**
   * True for an instant known to a coarser unit than the axis reads (a day on an hour axis): drawn
   * hatched over its whole day (month, year), so it never reads as a time of day or a duration.
   */
  coarse: boolean;
  /** For an instant known only within bounds. */
  bracket: BracketGeometry | null;
  /** For a duration with an uncertain start or end: the bar runs solid over its certain part. */
  fade: FadeGeometry | null;
  /** The title, shortened with an ellipsis to the room it has (whole when it fits). */
  label: string;
  /** The label's measured width in px. */
  labelWidth: number;
  /** True when the label was shortened; the full title is in the accessible name and tooltip. */
  labelCut: boolean;
  /** Where the label starts: beside a point (right, or left near the chart's right edge), or above a bar. */
  labelX: number;
  labelY: number;
}

/** A lane's heading and vertical position. */
export interface LaneGeometry {
  key: string;
  label: string;
  y: number;
  height: number;
  count: number;
}

/** All the timeline needs to draw. */
export interface TimelineGeometry {
  marks: MarkGeometry[];
  lanes: LaneGeometry[];
  height: number;
}

/**
 * The title shortened with an ellipsis to `room` px (measured), or whole when it fits. Never cut
 * in the middle of a space.
 */
export function fitLabel(title: string, room: number, measure: MeasureText = estimateTextWidth) {
  if (measure(title) <= room) return { label: title, cut: false };
  let lo = 0;
  let hi = title.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${title.slice(0, mid).trimEnd()}…`) <= room) lo = mid;
    else hi = mid - 1;
  }
  return { label: lo === 0 ? '…' : `${title.slice(0, lo).trimEnd()}…`, cut: true };
}

/** Where a label goes and what it says, given the shape it belongs to. */
function placeLabel(
  title: string,
  shape: { x0: number; x1: number; isPoint: boolean; pointX: number; reachEnd: number },
  width: number,
  measure: MeasureText,
): { label: string; labelWidth: number; labelCut: boolean; labelX: number } {
  const cap = Math.max(MIN_LABEL_ROOM, width * MAX_LABEL_SHARE);
  const full = Math.min(measure(title), cap);
  if (shape.isPoint) {
    const right = shape.pointX + 8 + LABEL_GAP;
    const left = shape.pointX - 8 - LABEL_GAP;
    // Beside the point to the right; to the left when it would pass the right edge and fits there.
    const flip = right + full > width && left - full >= 0 && left > width - right;
    // A point off the left edge whose bracket reaches into view keeps its label at the edge.
    const from = shape.reachEnd > 40 ? Math.max(right, 4) : right;
    const room = Math.min(cap, flip ? left : Math.max(width - from, 40));
    const { label, cut } = fitLabel(title, room, measure);
    const w = measure(label);
    return { label, labelWidth: w, labelCut: cut, labelX: flip ? left - w : from };
  }
  // Above a bar, from its start (kept in view when the bar starts off-screen); ending at the bar's
  // end, or at the chart's edge, when it would pass the right edge.
  // A bar off the left edge whose bounds still reach into view keeps its label at the edge.
  const start =
    shape.x1 < 40
      ? shape.reachEnd > 40
        ? 4
        : shape.x0 + 2
      : Math.max(shape.x0 + 2, Math.min(4, shape.x1 - 40));
  const room = Math.min(cap, Math.max(width - 4, 40));
  const { label, cut } = fitLabel(title, room, measure);
  const w = measure(label);
  const labelX = start + w > width ? Math.max(0, Math.min(shape.x1, width) - w - 2) : start;
  return { label, labelWidth: w, labelCut: cut, labelX };
}

/** A mark's shape before rows are assigned: its body and what is drawn around it. */
interface MarkShape {
  x0: number;
  x1: number;
  isPoint: boolean;
  isClockTime: boolean;
  approximate: boolean;
  coarse: boolean;
  bracket: BracketGeometry | null;
  fade: FadeGeometry | null;
}

/**
 * What the sources leave open within a coarse instant's unit, said beside its date ("the time of
 * day is not given"), or null for a minute, which leaves nothing open.
 */
export function unstatedWithin(precision: TimePrecision): string | null {
  return precision === 'minute' ? null : t(`marks.unstated.${precision}`);
}

/** The words for a hatched (coarse) mark, or null when the axis reads no finer than it is known. */
export function coarseNote(entry: IndexedEvent, axisUnit: TimePrecision): string | null {
  const { timing } = entry;
  if (timing.kind !== 'instant') return null;
  const { precision } = timing.point;
  return isCoarser(precision, axisUnit) ? unstatedWithin(precision) : null;
}

/** Clamps an open (infinite) bound to a short reach beyond `near`. */
function reachOf(value: number, near: number, direction: -1 | 1): number {
  return Number.isFinite(value) ? value : near + direction * OPEN_BOUND_REACH;
}

/**
 * The shape of one event at scale `x`. An instant is drawn at its best estimate (a bar over the
 * estimated day, month or year, a point when that is too narrow or the time is a clock time) with a
 * bracket for the bounds it is known within. A duration is a bar over its estimated span, solid
 * where it surely went on and fading over the time its uncertain start or end may lie in.
 */
export function markShape(
  entry: IndexedEvent,
  x: (ms: number) => number,
  axisUnit?: TimePrecision,
): MarkShape {
  const { timing, body } = entry;
  const x0 = x(body.start);
  const x1 = x(body.end);
  if (timing.kind === 'instant') {
    const { point } = timing;
    const isClockTime = point.precision === 'minute' || point.precision === 'hour';
    const isPoint = isClockTime || x1 - x0 < MIN_SPAN_WIDTH;
    const centre = isClockTime ? x0 : (x0 + x1) / 2;
    const bracket = point.known
      ? null
      : {
          x0: reachOf(x(point.earliest), Math.min(x0, centre), -1),
          x1: reachOf(x(point.latest), Math.max(x1, centre), 1),
          openStart: !Number.isFinite(point.earliest),
          openEnd: !Number.isFinite(point.latest),
        };
    const coarse = !isPoint && axisUnit !== undefined && isCoarser(point.precision, axisUnit);
    return {
      x0,
      x1,
      isPoint,
      isClockTime,
      approximate: point.approximate,
      coarse,
      bracket,
      fade: null,
    };
  }
  const { start, end } = timing;
  const fade =
    start.known && end.known
      ? null
      : {
          start: start.known
            ? null
            : { x0: reachOf(x(start.earliest), x0, -1), x1: x(start.latest) },
          end: end.known ? null : { x0: x(end.earliest), x1: reachOf(x(end.latest), x1, 1) },
        };
  return {
    x0: fade?.start ? Math.min(x0, fade.start.x0) : x0,
    x1: fade?.end ? Math.max(x1, fade.end.x1) : x1,
    isPoint: x1 - x0 < MIN_SPAN_WIDTH && fade === null,
    isClockTime: false,
    approximate: start.approximate || end.approximate,
    coarse: false,
    bracket: null,
    fade,
  };
}

/**
 * Places every event of every lane: x from the scale, rows so that no two marks or labels overlap.
 * `showHeaders` is false when there is a single "all events" lane.
 */
export function timelineGeometry(
  lanes: readonly Lane[],
  x: (ms: number) => number,
  showHeaders: boolean,
  { width, measure = estimateTextWidth, axisUnit }: GeometryOptions,
): TimelineGeometry {
  const marks: MarkGeometry[] = [];
  const laneGeometry: LaneGeometry[] = [];
  let top = showHeaders ? 0 : 6;
  for (const lane of lanes) {
    const laneTop = top;
    if (showHeaders) top += LANE_HEADER;
    const shapes = lane.events.map((entry) => {
      const shape = markShape(entry, x, axisUnit);
      const { x0, x1, isPoint } = shape;
      const pointX = shape.isClockTime ? x0 : (x0 + x1) / 2;
      const reachEnd = Math.max(x1, shape.bracket?.x1 ?? x1, shape.fade?.end?.x1 ?? x1);
      const placed = placeLabel(
        entry.event.title,
        { x0, x1, isPoint, pointX, reachEnd },
        width,
        measure,
      );
      const own = isPoint
        ? {
            x0: Math.min(pointX - 8, placed.labelX),
            x1: Math.max(pointX + 8, placed.labelX + placed.labelWidth),
          }
        : { x0: Math.min(x0, placed.labelX), x1: Math.max(x1, placed.labelX + placed.labelWidth) };
      const reach = [shape.bracket, shape.fade?.start, shape.fade?.end].filter(
        (r): r is { x0: number; x1: number } => r !== null && r !== undefined,
      );
      const extent = {
        x0: Math.min(own.x0, ...reach.map((r) => r.x0)),
        x1: Math.max(own.x1, ...reach.map((r) => r.x1)),
      };
      return {
        ...shape,
        ...placed,
        entry,
        x: isPoint ? pointX : x0,
        width: isPoint ? 0 : x1 - x0,
        extent,
      };
    });
    const rows = assignRows(shapes.map((s) => s.extent));
    const rowCount = rows.length === 0 ? 0 : Math.max(...rows) + 1;
    shapes.forEach((shape, i) => {
      const y = top + (rows[i] ?? 0) * ROW_HEIGHT + ROW_HEIGHT / 2;
      marks.push({
        key: `${lane.key}:${shape.entry.event.id}`,
        entry: shape.entry,
        x: shape.x,
        width: shape.width,
        y,
        isPoint: shape.isPoint,
        isClockTime: shape.isClockTime,
        approximate: shape.approximate,
        coarse: shape.coarse,
        bracket: shape.bracket,
        fade: shape.fade,
        label: shape.label,
        labelWidth: shape.labelWidth,
        labelCut: shape.labelCut,
        labelX: shape.labelX,
        labelY: shape.isPoint ? y + 4 : y - 6,
      });
    });
    top += Math.max(rowCount, 1) * ROW_HEIGHT;
    laneGeometry.push({
      key: lane.key,
      label: lane.label,
      y: laneTop,
      height: top - laneTop,
      count: lane.events.length,
    });
    top += showHeaders ? LANE_GAP : 0;
  }
  return { marks, lanes: laneGeometry, height: Math.max(top + 6, ROW_HEIGHT * 2) };
}
