import { describe, expect, it } from 'vitest';
import {
  formatDayRange,
  formatEventTime,
  formatEventTimeShort,
  precisionInWords,
} from './formatTime';
import type { EventTime } from './schema';

const ZONE = 'Asia/Almaty';

function time(
  start: string,
  precision: EventTime['precision'],
  more: Partial<EventTime> = {},
): EventTime {
  return { start, precision, approximate: false, basis: 'test', ...more };
}

/** Midnight of a day in Almaty (UTC+6 in 2021–2022). */
const almatyDay = (isoDate: string) => Date.parse(`${isoDate}T00:00+06:00`);

describe('formatEventTime', () => {
  it('writes a day with its weekday', () => {
    expect(formatEventTime(time('2022-01-02', 'day'), ZONE)).toBe('Sunday 2 January 2022');
  });

  it('writes a month, and a year, without inventing a day', () => {
    expect(formatEventTime(time('2022-01', 'month'), ZONE)).toBe('January 2022');
    expect(formatEventTime(time('1991', 'year'), ZONE)).toBe('1991');
  });

  it('writes hour and minute precision with the clock time in the dataset zone', () => {
    expect(formatEventTime(time('2022-01-05T14:30+06:00', 'minute'), ZONE)).toBe(
      'Wednesday 5 January 2022, 14:30',
    );
    expect(formatEventTime(time('2022-01-05T20:00+06:00', 'hour'), ZONE)).toBe(
      'Wednesday 5 January 2022, 20:00',
    );
  });

  it('converts a time given with another offset into the dataset zone', () => {
    expect(formatEventTime(time('2022-01-05T08:30Z', 'minute'), ZONE)).toBe(
      'Wednesday 5 January 2022, 14:30',
    );
    // 21:00 UTC on the 5th is 03:00 on the 6th in Almaty.
    expect(formatEventTime(time('2022-01-05T21:00Z', 'minute'), ZONE)).toBe(
      'Thursday 6 January 2022, 03:00',
    );
  });

  it('names the day a date-time falls on in the dataset zone when only the day is known', () => {
    expect(formatEventTime(time('2022-01-05T21:00Z', 'day'), ZONE)).toBe('Thursday 6 January 2022');
  });

  it('prefixes "around" when the date is approximate', () => {
    expect(formatEventTime(time('2022-01-02', 'day', { approximate: true }), ZONE)).toBe(
      'around Sunday 2 January 2022',
    );
    expect(
      formatEventTime(time('2022-01-02', 'day', { end: '2022-01-06', approximate: true }), ZONE),
    ).toBe('around 2–6 January 2022');
  });

  it('writes day ranges within a month, across months and across years', () => {
    expect(formatEventTime(time('2022-01-02', 'day', { end: '2022-01-06' }), ZONE)).toBe(
      '2–6 January 2022',
    );
    expect(formatEventTime(time('2022-01-31', 'day', { end: '2022-02-02' }), ZONE)).toBe(
      '31 January – 2 February 2022',
    );
    expect(formatEventTime(time('2021-12-30', 'day', { end: '2022-01-02' }), ZONE)).toBe(
      '30 December 2021 – 2 January 2022',
    );
  });

  it('writes month and year ranges', () => {
    expect(formatEventTime(time('2022-01', 'month', { end: '2022-03' }), ZONE)).toBe(
      'January – March 2022',
    );
    expect(formatEventTime(time('2021-11', 'month', { end: '2022-02' }), ZONE)).toBe(
      'November 2021 – February 2022',
    );
    expect(formatEventTime(time('1991', 'year', { end: '1993' }), ZONE)).toBe('1991–1993');
  });

  it('writes clock-time ranges with both ends', () => {
    expect(
      formatEventTime(
        time('2022-01-05T18:00+06:00', 'hour', {
          end: '2022-01-06T12:00+06:00',
          approximate: true,
        }),
        ZONE,
      ),
    ).toBe('around Wednesday 5 January 2022, 18:00 – 6 January, 12:00');
  });

  it('gives the same words whatever zone the machine runs in', () => {
    // The machine zone is pinned by the test script; these dates sit near midnight in UTC.
    expect(formatEventTime(time('2022-01-01', 'day'), ZONE)).toBe('Saturday 1 January 2022');
    expect(formatEventTime(time('2022-01', 'month'), ZONE)).toBe('January 2022');
    expect(formatEventTime(time('2022', 'year'), ZONE)).toBe('2022');
  });
});

describe('formatEventTimeShort', () => {
  it('abbreviates days and months', () => {
    expect(formatEventTimeShort(time('2022-01-02', 'day'), ZONE)).toBe('2 Jan 2022');
    expect(formatEventTimeShort(time('2022-01', 'month'), ZONE)).toBe('Jan 2022');
    expect(formatEventTimeShort(time('1991', 'year'), ZONE)).toBe('1991');
  });

  it('gives the day of a clock time in the dataset zone', () => {
    expect(formatEventTimeShort(time('2022-01-05T23:30+06:00', 'minute'), ZONE)).toBe('5 Jan 2022');
    expect(formatEventTimeShort(time('2022-01-05T21:00Z', 'hour'), ZONE)).toBe('6 Jan 2022');
  });

  it('writes both ends of a range', () => {
    expect(formatEventTimeShort(time('2022-01-02', 'day', { end: '2022-01-06' }), ZONE)).toBe(
      '2 Jan 2022 – 6 Jan 2022',
    );
    expect(formatEventTimeShort(time('2021-12', 'month', { end: '2022-01' }), ZONE)).toBe(
      'Dec 2021 – Jan 2022',
    );
  });

  it('marks an approximate date with a tilde', () => {
    expect(formatEventTimeShort(time('2022-01-02', 'day', { approximate: true }), ZONE)).toBe(
      '~2 Jan 2022',
    );
  });
});

describe('precisionInWords', () => {
  it('names each precision', () => {
    expect(precisionInWords(time('2022-01-05T14:30+06:00', 'minute'))).toBe('to the minute');
    expect(precisionInWords(time('2022-01-05T14:00+06:00', 'hour'))).toBe('to the hour');
    expect(precisionInWords(time('2022-01-05', 'day'))).toBe('to the day');
    expect(precisionInWords(time('2022-01', 'month'))).toBe('to the month');
    expect(precisionInWords(time('2022', 'year'))).toBe('to the year');
  });

  it('says when the date is approximate', () => {
    expect(precisionInWords(time('2022-01-05', 'day', { approximate: true }))).toBe(
      'to the day, approximate',
    );
  });
});

describe('formatDayRange', () => {
  it('writes one day when both ends fall on the same day', () => {
    expect(formatDayRange(almatyDay('2022-01-05'), almatyDay('2022-01-05') + 3_600_000, ZONE)).toBe(
      '5 January 2022',
    );
  });

  it('shares the month and year of the two ends when it can', () => {
    expect(formatDayRange(almatyDay('2022-01-02'), almatyDay('2022-01-06'), ZONE)).toBe(
      '2–6 January 2022',
    );
    expect(formatDayRange(almatyDay('2022-01-31'), almatyDay('2022-02-02'), ZONE)).toBe(
      '31 January – 2 February 2022',
    );
    expect(formatDayRange(almatyDay('2021-12-30'), almatyDay('2022-01-02'), ZONE)).toBe(
      '30 December 2021 – 2 January 2022',
    );
  });

  it('counts days in the given zone', () => {
    // 20:00 UTC on 1 January is 02:00 on 2 January in Almaty.
    const start = Date.UTC(2022, 0, 1, 20);
    expect(formatDayRange(start, start + 4 * 86_400_000, ZONE)).toBe('2–6 January 2022');
    expect(formatDayRange(start, start + 4 * 86_400_000, 'UTC')).toBe('1–5 January 2022');
  });
});
