/**
 * Reporting days: the days the reporting-date control steps through, read and written as
 * "YYYY-MM-DD" in the dataset's time zone, through the time model (never by comparing strings).
 */
import { formatDayRange } from '../model/formatTime';
import type { Dataset } from '../model/schema';
import { valueSpan } from '../model/time';
import { addZoned, wallClock } from '../model/zonedCalendar';

/** The day ("YYYY-MM-DD") that holds `ms` in `timeZone`. */
export function dayOf(ms: number, timeZone: string): string {
  const { year, monthIndex, day } = wallClock(ms, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(monthIndex + 1)}-${pad(day)}`;
}

/** The day `count` days after `day` (before, when negative). */
export function shiftDay(day: string, count: number, timeZone: string): string {
  return dayOf(addZoned(valueSpan(day, timeZone, 'day').start, 'day', count, timeZone), timeZone);
}

/** "6 January 2022". */
export function dayInWords(day: string, timeZone: string): string {
  const { start } = valueSpan(day, timeZone, 'day');
  return formatDayRange(start, start, timeZone);
}

/**
 * The first and last days on which something of the dataset was published (its dated sources and
 * its publication), or null when nothing is dated.
 */
export function reportingDays(dataset: Dataset): { first: string; last: string } | null {
  const { timeZone } = dataset;
  const dates = dataset.sources.flatMap((source) => (source.date ? [source.date] : []));
  if (dataset.published) dates.push(dataset.published.date);
  if (dates.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const date of dates) {
    const span = valueSpan(date, timeZone);
    first = Math.min(first, span.start);
    last = Math.max(last, span.end - 1);
  }
  return { first: dayOf(first, timeZone), last: dayOf(last, timeZone) };
}
