/**
 * Pure arithmetic on the timeline's visible window: zooming about a point, panning, revealing a
 * span and rounding. The windows a dataset opens on are in src/state/storyWindow.ts.
 */
import type { IndexedEvent } from '../state/datasetIndex';
import { MAX_WINDOW_MS, MIN_WINDOW_MS } from '../state/validViewState';
import type { TimeWindow } from '../state/viewState';
import type { TimePrecision } from '../model/vocabulary';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function clampSpan(span: number): number {
  return Math.min(MAX_WINDOW_MS, Math.max(MIN_WINDOW_MS, span));
}

/** Zooms by `factor` (>1 zooms in) keeping the instant `anchor` at the same place on screen. */
export function zoomWindow(window: TimeWindow, factor: number, anchor?: number): TimeWindow {
  const span = window.end - window.start;
  const at = anchor ?? window.start + span / 2;
  const newSpan = clampSpan(span / factor);
  const ratio = (at - window.start) / span;
  const start = at - ratio * newSpan;
  return { start, end: start + newSpan };
}

/** Moves the window by `fraction` of its length (negative: back in time). */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const shift = (window.end - window.start) * fraction;
  return { start: window.start + shift, end: window.end + shift };
}

/** The smallest move that brings [start, end) into view, keeping the zoom level when it fits. */
export function revealSpan(window: TimeWindow, start: number, end: number): TimeWindow {
  const span = window.end - window.start;
  const margin = span * 0.08;
  if (start >= window.start && end <= window.end) return window;
  if (end - start > span - 2 * margin) {
    const centre = (start + end) / 2;
    return { start: centre - span / 2, end: centre + span / 2 };
  }
  if (start < window.start) return { start: start - margin, end: start - margin + span };
  return { start: end + margin - span, end: end + margin };
}

/** About how long one unit of each precision lasts. */
const UNIT_MS: Record<TimePrecision, number> = {
  minute: 60_000,
  hour: HOUR,
  day: DAY,
  month: 30.44 * DAY,
  year: 365.25 * DAY,
};

/** A window must hold this many units of an event's precision to show it at its own scale. */
const UNITS_IN_VIEW = 1.6;

/** The precision an event is known to: its estimate's, or the coarser of a duration's two ends. */
function eventPrecision({ timing }: IndexedEvent): TimePrecision {
  if (timing.kind === 'instant') return timing.point.precision;
  const a = timing.start.precision;
  const b = timing.end.precision;
  return UNIT_MS[a] >= UNIT_MS[b] ? a : b;
}

/**
 * The window to show when an event is opened: the current one when the event (with its bounds)
 * fits in it at a scale fine enough for its precision; the smallest move that brings it in when the
 * scale is right but the event is off-screen; otherwise a window fitted to the event — a year-precise
 * event at year scale, a long span whole, never a week made up inside a year.
 */
export function windowForEvent(current: TimeWindow, entry: IndexedEvent): TimeWindow {
  const span = current.end - current.start;
  const extent = entry.end - entry.start;
  const minSpan = Math.min(
    MAX_WINDOW_MS,
    Math.max(MIN_WINDOW_MS, UNIT_MS[eventPrecision(entry)] * UNITS_IN_VIEW),
  );
  if (span >= minSpan && extent <= span * 0.84) return revealSpan(current, entry.start, entry.end);
  const target = Math.min(MAX_WINDOW_MS, Math.max(minSpan, extent * 1.2));
  const centre = (entry.start + entry.end) / 2;
  return { start: centre - target / 2, end: centre + target / 2 };
}

/** Whole milliseconds, so windows survive the URL exactly. */
export function roundWindow(window: TimeWindow): TimeWindow {
  return { start: Math.round(window.start), end: Math.round(window.end) };
}
