/**
 * The time filter's typed days, in the reader's language's order rather than the browser's: a
 * Norwegian reader types "05.01.2022" (dd.mm.åååå), an English one the unambiguous ISO
 * "2022-01-05"; both also take ISO. Pure: the URL keeps ISO days, these only read and write the
 * text in the inputs.
 */
import type { Language } from '../i18n/languages';

/** The order a language writes a day in: ISO (year first) or day, month, year. */
export type DayOrder = 'iso' | 'day-month-year';

/** What reading a typed day gave: the ISO day, nothing typed, or why it cannot be a day. */
export type DayInput =
  { kind: 'day'; day: string } | { kind: 'empty' } | { kind: 'unreadable' } | { kind: 'not-a-day' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ISO_COMPLETE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

/** The order of a language's typed days: day first in Norwegian, ISO in English. */
export function dayOrderOf(language: Language): DayOrder {
  return language === 'nb' ? 'day-month-year' : 'iso';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Whether the year, month and day make a day of the calendar (no 31 February). */
function realDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; set the year exactly.
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Reads a typed day in `order` (or ISO) into an ISO day, or says why it is not one. */
export function parseDayInput(text: string, order: DayOrder): DayInput {
  const typed = text.trim();
  if (typed === '') return { kind: 'empty' };
  const iso = ISO.exec(typed);
  const dmy = order === 'day-month-year' ? DAY_MONTH_YEAR.exec(typed) : null;
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (parts === null) return { kind: 'unreadable' };
  const [year, month, day] = parts.map(Number);
  if (year === undefined || month === undefined || day === undefined) return { kind: 'unreadable' };
  const found = realDay(year, month, day);
  return found === null ? { kind: 'not-a-day' } : { kind: 'day', day: found };
}

/**
 * Whether the text is a whole day as typed so far, so that the filter may follow it keystroke by
 * keystroke: "2022-01-1" reads as a day but is probably the start of "2022-01-15", so an ISO day
 * counts only with two-digit month and day; a day-first one is whole once its four-digit year is.
 */
export function isWholeDayInput(text: string, order: DayOrder): boolean {
  const typed = text.trim();
  if (parseDayInput(typed, order).kind !== 'day') return false;
  return ISO.test(typed) ? ISO_COMPLETE.test(typed) : true;
}

/** An ISO day as the reader's order writes it: "05.01.2022" or "2022-01-05". */
export function formatDayInput(day: string, order: DayOrder): string {
  const match = ISO.exec(day);
  if (order === 'iso' || match === null) return day;
  return `${pad(Number(match[3]))}.${pad(Number(match[2]))}.${match[1]}`;
}
