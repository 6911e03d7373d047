/**
 * Turning the format's ISO dates into instants.
 *
 * A date without a clock ("2022-01-02", "2022-01", "2022") names a whole day, month or year in the
 * dataset's time zone; a date-time carries its own offset. Spans are half-open: [start, end).
 */
import { TZDate } from '@date-fns/tz';
import type { EventTime, TimePrecision } from './schema';

/** A half-open interval of epoch milliseconds. */
export interface TimeSpan {
  start: number;
  end: number;
}

const DATE_PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The span a single ISO value covers: a whole day/month/year for dates, one unit of `precision` for date-times. */
export function isoValueSpan(value: string, timeZone: string, precision: TimePrecision): TimeSpan {
  const parts = DATE_PARTS.exec(value);
  if (parts) {
    const [, y, mo, d] = parts;
    const year = Number(y);
    if (mo === undefined) {
      return {
        start: new TZDate(year, 0, 1, timeZone).getTime(),
        end: new TZDate(year + 1, 0, 1, timeZone).getTime(),
      };
    }
    const month = Number(mo) - 1;
    if (d === undefined) {
      return {
        start: new TZDate(year, month, 1, timeZone).getTime(),
        end: new TZDate(year, month + 1, 1, timeZone).getTime(),
      };
    }
    const day = Number(d);
    return {
      start: new TZDate(year, month, day, timeZone).getTime(),
      end: new TZDate(year, month, day + 1, timeZone).getTime(),
    };
  }
  const instant = Date.parse(value);
  return { start: instant, end: addPrecision(instant, timeZone, precision) };
}

function addPrecision(instant: number, timeZone: string, precision: TimePrecision): number {
  switch (precision) {
    case 'minute':
      return instant + 60_000;
    case 'hour':
      return instant + 3_600_000;
    default: {
      const zoned = new TZDate(instant, timeZone);
      const next = new TZDate(
        zoned.getFullYear() + (precision === 'year' ? 1 : 0),
        zoned.getMonth() + (precision === 'month' ? 1 : 0),
        zoned.getDate() + (precision === 'day' ? 1 : 0),
        zoned.getHours(),
        zoned.getMinutes(),
        timeZone,
      );
      return next.getTime();
    }
  }
}

/** The whole span of an event's time: from its start to the end of its `end` (or of its start). */
export function eventSpan(time: EventTime, timeZone: string): TimeSpan {
  const start = isoValueSpan(time.start, timeZone, time.precision);
  if (time.end === undefined) return start;
  const end = isoValueSpan(time.end, timeZone, time.precision);
  return { start: start.start, end: Math.max(start.end, end.end) };
}

/** The point used to order events and place marks: the start of the span. */
export function eventStart(time: EventTime, timeZone: string): number {
  return isoValueSpan(time.start, timeZone, time.precision).start;
}
