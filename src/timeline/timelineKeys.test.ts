import { describe, expect, it } from 'vitest';
import { timelineKeyAction, zoomAnchor, ZOOM_STEP } from './timelineKeys';

const HOUR = 3_600_000;
const window = { start: 0, end: 100 * HOUR };
const fitAll = { start: -1000 * HOUR, end: 1000 * HOUR };
const span = (w: { start: number; end: number } | null) => (w ? w.end - w.start : NaN);

describe('timelineKeyAction', () => {
  it('zooms with + and =, out with - and _, about the anchor when there is one', () => {
    expect(span(timelineKeyAction('+', { window, fitAll }))).toBeCloseTo(span(window) / ZOOM_STEP);
    expect(span(timelineKeyAction('=', { window, fitAll }))).toBeCloseTo(span(window) / ZOOM_STEP);
    expect(span(timelineKeyAction('-', { window, fitAll }))).toBeCloseTo(span(window) * ZOOM_STEP);
    expect(span(timelineKeyAction('_', { window, fitAll }))).toBeCloseTo(span(window) * ZOOM_STEP);
    const about = timelineKeyAction('+', { window, fitAll, anchor: 90 * HOUR });
    // The anchor stays where it was on screen: 90% of the way across.
    expect((90 * HOUR - (about?.start ?? 0)) / span(about)).toBeCloseTo(0.9);
  });

  it('pans with the arrows, fits all with 0, and ignores other keys', () => {
    expect(timelineKeyAction('ArrowRight', { window, fitAll })?.start).toBeCloseTo(20 * HOUR);
    expect(timelineKeyAction('ArrowLeft', { window, fitAll })?.start).toBeCloseTo(-20 * HOUR);
    expect(timelineKeyAction('0', { window, fitAll })).toBe(fitAll);
    expect(timelineKeyAction('a', { window, fitAll })).toBeNull();
  });
});

describe('zoomAnchor', () => {
  it('is the open event while it is in view, and nothing otherwise', () => {
    expect(zoomAnchor(window, { start: 10 * HOUR, end: 20 * HOUR })).toBe(15 * HOUR);
    expect(zoomAnchor(window, { start: 200 * HOUR, end: 210 * HOUR })).toBeUndefined();
    expect(zoomAnchor(window, null)).toBeUndefined();
  });
});
