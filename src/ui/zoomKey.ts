/** The key held with the wheel to zoom the timeline and the map, as the reader's keyboard names it. */
export function zoomKeyName(): string {
  return /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '') ? '⌘' : 'Ctrl';
}

/** Above this |deltaY| (in pixels) a Ctrl/⌘ wheel event is a mouse wheel's notch, not a pinch. */
const NOTCH_DELTA = 50;

/**
 * How far one wheel event zooms, in powers of two, for d3-zoom's `wheelDelta`. d3's default
 * multiplies by ten whenever Ctrl is held, which suits a trackpad pinch (Chromium sends it as
 * Ctrl + wheel with small deltas) but makes one notch of a mouse wheel zoom fourfold; a notch
 * here zooms about 1.4 times, and a pinch stays as d3 has it.
 */
export function wheelZoomDelta(event: WheelEvent): number {
  const perPixel = event.deltaMode === 1 ? 0.05 : event.deltaMode === 2 ? 1 : 0.002;
  const base = -event.deltaY * perPixel;
  const pixels = event.deltaMode === 0 ? Math.abs(event.deltaY) : NOTCH_DELTA + 1;
  return pixels < NOTCH_DELTA ? base * 10 : base * 2.5;
}
