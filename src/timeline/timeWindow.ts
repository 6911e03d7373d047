/**
 * Pure arithmetic on the timeline's visible window: zooming about a point, panning, revealing a
 * span and rounding. The windows a dataset opens on are in src/state/storyWindow.ts.
 */
import type { TimeWindow } from '../state/viewState';

const HOUR = 3_600_000;
/** The narrowest window the timeline zooms to. */
export const MIN_WINDOW_MS = HOUR;
/** The widest window the timeline zooms out to. */
export const MAX_WINDOW_MS = 10_000 * 365.25 * 24 * HOUR;

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
