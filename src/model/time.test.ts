import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventTime, TimePoint } from './schema';
import {
  cachedValueSpan,
  eventTiming,
  overlapWith,
  pointBounds,
  timingBody,
  timingPossible,
  valueSpan,
  type TimeSpan,
} from './time';

const ZONE = 'Asia/Almaty';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Midnight of a day in Almaty (UTC+6 in 2021–2022). */
const day = (iso: string) => Date.parse(`${iso}T00:00+06:00`);
const days = (from: string, to: string): TimeSpan => ({ start: day(from), end: day(to) + DAY });

describe('valueSpan', () => {
  it('reads a date as the whole day, month or year in the zone', () => {
    expect(valueSpan('2022-01-05', ZONE)).toEqual(days('2022-01-05', '2022-01-05'));
    expect(valueSpan('2022-01', ZONE)).toEqual({
      start: day('2022-01-01'),
      end: day('2022-02-01'),
    });
    expect(valueSpan('2022', ZONE)).toEqual({ start: day('2022-01-01'), end: day('2023-01-01') });
  });

  it('reads a date-time as its minute, or its hour, or the zone day that holds it', () => {
    const t = Date.parse('2022-01-05T15:00+06:00');
    expect(valueSpan('2022-01-05T15:00+06:00', ZONE)).toEqual({ start: t, end: t + 60_000 });
    expect(valueSpan('2022-01-05T15:00+06:00', ZONE, 'hour')).toEqual({ start: t, end: t + HOUR });
    // 21:00 UTC on the 5th is already the 6th in Almaty.
    expect(valueSpan('2022-01-05T21:00Z', ZONE, 'day')).toEqual(days('2022-01-06', '2022-01-06'));
  });

  it('keeps years 0 to 99 where they are, and knows year 0 is a leap year', () => {
    expect(new Date(valueSpan('0050-06-15', 'UTC').start).toISOString()).toBe(
      '0050-06-15T00:00:00.000Z',
    );
    expect(new Date(valueSpan('0000-02-29', 'UTC').start).toISOString()).toBe(
      '0000-02-29T00:00:00.000Z',
    );
    expect(valueSpan('0099', 'UTC').end).toBe(Date.parse('0100-01-01T00:00Z'));
  });

  it('gives the same spans when remembered', () => {
    const remembered = cachedValueSpan(ZONE);
    for (const value of ['2022-01-05', '2022-01', '1991', '2022-01-05T15:00+06:00']) {
      expect(remembered(value, 'day')).toEqual(valueSpan(value, ZONE, 'day'));
      expect(remembered(value, 'year')).toEqual(valueSpan(value, ZONE, 'year'));
    }
  });
});

describe('pointBounds', () => {
  it('places a point given with "at" in its own unit, known', () => {
    const p = pointBounds({ at: '2022-01-05' }, ZONE);
    expect(p).toMatchObject({
      earliest: day('2022-01-05'),
      latest: day('2022-01-06'),
      known: true,
    });
    expect(p.estimate).toEqual(days('2022-01-05', '2022-01-05'));
  });

  it('bounds a point from the start of notBefore to the end of notAfter, estimate at notAfter', () => {
    const p = pointBounds({ notBefore: '2022-01-02', notAfter: '2022-01-06' }, ZONE);
    expect(p).toMatchObject({
      earliest: day('2022-01-02'),
      latest: day('2022-01-07'),
      known: false,
    });
    expect(p.estimate).toEqual(days('2022-01-06', '2022-01-06'));
  });

  it('leaves an unbounded side open and takes a given estimate', () => {
    expect(pointBounds({ notAfter: '2019' }, ZONE).earliest).toBe(-Infinity);
    expect(pointBounds({ notBefore: '2022-01-05' }, ZONE).latest).toBe(Infinity);
    const p = pointBounds({ notBefore: '2019', notAfter: '2022-01-06', estimate: '2019' }, ZONE);
    expect(p.estimate.start).toBe(day('2019-01-01'));
    expect(p.precision).toBe('year');
  });
});

describe('eventTiming', () => {
  it('resolves an instant at a point, known or within bounds', () => {
    const known = eventTiming({ at: '2022-01-05', approximate: true }, ZONE);
    if (known.kind !== 'instant') throw new Error('not an instant');
    expect(known.point).toMatchObject({
      earliest: day('2022-01-05'),
      latest: day('2022-01-06'),
      known: true,
      precision: 'day',
      approximate: true,
      uncertain: false,
    });
    expect(known.point.estimate).toEqual(days('2022-01-05', '2022-01-05'));
    const bounded = eventTiming({ notBefore: '2022-01-02', notAfter: '2022-01-06' }, ZONE);
    expect(bounded.kind).toBe('instant');
    if (bounded.kind === 'instant') expect(bounded.point.known).toBe(false);
  });
});

describe('overlapWith', () => {
  const on5th = eventTiming({ at: '2022-01-05' }, ZONE);
  const by6th = eventTiming({ notBefore: '2022-01-02', notAfter: '2022-01-06' }, ZONE);
  const emergency = eventTiming({ start: { at: '2022-01-05' }, end: { at: '2022-01-19' } }, ZONE);
  const ongoing = eventTiming(
    { start: { at: '2022-01-02' }, end: { notBefore: '2022-01-06' } },
    ZONE,
  );

  it('puts an instant known to the day certainly in its day and nowhere else', () => {
    expect(overlapWith(on5th, days('2022-01-05', '2022-01-05'))).toBe('certain');
    expect(overlapWith(on5th, days('2022-01-02', '2022-01-04'))).toBe('none');
  });

  it('puts an instant known within bounds possibly in each day of them, certainly in all of them', () => {
    expect(overlapWith(by6th, days('2022-01-02', '2022-01-02'))).toBe('possible');
    expect(overlapWith(by6th, days('2022-01-05', '2022-01-05'))).toBe('possible');
    expect(overlapWith(by6th, days('2022-01-02', '2022-01-06'))).toBe('certain');
    expect(overlapWith(by6th, days('2022-01-07', '2022-01-08'))).toBe('none');
  });

  it('counts a duration as certain on every day it was surely going on', () => {
    expect(overlapWith(emergency, days('2022-01-05', '2022-01-05'))).toBe('certain');
    expect(overlapWith(emergency, days('2022-01-19', '2022-01-19'))).toBe('certain');
    expect(overlapWith(emergency, days('2022-01-04', '2022-01-04'))).toBe('none');
    expect(overlapWith(ongoing, days('2022-01-05', '2022-01-05'))).toBe('certain');
    expect(overlapWith(ongoing, days('2022-01-10', '2022-01-10'))).toBe('possible');
  });

  const value = fc
    .record({
      y: fc.integer({ min: 2021, max: 2022 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const point: fc.Arbitrary<TimePoint> = fc.oneof(
    value.map((at) => ({ at })),
    fc
      .tuple(value, value)
      .map(([a, b]) => (a <= b ? { notBefore: a, notAfter: b } : { notBefore: b, notAfter: a })),
    value.map((notAfter) => ({ notAfter })),
    value.map((notBefore) => ({ notBefore })),
  );
  const time: fc.Arbitrary<EventTime> = fc.oneof(
    point,
    fc.tuple(point, point).map(([start, end]) => ({ start, end })),
  );
  const range = fc.tuple(value, value).map(([a, b]) => (a <= b ? days(a, b) : days(b, a)));

  it('is certain only where it is possible, and possible exactly where the possible range meets', () => {
    fc.assert(
      fc.property(time, range, (t, r) => {
        const timing = eventTiming(t, ZONE);
        const overlap = overlapWith(timing, r);
        const possible = timingPossible(timing);
        const meets = possible.start < r.end && possible.end > r.start;
        expect(overlap === 'none').toBe(!meets);
      }),
    );
  });

  it('never counts an instant as certain in a range that misses part of its bounds', () => {
    fc.assert(
      fc.property(point, range, (p, r) => {
        const timing = eventTiming(p, ZONE);
        if (overlapWith(timing, r) !== 'certain') return;
        const possible = timingPossible(timing);
        expect(possible.start).toBeGreaterThanOrEqual(r.start);
        expect(possible.end).toBeLessThanOrEqual(r.end);
      }),
    );
  });

  it('keeps the body of an instant inside its possible range', () => {
    fc.assert(
      fc.property(point, (p) => {
        const timing = eventTiming(p, ZONE);
        const body = timingBody(timing);
        const possible = timingPossible(timing);
        expect(body.start).toBeGreaterThanOrEqual(possible.start);
        expect(body.end).toBeLessThanOrEqual(possible.end);
      }),
    );
  });
});
