import { describe, expect, it } from 'vitest';
import {
  formatDayRange,
  formatEventTime,
  formatEventTimeShort,
  formatValue,
  timeCertaintyInWords,
} from './formatTime';
import type { DurationTime, EventTime, TimePoint } from './schema';

const ZONE = 'Asia/Almaty';

const at = (value: string, more: TimePoint = {}): EventTime => ({ at: value, ...more });
const lasted = (start: TimePoint | string, end: TimePoint | string): DurationTime => ({
  start: typeof start === 'string' ? { at: start } : start,
  end: typeof end === 'string' ? { at: end } : end,
});

/** Midnight of a day in Almaty (UTC+6 in 2021–2022). */
const almatyDay = (isoDate: string) => Date.parse(`${isoDate}T00:00+06:00`);

describe('formatEventTime: instants known to their precision', () => {
  it('writes a day with its weekday', () => {
    expect(formatEventTime(at('2022-01-02'), ZONE)).toBe('Sunday 2 January 2022');
  });

  it('writes a month, and a year, without inventing a day', () => {
    expect(formatEventTime(at('2022-01'), ZONE)).toBe('January 2022');
    expect(formatEventTime(at('1991'), ZONE)).toBe('1991');
  });

  it('writes hour and minute precision with the clock time in the dataset zone', () => {
    expect(formatEventTime(at('2022-01-05T14:30+06:00'), ZONE)).toBe(
      'Wednesday 5 January 2022, 14:30',
    );
    expect(formatEventTime(at('2022-01-05T20:00+06:00', { precision: 'hour' }), ZONE)).toBe(
      'Wednesday 5 January 2022, 20:00',
    );
  });

  it('keeps a clock time written with another offset on its own clock, and names the offset', () => {
    // Aktobe's 14:00 (UTC+5) stays 14:00, not Almaty's 15:00.
    expect(formatEventTime(at('2022-01-05T14:00+05:00'), ZONE)).toBe(
      'Wednesday 5 January 2022, 14:00 (UTC+05:00)',
    );
  });

  it('names the day a date-time falls on in the dataset zone when read to the day', () => {
    expect(formatEventTime(at('2022-01-05T21:00Z', { precision: 'day' }), ZONE)).toBe(
      'Thursday 6 January 2022',
    );
  });

  it('says "around" for an approximate time and "possibly" for an uncertain one, never "~"', () => {
    expect(formatEventTime(at('2022-01-02', { approximate: true }), ZONE)).toBe(
      'around Sunday 2 January 2022',
    );
    expect(formatEventTime(at('2022-01-02', { uncertain: true }), ZONE)).toBe(
      'possibly Sunday 2 January 2022',
    );
    expect(formatEventTimeShort(at('2022-01-02', { approximate: true }), ZONE)).toBe(
      'around 2 Jan 2022',
    );
  });

  it('writes years 0 to 99 as they are, in the proleptic Gregorian calendar', () => {
    expect(formatEventTime(at('0050-06-15'), ZONE)).toBe('Wednesday 15 June 50');
    expect(formatEventTime(at('0000-02-29'), ZONE)).toBe('Tuesday 29 February 0');
    expect(formatEventTime(at('0099'), ZONE)).toBe('99');
  });
});

describe('formatEventTime: instants known only within bounds', () => {
  const byThursday: EventTime = { notBefore: '2022-01-02', notAfter: '2022-01-06' };

  it('says "by" the latest bound and names the earliest in words', () => {
    expect(formatEventTime(byThursday, ZONE)).toBe(
      'by Thursday 6 January 2022 (not before Sunday 2 January 2022)',
    );
    expect(formatEventTime(byThursday, ZONE, 'medium')).toBe('by Thursday 6 January 2022');
    expect(formatEventTimeShort(byThursday, ZONE)).toBe('by 6 Jan 2022');
  });

  it('writes a one-sided bound', () => {
    expect(formatEventTime({ notAfter: '2019' }, ZONE)).toBe('by 2019');
    expect(formatEventTime({ notBefore: '2022-01-05' }, ZONE)).toBe(
      'on or after Wednesday 5 January 2022',
    );
  });

  it('leads with a given estimate, the bounds after it', () => {
    expect(
      formatEventTime({ notBefore: '2019', notAfter: '2022-01-06', estimate: '2019' }, ZONE),
    ).toBe('around 2019 (not before 2019, not after Thursday 6 January 2022)');
    expect(
      formatEventTime(
        { notBefore: '2019', notAfter: '2022-01-06', estimate: '2019' },
        ZONE,
        'medium',
      ),
    ).toBe('around 2019');
  });

  it('never writes a bounded instant as a range of days', () => {
    expect(formatEventTime(byThursday, ZONE)).not.toMatch(/2–6|around 2/);
  });
});

describe('formatEventTime: durations', () => {
  it('writes day ranges within a month, across months and across years', () => {
    expect(formatEventTime(lasted('2022-01-02', '2022-01-06'), ZONE)).toBe('2–6 January 2022');
    expect(formatEventTime(lasted('2022-01-31', '2022-02-02'), ZONE)).toBe(
      '31 January – 2 February 2022',
    );
    expect(formatEventTime(lasted('2021-12-30', '2022-01-02'), ZONE)).toBe(
      '30 December 2021 – 2 January 2022',
    );
  });

  it('writes month and year ranges', () => {
    expect(formatEventTime(lasted('2022-01', '2022-03'), ZONE)).toBe('January – March 2022');
    expect(formatEventTime(lasted('2021-11', '2022-02'), ZONE)).toBe(
      'November 2021 – February 2022',
    );
    expect(formatEventTime(lasted('1991', '1993'), ZONE)).toBe('1991–1993');
  });

  it('writes clock-time ranges with both ends', () => {
    const night = lasted(
      { at: '2022-01-05T18:00+06:00', approximate: true },
      { at: '2022-01-06T12:00+06:00', approximate: true },
    );
    expect(formatEventTime(night, ZONE)).toBe(
      'around Wednesday 5 January 2022, 18:00 – Thursday 6 January 2022, 12:00',
    );
  });

  it('says what is known of an uncertain start or end', () => {
    expect(formatEventTime(lasted({ notAfter: '2019' }, '2022-01-05'), ZONE)).toBe(
      'from 2019 or earlier until Wednesday 5 January 2022',
    );
    expect(formatEventTime(lasted('2022-01-02', { notBefore: '2022-01-06' }), ZONE)).toBe(
      'from Sunday 2 January 2022 until at least Thursday 6 January 2022',
    );
    expect(
      formatEventTime(
        lasted('2022-01-05', { notBefore: '2022-01-10', notAfter: '2022-01-19' }),
        ZONE,
      ),
    ).toBe(
      'from Wednesday 5 January 2022 until between Monday 10 January 2022 and Wednesday 19 January 2022',
    );
  });

  it('abbreviates both ends in the short form', () => {
    expect(formatEventTimeShort(lasted('2022-01-02', '2022-01-06'), ZONE)).toBe(
      '2 Jan 2022 – 6 Jan 2022',
    );
    expect(formatEventTimeShort(lasted('2021-12', '2022-01'), ZONE)).toBe('Dec 2021 – Jan 2022');
  });
});

describe('timeCertaintyInWords', () => {
  it('names the precision of a known time', () => {
    expect(timeCertaintyInWords(at('2022-01-05T14:30+06:00'), ZONE)).toBe('Known to the minute.');
    expect(timeCertaintyInWords(at('2022-01-05T14:00+06:00', { precision: 'hour' }), ZONE)).toBe(
      'Known to the hour.',
    );
    expect(timeCertaintyInWords(at('2022-01-05'), ZONE)).toBe('Known to the day.');
    expect(timeCertaintyInWords(at('2022-01'), ZONE)).toBe('Known to the month.');
    expect(timeCertaintyInWords(at('2022'), ZONE)).toBe('Known to the year.');
  });

  it('never says a time is both known to the day and approximate in one breath', () => {
    expect(timeCertaintyInWords(at('2022-01-05', { approximate: true }), ZONE)).toBe(
      'Known to the day; the source gives it as approximate.',
    );
  });

  it('says the day is not given, and between which days it lies', () => {
    expect(timeCertaintyInWords({ notBefore: '2022-01-02', notAfter: '2022-01-06' }, ZONE)).toBe(
      'The day is not given: some time from Sunday 2 January 2022 to Thursday 6 January 2022.',
    );
    expect(timeCertaintyInWords({ notAfter: '2019' }, ZONE)).toBe(
      'The year is not given: on or before 2019.',
    );
  });

  it('speaks of each end of a duration', () => {
    expect(timeCertaintyInWords(lasted({ notAfter: '2019' }, '2022-01-05'), ZONE)).toBe(
      'Start: the year is not given, on or before 2019. End known to the day.',
    );
  });

  it('never shows a field name', () => {
    const words = timeCertaintyInWords({ notBefore: '2022-01-02', notAfter: '2022-01-06' }, ZONE);
    expect(words).not.toMatch(/notBefore|notAfter|estimate|published/);
  });
});

describe('formatValue', () => {
  it('writes one value at its precision, long or short', () => {
    expect(formatValue('2022-01-06', ZONE)).toBe('Thursday 6 January 2022');
    expect(formatValue('2022-01-06', ZONE, undefined, 'short')).toBe('6 Jan 2022');
    expect(formatValue('2022-01-06T08:51+06:00', ZONE, undefined, 'short')).toBe(
      '6 Jan 2022, 08:51',
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
