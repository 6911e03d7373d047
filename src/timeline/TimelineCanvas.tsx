import { memo, useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react';
import { t } from '../i18n/i18n';
import type { TimePrecision } from '../model/schema';
import { isCoarser } from '../model/time';
import { CATEGORIES, primaryCategory } from '../model/vocabulary';
import { canvasPalette } from '../ui/categories';
import { useColorSchemeKey } from '../ui/resolvedColor';
import type { IndexedEvent } from '../state/datasetIndex';
import type { TimeWindow } from '../state/viewState';
import { assignRows } from './layout';
import type { TimeIndex } from '../state/timeIndex';
import { createHitIndex, densityBins, hitTest, type CanvasMark } from './dense';

/** Above this many events in view, the canvas shows density bands instead of single marks. */
export const DENSITY_THRESHOLD = 5000;
const ROW = 12;
const BAR = 8;
const MAX_ROWS = 30;
const BAND_HEIGHT = 150;
const BIN_PX = 4;

/** What the canvas reports under the pointer: an event, for the tooltip. */
export interface CanvasHint {
  entry: IndexedEvent;
  x: number;
  y: number;
}

/** Props: the events in view and the scale; what hovering, clicking and zooming into a bin do. */
export interface TimelineCanvasProps {
  /** The events in view, in time order. */
  events: readonly IndexedEvent[];
  /** All the events shown, indexed by time (for the density bands). */
  timeIndex: TimeIndex;
  /** The visible window. */
  window: TimeWindow;
  /** The time scale: epoch milliseconds to pixels. */
  x: (ms: number) => number;
  /** The canvas's width in CSS pixels. */
  width: number;
  /** The open event's id (outlined), or null. */
  selectedId: string | null;
  /** The event the arrow keys have walked to (outlined), or null. */
  cursorId: string | null;
  /** Opens the event clicked. */
  onSelect: (eventId: string) => void;
  /** Shows the tooltip for the event pointed at, or hides it (null). */
  onHint: (hint: CanvasHint | null) => void;
  /** Zooms to a window, when a density band is clicked. */
  onZoomTo: (window: TimeWindow) => void;
  /** The finest unit the axis reads: an instant known only to a coarser one is drawn faint and outlined. */
  axisUnit: TimePrecision;
}

/** True when the source hedges the time ("around"), drawn fainter. */
function approximate({ timing }: IndexedEvent): boolean {
  return timing.kind === 'instant'
    ? timing.point.approximate
    : timing.start.approximate || timing.end.approximate;
}

/**
 * The timeline's marks on a canvas, for datasets too large for one SVG element per event: single
 * marks in compact rows while there are at most DENSITY_THRESHOLD in view, density bands by
 * category beyond. Hit-testing goes through a row-and-bisect index. Memoised, as the SVG marks
 * are: a tooltip or the timeline's kept height re-renders the timeline with the same drawing.
 */
export const TimelineCanvas = memo(function TimelineCanvas(props: TimelineCanvasProps) {
  const { events, window, x, width, selectedId, cursorId, onSelect, onHint, onZoomTo, axisUnit } =
    props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const dense = events.length > DENSITY_THRESHOLD;

  const marks = useMemo(() => {
    if (dense) return { list: [] as CanvasMark[], rows: 0, hidden: 0 };
    const items = events.map((e) => {
      const x0 = x(e.start);
      return { x0, x1: Math.max(x(e.end), x0 + 3) };
    });
    const rows = assignRows(items, 2);
    const list: CanvasMark[] = [];
    let hidden = 0;
    events.forEach((entry, i) => {
      const row = rows[i] ?? 0;
      const item = items[i];
      if (!item) return;
      if (row >= MAX_ROWS) hidden += 1;
      else list.push({ entry, row, x0: item.x0, x1: item.x1 });
    });
    return { list, rows: Math.min(MAX_ROWS, Math.max(0, ...rows) + 1), hidden };
  }, [events, x, dense]);
  const hits = useMemo(() => createHitIndex(marks.list), [marks]);
  const bins = useMemo(
    () => (dense ? densityBins(props.timeIndex, window, Math.floor(width / BIN_PX)) : []),
    [dense, props.timeIndex, window, width],
  );
  const height = dense ? BAND_HEIGHT + 12 : Math.max(3, marks.rows) * ROW + 12;
  const scheme = useColorSchemeKey();

  useLayoutEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx) return;
    const ratio = globalThis.devicePixelRatio || 1;
    element.width = Math.round(width * ratio);
    element.height = Math.round(height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const palette = canvasPalette(element);
    const colours = palette.categories;
    const ink = palette.selected;
    if (dense) {
      const max = Math.max(1, ...bins.map((b) => b.total));
      for (const bin of bins) {
        let y = height - 6;
        const x0 = x(bin.start);
        const w = Math.max(1, x(bin.end) - x0 - 1);
        for (const c of CATEGORIES) {
          const n = bin.byCategory.get(c) ?? 0;
          if (n === 0) continue;
          const h = (Math.sqrt(bin.total) / Math.sqrt(max)) * BAND_HEIGHT * (n / bin.total);
          ctx.fillStyle = colours.get(c) ?? ink;
          ctx.fillRect(x0, y - h, w, h);
          y -= h;
        }
      }
      return;
    }
    for (const mark of marks.list) {
      const { entry, row } = mark;
      const y = 6 + row * ROW + (ROW - BAR) / 2;
      const colour = colours.get(primaryCategory(entry.event.categories)) ?? ink;
      const bodyX0 = x(entry.body.start);
      const bodyWidth = Math.max(3, x(entry.body.end) - bodyX0);
      if (entry.start < entry.body.start || entry.end > entry.body.end) {
        // The bounds (or uncertain ends) it is known within, as a quiet line through the row.
        ctx.globalAlpha = 0.45;
        ctx.fillStyle = colour;
        ctx.fillRect(mark.x0, y + BAR / 2 - 0.5, mark.x1 - mark.x0, 1);
      }
      // A day on an hour axis (a month on a day axis): faint with an outline, not a solid bar.
      const coarse =
        entry.timing.kind === 'instant' && isCoarser(entry.timing.point.precision, axisUnit);
      ctx.globalAlpha = coarse ? 0.3 : approximate(entry) ? 0.55 : 1;
      ctx.fillStyle = colour;
      ctx.fillRect(bodyX0, y, bodyWidth, BAR);
      if (coarse) {
        ctx.globalAlpha = 1;
        ctx.lineWidth = 1;
        ctx.strokeStyle = colour;
        ctx.strokeRect(bodyX0 + 0.5, y + 0.5, bodyWidth - 1, BAR - 1);
      }
      if (entry.event.id === selectedId || entry.event.id === cursorId) {
        ctx.globalAlpha = 1;
        ctx.lineWidth = 2;
        ctx.strokeStyle = ink;
        ctx.strokeRect(mark.x0 - 2, y - 2, Math.max(3, mark.x1 - mark.x0) + 4, BAR + 4);
      }
    }
    ctx.globalAlpha = 1;
  }, [dense, bins, marks, x, width, height, selectedId, cursorId, axisUnit, scheme]);

  function pick(e: MouseEvent<HTMLCanvasElement>): { mark: CanvasMark | null; px: number } {
    const rect = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - rect.left;
    return { mark: hitTest(hits, Math.floor((e.clientY - rect.top - 6) / ROW), px), px };
  }

  return (
    <div className="timeline-canvas">
      <canvas
        ref={canvas}
        style={{ width, height }}
        className={
          dense
            ? 'timeline-canvas__canvas timeline-canvas__canvas--dense'
            : 'timeline-canvas__canvas'
        }
        aria-hidden="true"
        onPointerMove={(e) => {
          if (dense) return;
          const { mark } = pick(e);
          onHint(mark ? { entry: mark.entry, x: mark.x0, y: 6 + mark.row * ROW } : null);
        }}
        onPointerLeave={() => onHint(null)}
        onClick={(e) => {
          const { mark, px } = pick(e);
          if (dense) {
            const bin = bins[Math.floor(px / BIN_PX)];
            if (bin) {
              const span = Math.max((window.end - window.start) / 12, bin.end - bin.start);
              const centre = (bin.start + bin.end) / 2;
              onZoomTo({ start: centre - span / 2, end: centre + span / 2 });
            }
            return;
          }
          if (mark) onSelect(mark.entry.event.id);
        }}
      />
      <p className="timeline-canvas__note">
        {dense
          ? t('timeline.canvas.dense', { count: events.length })
          : marks.hidden > 0
            ? t('timeline.canvas.overlap', { count: events.length, hidden: marks.hidden })
            : t('timeline.canvas.marks', { count: events.length })}
      </p>
    </div>
  );
});
