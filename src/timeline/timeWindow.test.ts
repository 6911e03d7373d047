import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeWindow } from '../state/viewState';
import { MAX_WINDOW_MS, MIN_WINDOW_MS } from '../state/validViewState';
import { indexedWithTimes } from '../state/testIndex';
import { panWindow, revealSpan, roundWindow, windowForEvent, zoomWindow } from './timeWindow';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
const window = (start: number, end: number): TimeWindow => ({ start, end });
const length = (w: TimeWindow) => w.end - w.start;
/** Where `at` sits in `w`, from 0 (start) to 1 (end). */
const positionOf = (at: number, w: TimeWindow) => (at - w.start) / length(w);

describe('zoomWindow', () => {
  const w = window(0, 10 * DAY);

  it('zooms in by the factor about the middle by default', () => {
    expect(zoomWindow(w, 2)).toEqual(window(2.5 * DAY, 7.5 * DAY));
  });

  it('zooms out with a factor below 1', () => {
    expect(zoomWindow(w, 0.5)).toEqual(window(-5 * DAY, 15 * DAY));
  });

  it('keeps the anchor at the same place on screen', () => {
    const anchor = 2 * DAY;
    const zoomed = zoomWindow(w, 4, anchor);
    expect(length(zoomed)).toBe(2.5 * DAY);
    expect(positionOf(anchor, zoomed)).toBeCloseTo(positionOf(anchor, w));
  });

  it('keeps the anchor fixed for any factor and anchor', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (factor, where) => {
          const anchor = w.start + where * length(w);
          const zoomed = zoomWindow(w, factor, anchor);
          expect(positionOf(anchor, zoomed)).toBeCloseTo(where, 6);
        },
      ),
    );
  });

  it('never zooms in closer than the narrowest window', () => {
    const zoomed = zoomWindow(window(0, 2 * HOUR), 10_000, HOUR / 2);
    expect(length(zoomed)).toBe(MIN_WINDOW_MS);
    expect(positionOf(HOUR / 2, zoomed)).toBeCloseTo(0.25);
  });

  it('narrows a ten-minute window read from a link, instead of widening it to a limit of its own', () => {
    const tenMinutes = window(0, 10 * 60_000);
    expect(length(zoomWindow(tenMinutes, 1.6))).toBeLessThan(10 * 60_000);
  });

  it('never zooms out wider than the widest window', () => {
    const zoomed = zoomWindow(window(0, 1000 * YEAR), 0.0001);
    expect(length(zoomed)).toBeCloseTo(MAX_WINDOW_MS, -3);
    expect((zoomed.start + zoomed.end) / 2).toBeCloseTo(500 * YEAR, -3);
  });
});

describe('panWindow', () => {
  it('moves forward in time by a fraction of the length, keeping the zoom', () => {
    expect(panWindow(window(0, 10 * DAY), 0.2)).toEqual(window(2 * DAY, 12 * DAY));
  });

  it('moves back in time with a negative fraction', () => {
    expect(panWindow(window(0, 10 * DAY), -0.5)).toEqual(window(-5 * DAY, 5 * DAY));
  });

  it('does not move for a zero fraction', () => {
    expect(panWindow(window(0, 10 * DAY), 0)).toEqual(window(0, 10 * DAY));
  });
});

describe('revealSpan', () => {
  const w = window(10 * DAY, 20 * DAY);
  const margin = 0.08 * length(w);

  it('returns the same window when the span is already in view', () => {
    expect(revealSpan(w, 12 * DAY, 13 * DAY)).toBe(w);
    expect(revealSpan(w, w.start, w.end)).toBe(w);
  });

  it('moves back just far enough to show a span before the window, with a margin', () => {
    const moved = revealSpan(w, 5 * DAY, 6 * DAY);
    expect(moved).toEqual(window(5 * DAY - margin, 5 * DAY - margin + length(w)));
  });

  it('moves forward just far enough to show a span after the window, with a margin', () => {
    const moved = revealSpan(w, 24 * DAY, 25 * DAY);
    expect(moved).toEqual(window(25 * DAY + margin - length(w), 25 * DAY + margin));
  });

  it('brings in a span that sticks out of one edge', () => {
    const moved = revealSpan(w, 19 * DAY, 21 * DAY);
    expect(moved.end).toBeCloseTo(21 * DAY + margin);
    expect(length(moved)).toBe(length(w));
  });

  it('centres a span too long to fit, keeping the zoom', () => {
    const moved = revealSpan(w, 0, 40 * DAY);
    expect(moved).toEqual(window(15 * DAY, 25 * DAY));
  });

  it('always keeps the length of the window, and shows a span that fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 0, max: 8 }),
        (startDay, days) => {
          const start = startDay * DAY;
          const end = start + days * DAY;
          const moved = revealSpan(w, start, end);
          expect(length(moved)).toBe(length(w));
          expect(moved.start).toBeLessThanOrEqual(start);
          expect(moved.end).toBeGreaterThanOrEqual(end);
        },
      ),
    );
  });
});

describe('roundWindow', () => {
  it('rounds both ends to whole milliseconds', () => {
    expect(roundWindow(window(1.4, 10.6))).toEqual(window(1, 11));
    expect(roundWindow(window(-2.6, 3))).toEqual(window(-3, 3));
  });
});

describe('windowForEvent', () => {
  const byTime = (time: Parameters<typeof indexedWithTimes>[0][string]) => {
    const [made] = indexedWithTimes({ it: time });
    if (!made) throw new Error('fixture');
    return made;
  };
  const story = window(Date.parse('2022-01-01T18:00Z'), Date.parse('2022-01-07T18:00Z'));

  it('opens a year-precise event at year scale, never a week inside the year', () => {
    const independence = byTime({ at: '1991' });
    const opened = windowForEvent(story, independence);
    expect(length(opened)).toBeGreaterThanOrEqual(YEAR);
    expect(opened.start).toBeLessThanOrEqual(independence.start);
    expect(opened.end).toBeGreaterThanOrEqual(independence.end);
  });

  it('shows a long span whole', () => {
    const role = byTime({ start: { notAfter: '2019' }, end: { at: '2022-01-05' } });
    const opened = windowForEvent(story, role);
    expect(opened.start).toBeLessThanOrEqual(role.start);
    expect(opened.end).toBeGreaterThanOrEqual(role.end);
  });

  it('keeps the view when the event is already in it at a fitting scale', () => {
    expect(windowForEvent(story, byTime({ at: '2022-01-05' }))).toBe(story);
    expect(windowForEvent(story, byTime({ notBefore: '2022-01-02', notAfter: '2022-01-06' }))).toBe(
      story,
    );
  });

  it('moves, without zooming, to a day-precise event just off-screen', () => {
    const opened = windowForEvent(story, byTime({ at: '2022-01-10' }));
    expect(length(opened)).toBeCloseTo(length(story));
    expect(opened.end).toBeGreaterThan(Date.parse('2022-01-10T18:00Z'));
  });

  it('zooms out to show a day event from a view narrower than a day', () => {
    const hour = window(Date.parse('2022-01-05T10:00Z'), Date.parse('2022-01-05T11:00Z'));
    expect(length(windowForEvent(hour, byTime({ at: '2022-01-05' })))).toBeGreaterThanOrEqual(DAY);
  });
});
