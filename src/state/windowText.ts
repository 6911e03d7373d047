/**
 * The zoom window as link text: two UTC instants joined by "~",
 * "2022-01-02T06:00Z~2022-01-06T18:00Z". Seconds and milliseconds are written only when they are
 * not zero, so links stay readable and still name the window to the millisecond.
 */
import type { TimeWindow } from './viewState';

const WINDOW_SEPARATOR = '~';
/** An ISO UTC instant, minutes required; years as in toISOString: 4 digits, or ± and 6. */
const INSTANT = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?Z$/;

/** "2022-01-02T06:00Z", "2022-01-02T06:00:30Z", "2022-01-02T06:00:00.250Z". */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (iso.endsWith(':00.000Z')) return `${iso.slice(0, -8)}Z`;
  if (iso.endsWith('.000Z')) return `${iso.slice(0, -5)}Z`;
  return iso;
}

/** The epoch milliseconds of an instant written by `formatInstant`, or null when it is not one. */
export function parseInstant(text: string): number | null {
  const parts = INSTANT.exec(text);
  if (!parts) return null;
  const field = (position: number) => Number(parts[position] ?? 0);
  const [year, month, day] = [field(1), field(2), field(3)] as const;
  const [hours, minutes, seconds, ms] = [field(4), field(5), field(6), field(7)] as const;
  if (parts[1] === '-000000' || hours > 23 || minutes > 59 || seconds > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  // A day the month does not have rolls over into another month; a Date out of range is NaN.
  const isCalendarDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
  return isCalendarDay ? date.getTime() : null;
}

/** "start~end", each instant as in `formatInstant`. */
export function formatWindow(window: TimeWindow): string {
  return `${formatInstant(window.start)}${WINDOW_SEPARATOR}${formatInstant(window.end)}`;
}

/**
 * The two instants of a window written by `formatWindow`, or null when the text is not two
 * readable instants. Their order and distance are not checked here.
 */
export function parseWindow(text: string): TimeWindow | null {
  const instants = text.split(WINDOW_SEPARATOR);
  if (instants.length !== 2) return null;
  const [start, end] = instants.map(parseInstant);
  if (start === null || start === undefined || end === null || end === undefined) return null;
  return { start, end };
}
