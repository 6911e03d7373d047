/**
 * Pure arithmetic on the timeline's visible window: padding an extent, zooming about a point,
 * panning, and the default "story" view that leaves distant background events out of the frame.
 */
import type { IndexedEvent } from '../state/datasetIndex';
import type { TimeWindow } from '../state/viewState';

const HOUR = 3_600_000;
/** The narrowest window the timeline zooms to. */
export const MIN_WINDOW_MS = HOUR;
/** The widest window the timeline zooms out to. */
export const MAX_WINDOW_MS = 10_000 * 365.25 * 24 * HOUR;

/** An extent with `fraction` of its length added on each side (at least an hour). */
export function padWindow(extent: TimeWindow, fraction = 0.04): TimeWindow {
  const pad = Math.max((extent.end - extent.start) * fraction, HOUR);
  return { start: extent.start - pad, end: extent.end + pad };
}

/** The span of all given events, or null for none. */
export function eventsExtent(events: readonly IndexedEvent[]): TimeWindow | null {
  if (events.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    if (e.start < start) start = e.start;
    if (e.end > end) end = e.end;
  }
  return { start, end };
}

/**
 * The window a fresh visit opens on: the story itself. Background events (years earlier) are left
 * out of the frame when other events exist; "Fit all" brings them in.
 */
export function storyWindow(events: readonly IndexedEvent[]): TimeWindow | null {
  const story = events.filter((e) => !e.event.categories.includes('background'));
  const extent = eventsExtent(story.length > 0 ? story : events);
  return extent ? padWindow(extent) : null;
}

/** The window that shows every event. */
export function fitAllWindow(events: readonly IndexedEvent[]): TimeWindow | null {
  const extent = eventsExtent(events);
  return extent ? padWindow(extent) : null;
}

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

/** Whole milliseconds, so windows survive the URL exactly. */
export function roundWindow(window: TimeWindow): TimeWindow {
  return { start: Math.round(window.start), end: Math.round(window.end) };
}
