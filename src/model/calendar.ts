/**
 * Calendar checks for the format's ISO 8601 values, free of the schema library so that the view
 * (URL decoding, for one) can use them without loading the validator.
 */

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** Leap years of the proleptic Gregorian calendar (ISO 8601), year 0 included. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1–12) of `year`; computed, not read off `Date`, which moves years 0–99 to 1900–1999. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** True when the year/month/day (and optional clock) parts name a real calendar moment. */
export function isRealCalendarValue(value: string): boolean {
  const dt = ISO_DATE_TIME.exec(value);
  if (dt) {
    const [, y, mo, d, h, mi, s, , oh, om] = dt;
    const month = Number(mo);
    const day = Number(d);
    return (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(Number(y), month) &&
      Number(h) <= 23 &&
      Number(mi) <= 59 &&
      Number(s ?? 0) <= 59 &&
      Number(oh ?? 0) <= 14 &&
      Number(om ?? 0) <= 59
    );
  }
  const date = ISO_DATE.exec(value);
  if (!date) return false;
  const [, y, mo, d] = date;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(Number(y), month);
}

/** The patterns of a date ("2022", "2022-01", "2022-01-05") and of a date-time with its offset. */
export const CALENDAR_PATTERNS = { ISO_DATE, ISO_DATE_TIME } as const;
