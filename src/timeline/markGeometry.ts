/**
 * Geometry of the timeline's marks: where each event is drawn, in which lane and row, and how.
 * Compute here, draw in TimelineMarks.
 */
import type { IndexedEvent } from '../state/datasetIndex';
import { assignRows, type Lane } from './layout';

export const ROW_HEIGHT = 31;
export const LANE_HEADER = 24;
export const LANE_GAP = 10;
/** Below this width a span is drawn as a point. */
export const MIN_SPAN_WIDTH = 10;
const LABEL_CHAR_WIDTH = 6.6;
const LABEL_GAP = 6;
const MAX_LABEL_CHARS = 34;

/** One drawn mark. */
export interface MarkGeometry {
  /** Unique per mark: an event can appear in several lanes. */
  key: string;
  entry: IndexedEvent;
  x: number;
  width: number;
  y: number;
  /** True when the span is too short to see, or the time is precise to the hour or minute. */
  isPoint: boolean;
  label: string;
  /** Where the label starts: beside a point, or above a bar at its start. */
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
 * The label drawn beside or above a mark: the title, shortened with an ellipsis to what fits in
 * `room` px (at least MAX_LABEL_CHARS characters, so short marks still say what they are).
 */
export function markLabel(title: string, room = 0): string {
  const max = Math.max(MAX_LABEL_CHARS, Math.floor(room / LABEL_CHAR_WIDTH));
  return title.length > max ? `${title.slice(0, max - 1).trimEnd()}…` : title;
}

/**
 * Places every event of every lane: x from the scale, rows so that no two marks or labels overlap.
 * `showHeaders` is false when there is a single "all events" lane.
 */
export function timelineGeometry(
  lanes: readonly Lane[],
  x: (ms: number) => number,
  showHeaders: boolean,
): TimelineGeometry {
  const marks: MarkGeometry[] = [];
  const laneGeometry: LaneGeometry[] = [];
  let top = showHeaders ? 0 : 6;
  for (const lane of lanes) {
    const laneTop = top;
    if (showHeaders) top += LANE_HEADER;
    const shapes = lane.events.map((entry) => {
      const x0 = x(entry.start);
      const x1 = x(entry.end);
      const precise =
        entry.event.time.precision === 'minute' || entry.event.time.precision === 'hour';
      const isPoint = precise || x1 - x0 < MIN_SPAN_WIDTH;
      const width = isPoint ? 0 : x1 - x0;
      const label = markLabel(entry.event.title, isPoint ? 0 : x1 - x0 - 4);
      const labelWidth = label.length * LABEL_CHAR_WIDTH;
      const pointX = precise ? x0 : (x0 + x1) / 2;
      // Points carry their label beside them; bars carry it above, from their start.
      const extent = isPoint
        ? { x0: pointX - 8, x1: pointX + 8 + LABEL_GAP + labelWidth }
        : { x0, x1: Math.max(x1, x0 + 2 + labelWidth) };
      return { entry, x: isPoint ? pointX : x0, width, isPoint, label, extent };
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
        label: shape.label,
        labelX: shape.isPoint ? shape.x + 8 + LABEL_GAP : shape.x + 2,
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
