/**
 * Dates and clock times as other formats write them, turned into the ISO 8601 values of the
 * chronicle/2 time model: a calendar date to the precision given ("2022", "2022-01",
 * "2022-01-05"), or a date-time with the UTC offset of the zone the clock time was read in.
 */
import { t } from '../i18n/i18n';
import { daysInMonth, isRealCalendarValue } from '../model/calendar';
import { utcFromParts, zoneOffsetMs, zonedTime } from '../model/zonedCalendar';

/** A value, or why it could not be read. */
export type Parsed<T> =
  { ok: true; value: T } | { ok: false; reason: string; part?: 'year' | 'month' | 'day' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Whole numbers as spreadsheets write them: "2,022", " 5 " (TimelineJS strips spaces and commas). */
export function cleanInteger(text: string): number | null {
  const cleaned = text.replace(/[\s,]/g, '');
  if (cleaned === '') return null;
  return /^-?\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** A date to the precision given: a year, a year and a month, or a whole date. */
export function isoDate(year: number, month: number | null, day: number | null): Parsed<string> {
  // Years, months and days are written as they are (no separators): they are dates, not amounts.
  if (!Number.isInteger(year))
    return { ok: false, reason: t('importer.time.yearNotWhole'), part: 'year' };
  if (year < 0) {
    return {
      ok: false,
      reason: t('importer.time.yearBeforeZero', { year: String(year) }),
      part: 'year',
    };
  }
  if (year > 9999) {
    return {
      ok: false,
      reason: t('importer.time.yearAfter9999', { year: String(year) }),
      part: 'year',
    };
  }
  if (month === null) {
    return day === null
      ? { ok: true, value: pad(year, 4) }
      : { ok: false, reason: t('importer.time.dayWithoutMonth'), part: 'month' };
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return {
      ok: false,
      reason: t('importer.time.monthOutOfRange', { month: String(month) }),
      part: 'month',
    };
  }
  if (day === null) return { ok: true, value: `${pad(year, 4)}-${pad(month)}` };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    return {
      ok: false,
      reason: t('importer.time.noSuchDay', {
        day: String(day),
        month: `${pad(year, 4)}-${pad(month)}`,
      }),
      part: 'day',
    };
  }
  return { ok: true, value: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** A clock time of day. */
export interface ClockTime {
  hours: number;
  minutes: number;
  seconds: number;
}

/**
 * A clock time as TimelineJS reads it: "14:30", "14:30:15", "14:30:15.250", "1430", "14.30",
 * "2:30 PM", "2pm".
 */
export function parseClock(text: string): Parsed<ClockTime> {
  const match =
    /^(\d{1,2})(?:[:.]?(\d{2}))?(?:[:.](\d{2})(?:\.\d{1,3})?)?\s*([ap])?\.?\s*m?\.?$/i.exec(
      text.trim(),
    );
  if (!match) return { ok: false, reason: t('importer.time.notClock', { text }) };
  const [, h, m, s, half] = match;
  let hours = Number(h);
  const minutes = Number(m ?? 0);
  const seconds = Number(s ?? 0);
  if (half !== undefined) {
    if (hours < 1 || hours > 12)
      return { ok: false, reason: t('importer.time.no12HourHour', { text }) };
    hours = (hours % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) {
    return { ok: false, reason: t('importer.time.notTimeOfDay', { text }) };
  }
  return { ok: true, value: { hours, minutes, seconds } };
}

/** "+06:00" for six hours ahead of UTC, "Z" for UTC itself. */
function offsetText(offsetMs: number): string {
  if (offsetMs === 0) return 'Z';
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The date-time of a wall-clock time in `timeZone`, with the zone's offset at that moment. */
export function zonedDateTime(date: string, clock: ClockTime, timeZone: string): string {
  const [y, mo, d] = date.split('-').map(Number);
  const ms = zonedTime(timeZone, y ?? 0, (mo ?? 1) - 1, d ?? 1, clock.hours, clock.minutes);
  const wall = ms + zoneOffsetMs(ms, timeZone);
  const at = new Date(wall);
  const value = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
  const seconds = clock.seconds === 0 ? '' : `:${pad(clock.seconds)}`;
  return `${value}${seconds}${offsetText(zoneOffsetMs(ms, timeZone))}`;
}

/** A whole date moved by `days` ("2022-01-05" + 3 → "2022-01-08"). */
export function addDays(date: string, days: number): string {
  const [y, mo, d] = date.split('-').map(Number);
  const at = new Date(utcFromParts(y ?? 0, (mo ?? 1) - 1, (d ?? 1) + days));
  return `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A whole date written "2022-01-05", "05-01-2022" or "05/01/2022" (day first, as ACLED's codebook
 * has it) or "5 January 2022" (ACLED's spreadsheet exports).
 */
export function parseDayDate(text: string): Parsed<string> {
  const value = text.trim();
  let parts: [number, number, number] | null = null;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (dayFirst) parts = [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])];
  const named = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(value);
  if (named) {
    const month = MONTHS.findIndex((name) => name.startsWith((named[2] ?? '').toLowerCase()));
    if (month >= 0 && (named[2] ?? '').length >= 3) {
      parts = [Number(named[3]), month + 1, Number(named[1])];
    }
  }
  if (parts === null) {
    return { ok: false, reason: t('importer.time.notDayDate', { text: value }) };
  }
  const date = isoDate(...parts);
  if (!date.ok) return date;
  return isRealCalendarValue(date.value)
    ? date
    : { ok: false, reason: t('importer.time.noSuchDate', { text: value }) };
}
