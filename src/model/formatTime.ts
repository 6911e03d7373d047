/**
 * Event dates in words, honest about their precision: "Sunday 2 January 2022",
 * "around 2–6 January 2022", "January 2022", "1991", "Wednesday 5 January 2022, 14:30".
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { EventTime } from './schema';
import { isoValueSpan } from './time';

const DAY = 'EEEE d MMMM yyyy';

function zoned(ms: number, timeZone: string): TZDate {
  return new TZDate(ms, timeZone);
}

/** "2–6 January 2022", "30 December 2021 – 2 January 2022", "31 January – 2 February 2022". */
export function formatDayRange(startMs: number, lastDayMs: number, timeZone: string): string {
  const a = zoned(startMs, timeZone);
  const b = zoned(lastDayMs, timeZone);
  if (format(a, 'yyyy-MM-dd') === format(b, 'yyyy-MM-dd')) return format(a, 'd MMMM yyyy');
  if (a.getFullYear() !== b.getFullYear()) {
    return `${format(a, 'd MMMM yyyy')} – ${format(b, 'd MMMM yyyy')}`;
  }
  if (a.getMonth() !== b.getMonth()) return `${format(a, 'd MMMM')} – ${format(b, 'd MMMM yyyy')}`;
  return `${format(a, 'd')}–${format(b, 'd MMMM yyyy')}`;
}

function formatPoint(time: EventTime, timeZone: string): string {
  const start = zoned(isoValueSpan(time.start, timeZone, time.precision).start, timeZone);
  switch (time.precision) {
    case 'year':
      return format(start, 'yyyy');
    case 'month':
      return format(start, 'MMMM yyyy');
    case 'day':
      return format(start, DAY);
    case 'hour':
    case 'minute':
      return `${format(start, DAY)}, ${format(start, 'HH:mm')}`;
  }
}

function formatRange(time: EventTime, end: string, timeZone: string): string {
  const startSpan = isoValueSpan(time.start, timeZone, time.precision);
  const endSpan = isoValueSpan(end, timeZone, time.precision);
  const a = zoned(startSpan.start, timeZone);
  const b = zoned(endSpan.start, timeZone);
  switch (time.precision) {
    case 'year':
      return `${format(a, 'yyyy')}–${format(b, 'yyyy')}`;
    case 'month':
      return a.getFullYear() === b.getFullYear()
        ? `${format(a, 'MMMM')} – ${format(b, 'MMMM yyyy')}`
        : `${format(a, 'MMMM yyyy')} – ${format(b, 'MMMM yyyy')}`;
    case 'day':
      return formatDayRange(startSpan.start, endSpan.start, timeZone);
    case 'hour':
    case 'minute':
      return format(a, 'yyyy-MM-dd') === format(b, 'yyyy-MM-dd')
        ? `${format(a, DAY)}, ${format(a, 'HH:mm')}–${format(b, 'HH:mm')}`
        : `${format(a, DAY)}, ${format(a, 'HH:mm')} – ${format(b, 'd MMMM')}, ${format(b, 'HH:mm')}`;
  }
}

/** The event's date in words, prefixed with "around" when the source is vague about it. */
export function formatEventTime(time: EventTime, timeZone: string): string {
  const words =
    time.end === undefined ? formatPoint(time, timeZone) : formatRange(time, time.end, timeZone);
  return time.approximate ? `around ${words}` : words;
}

/** A short date for compact places (tooltips, axis context): "2 Jan 2022", "Jan 2022", "1991". */
export function formatEventTimeShort(time: EventTime, timeZone: string): string {
  const start = zoned(isoValueSpan(time.start, timeZone, time.precision).start, timeZone);
  const pattern =
    time.precision === 'year' ? 'yyyy' : time.precision === 'month' ? 'MMM yyyy' : 'd MMM yyyy';
  const words = format(start, pattern);
  const withEnd =
    time.end === undefined
      ? words
      : `${words} – ${format(zoned(isoValueSpan(time.end, timeZone, time.precision).start, timeZone), pattern)}`;
  return time.approximate ? `~${withEnd}` : withEnd;
}

/** Human words for a precision, for the detail panel: "to the day", "to the year". */
export function precisionInWords(time: EventTime): string {
  const unit = {
    minute: 'to the minute',
    hour: 'to the hour',
    day: 'to the day',
    month: 'to the month',
    year: 'to the year',
  }[time.precision];
  return time.approximate ? `${unit}, approximate` : unit;
}
