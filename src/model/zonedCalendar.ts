/**
 * Calendar arithmetic in a named time zone, for every year from 0000 to 9999.
 *
 * `Date.UTC(y, …)` and `new Date(y, …)` read years 0–99 as 1900–1999, and `TZDate` reconstructs
 * wall-clock fields through `Intl`, which switches to the Julian calendar before 1582. Here the UTC
 * offset comes from `tzOffset` (an offset string, calendar-free) and every field is read with UTC
 * getters on a date moved by that offset, so the proleptic Gregorian calendar of ISO 8601 holds.
 */
import { tzOffset } from '@date-fns/tz';

const MINUTE = 60_000;

/** Epoch ms of a UTC wall time; years 0–99 stay years 0–99. Months and days may overflow. */
export function utcFromParts(
  year: number,
  monthIndex: number,
  day = 1,
  hours = 0,
  minutes = 0,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hours, minutes, 0, 0);
  return date.getTime();
}

const HOUR = 60 * MINUTE;

/** The offset as `Intl` gives it, asked afresh (a few µs each: it formats a date). */
function askedOffsetMs(ms: number, timeZone: string): number {
  const minutes = tzOffset(timeZone, new Date(ms));
  return Number.isFinite(minutes) ? minutes * MINUTE : 0;
}

/** Hours (epoch ms ÷ 1 h, floored) whose offset is known to hold throughout, per zone. */
const steadyHours = new Map<string, Map<number, number>>();
/** Per zone, at most this many hours are kept (over a year's), then the zone starts afresh. */
const STEADY_HOURS_KEPT = 20_000;

/**
 * The zone's UTC offset at `ms`, in ms (Asia/Almaty in 2022: +6 h). Loading a dataset asks this
 * several times per event, and asking `Intl` is most of the cost of resolving a time, so each hour
 * is asked once: when the offset at the hour's first and last millisecond agree, it held all
 * through it (a zone's offset never changes and changes back within one hour), and is kept. An
 * hour in which it changes is asked at the very instant, every time.
 */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const hour = Math.floor(ms / HOUR);
  let hours = steadyHours.get(timeZone);
  if (hours === undefined) {
    hours = new Map();
    steadyHours.set(timeZone, hours);
  }
  const known = hours.get(hour);
  if (known !== undefined) return known;
  const first = askedOffsetMs(hour * HOUR, timeZone);
  if (first !== askedOffsetMs(hour * HOUR + HOUR - 1, timeZone)) return askedOffsetMs(ms, timeZone);
  if (hours.size >= STEADY_HOURS_KEPT) hours.clear();
  hours.set(hour, first);
  return first;
}

/** The instant when the zone's clocks show this wall time (the first such instant across a DST gap). */
export function zonedTime(
  timeZone: string,
  year: number,
  monthIndex: number,
  day = 1,
  hours = 0,
  minutes = 0,
): number {
  const wall = utcFromParts(year, monthIndex, day, hours, minutes);
  const first = wall - zoneOffsetMs(wall, timeZone);
  return wall - zoneOffsetMs(first, timeZone);
}

/** The wall-clock fields of `ms` in the zone, read from a date whose UTC fields are those fields. */
function wallFields(ms: number, timeZone: string): Date {
  return new Date(ms + zoneOffsetMs(ms, timeZone));
}

/** The zone's wall-clock parts of an instant. */
export interface WallClock {
  year: number;
  /** 0–11 */
  monthIndex: number;
  day: number;
  hours: number;
  minutes: number;
  /** 0 = Sunday */
  weekday: number;
}

/** Year, month, day, hour, minute and weekday of `ms` on the zone's clocks. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const wall = wallFields(ms, timeZone);
  return {
    year: wall.getUTCFullYear(),
    monthIndex: wall.getUTCMonth(),
    day: wall.getUTCDate(),
    hours: wall.getUTCHours(),
    minutes: wall.getUTCMinutes(),
    weekday: wall.getUTCDay(),
  };
}

/**
 * A date for date-fns `format` that shows `ms` as the zone's clocks do. Patterns should use `u`
 * for the year (year 0 is "0"; `y` would print the era year "1").
 */
export function formattableWallClock(ms: number, timeZone: string): Date {
  return new UtcFieldsDate(wallFields(ms, timeZone).getTime());
}

/**
 * A date whose local fields are its UTC fields, whatever the machine's zone: what date-fns
 * `format` reads the wall clock from. It was a `TZDate` in "UTC", which asks `Intl` for the offset
 * on every copy and field date-fns makes: 344 µs a `format` against 51 µs for a plain date (Node,
 * this machine), most of the time of a mark's accessible name on a filter click.
 */
class UtcFieldsDate extends Date {
  override getFullYear() {
    return this.getUTCFullYear();
  }
  override getMonth() {
    return this.getUTCMonth();
  }
  override getDate() {
    return this.getUTCDate();
  }
  override getDay() {
    return this.getUTCDay();
  }
  override getHours() {
    return this.getUTCHours();
  }
  override getMinutes() {
    return this.getUTCMinutes();
  }
  override getSeconds() {
    return this.getUTCSeconds();
  }
  override getMilliseconds() {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset() {
    return 0;
  }
  override setFullYear(...args: Parameters<Date['setUTCFullYear']>) {
    return this.setUTCFullYear(...args);
  }
  override setMonth(...args: Parameters<Date['setUTCMonth']>) {
    return this.setUTCMonth(...args);
  }
  override setDate(...args: Parameters<Date['setUTCDate']>) {
    return this.setUTCDate(...args);
  }
  override setHours(...args: Parameters<Date['setUTCHours']>) {
    return this.setUTCHours(...args);
  }
  override setMinutes(...args: Parameters<Date['setUTCMinutes']>) {
    return this.setUTCMinutes(...args);
  }
  override setSeconds(...args: Parameters<Date['setUTCSeconds']>) {
    return this.setUTCSeconds(...args);
  }
  override setMilliseconds(...args: Parameters<Date['setUTCMilliseconds']>) {
    return this.setUTCMilliseconds(...args);
  }
}

/** A calendar unit of the time model. */
export type CalendarUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** The start of the zone's year, month, day, hour or minute that holds `ms`. */
export function startOfZoned(ms: number, unit: CalendarUnit, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  switch (unit) {
    case 'year':
      return zonedTime(timeZone, w.year, 0);
    case 'month':
      return zonedTime(timeZone, w.year, w.monthIndex);
    case 'day':
      return zonedTime(timeZone, w.year, w.monthIndex, w.day);
    case 'hour':
      return zonedTime(timeZone, w.year, w.monthIndex, w.day, w.hours);
    case 'minute':
      return ms - (((ms % MINUTE) + MINUTE) % MINUTE);
  }
}

/** `ms` moved by `count` of the zone's calendar units, keeping the wall-clock time of day. */
export function addZoned(ms: number, unit: CalendarUnit, count: number, timeZone: string): number {
  if (unit === 'minute') return ms + count * MINUTE;
  if (unit === 'hour') return ms + count * 3_600_000;
  const w = wallClock(ms, timeZone);
  return zonedTime(
    timeZone,
    w.year + (unit === 'year' ? count : 0),
    w.monthIndex + (unit === 'month' ? count : 0),
    w.day + (unit === 'day' ? count : 0),
    w.hours,
    w.minutes,
  );
}
