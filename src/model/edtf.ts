/**
 * Times written in the Extended Date/Time Format (EDTF, ISO 8601-2, Library of Congress), read with
 * the `edtf` package's parser and turned into the format's readable time objects:
 *
 * - `2022-01-05`, `2022-01`, `1991`, `2022-01-05T15:00+06:00`: an instant known to its precision;
 * - `2022-01~` (approximate), `2022-01-05?` (uncertain), `2022-01-05%` (both);
 * - `[2022-01-02..2022-01-06]`: one moment somewhere in those days; `[..2022-01-06]`: on or before;
 *   `[2022-01-05..]`: on or after;
 * - `2022-01-05/2022-01-19`: a duration; `2022-01-05/..` (or `2022-01-05/`): still going, end not
 *   known; `../2022-01-06`: started at some time not known, up to 6 January.
 *
 * The parser (about 11 kB gzip) is loaded only where datasets from elsewhere are read (the worker),
 * with `loadEdtfParser`; plain ISO 8601 values never need it.
 */
import { t } from '../i18n/i18n';
import type { DurationTime, InstantTime, TimePoint } from './timeSchema';
import { CALENDAR_PATTERNS, isRealCalendarValue } from './calendar';

/** The `edtf` package's `parse`: EDTF text in, a plain description of its parts out. */
export type EdtfParse = (text: string) => unknown;

let parser: EdtfParse | null = null;

/** Loads the EDTF parser once; call before validating a dataset that may use EDTF strings. */
export async function loadEdtfParser(): Promise<void> {
  if (parser) return;
  const module = await import('edtf');
  parser = module.parse;
}

/** True when a string has the form of a plain ISO 8601 value, which needs no EDTF parser. */
export function isPlainIsoValue(text: string): boolean {
  return CALENDAR_PATTERNS.ISO_DATE.test(text) || CALENDAR_PATTERNS.ISO_DATE_TIME.test(text);
}

/** A plain ISO 8601 value as an instant, if its day (and clock) exist. */
function plainValue(text: string): EdtfResult<TimePoint> {
  const month = /^\d{4}-(\d{2})$/.exec(text)?.[1];
  if (month !== undefined && Number(month) >= 21 && Number(month) <= 41) {
    return fail(t('check.edtf.season', { value: `"${text}"` }));
  }
  return isRealCalendarValue(text)
    ? { ok: true, value: { at: text } }
    : fail(t('check.value.impossibleMoment'));
}

/** The result of reading EDTF text: the time, or why it cannot be read. */
export type EdtfResult<T> = { ok: true; value: T } | { ok: false; message: string };

interface ParsedDate {
  type: 'Date';
  values: number[];
  timeZone?: string;
  approximate?: unknown;
  uncertain?: unknown;
  unspecified?: unknown;
}

const fail = <T>(message: string): EdtfResult<T> => ({ ok: false, message });

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function isParsedDate(value: unknown): value is ParsedDate {
  const r = record(value);
  return r !== null && r.type === 'Date' && Array.isArray(r.values);
}

/** A qualifier flag: a boolean, or (EDTF level 2, per component) a non-zero bitmask. */
function flagged(value: unknown): boolean {
  if (typeof value === 'number') return value !== 0;
  const r = record(value);
  if (r && typeof r.value === 'number') return r.value !== 0;
  return value === true;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** One EDTF date as the format's point: `{ at: "2022-01-05", approximate: true }`. */
function pointOf(parsed: unknown): EdtfResult<TimePoint> {
  if (!isParsedDate(parsed)) {
    const type = record(parsed)?.type;
    // The parser's kinds (Year, Decade, Century, Season, Interval, List, Set) each have words.
    return fail(
      t('check.edtf.unsupported', { type: typeof type === 'string' ? type.toLowerCase() : '' }),
    );
  }
  if (flagged(parsed.unspecified)) {
    return fail(t('check.edtf.unspecified'));
  }
  const [year, month, day, hours, minutes, seconds] = parsed.values;
  if (year === undefined || year < 0 || year > 9999) {
    return fail(t('check.edtf.year'));
  }
  let value = pad(year, 4);
  if (month !== undefined) value += `-${pad(month + 1, 2)}`;
  if (day !== undefined) value += `-${pad(day, 2)}`;
  if (hours !== undefined) {
    if (parsed.timeZone === undefined) {
      return fail(t('check.edtf.offset'));
    }
    value += `T${pad(hours, 2)}:${pad(minutes ?? 0, 2)}`;
    if (seconds !== undefined) value += `:${pad(seconds, 2)}`;
    value += parsed.timeZone === '+00:00' ? 'Z' : parsed.timeZone;
  }
  const point: TimePoint = { at: value };
  if (flagged(parsed.approximate)) point.approximate = true;
  if (flagged(parsed.uncertain)) point.uncertain = true;
  return { ok: true, value: point };
}

/** A point's `at` as a bound: `{ notBefore: "2022-01-05" }`, keeping its qualifiers. */
function asBound(point: TimePoint, bound: 'notBefore' | 'notAfter'): TimePoint {
  const { at, ...qualifiers } = point;
  return at === undefined ? point : { ...qualifiers, [bound]: at };
}

function parseWith(text: string): EdtfResult<unknown> {
  if (!parser) {
    return fail(t('check.edtf.noParser'));
  }
  try {
    return { ok: true, value: parser(text) };
  } catch {
    return fail(t('check.edtf.unreadable'));
  }
}

function setOf(parsed: Record<string, unknown>): EdtfResult<InstantTime> {
  const values = Array.isArray(parsed.values) ? (parsed.values as unknown[]) : [];
  if (values.length !== 1) {
    return fail(t('check.edtf.set'));
  }
  const only = values[0];
  if (Array.isArray(only)) {
    const [from, to] = only as unknown[];
    const a = pointOf(from);
    if (!a.ok) return a;
    const b = pointOf(to);
    if (!b.ok) return b;
    return {
      ok: true,
      value: { ...asBound(a.value, 'notBefore'), ...asBound(b.value, 'notAfter') },
    };
  }
  const point = pointOf(only);
  if (!point.ok) return point;
  if (parsed.earlier === true) return { ok: true, value: asBound(point.value, 'notAfter') };
  if (parsed.later === true) return { ok: true, value: asBound(point.value, 'notBefore') };
  return { ok: true, value: point.value };
}

function intervalOf(parsed: Record<string, unknown>): EdtfResult<DurationTime> {
  const [from, to] = Array.isArray(parsed.values) ? (parsed.values as unknown[]) : [];
  // An open ("..") or unknown ("") end comes as null, undefined or Infinity: anything not a date.
  const open = (end: unknown) => typeof end !== 'object' || end === null;
  if (open(from)) {
    if (open(to)) return fail(t('check.edtf.intervalEnds'));
    const end = pointOf(to);
    if (!end.ok) return end;
    // Started at a time not known, no later than the end.
    return { ok: true, value: { start: asBound(end.value, 'notAfter'), end: end.value } };
  }
  const start = pointOf(from);
  if (!start.ok) return start;
  if (open(to)) {
    // Still going, or its end is not known: it ends no earlier than it starts.
    return { ok: true, value: { start: start.value, end: asBound(start.value, 'notBefore') } };
  }
  const end = pointOf(to);
  if (!end.ok) return end;
  return { ok: true, value: { start: start.value, end: end.value } };
}

/** An event's time written as one EDTF string. */
export function edtfToTime(text: string): EdtfResult<InstantTime | DurationTime> {
  if (isPlainIsoValue(text)) return plainValue(text);
  const parsed = parseWith(text.trim());
  if (!parsed.ok) return parsed;
  const r = record(parsed.value);
  if (r?.type === 'Set') return setOf(r);
  if (r?.type === 'Interval') return intervalOf(r);
  return pointOf(parsed.value);
}

/** One end of a duration (or an estimate) written as an EDTF string: a date or a one-sided set. */
export function edtfToPoint(text: string): EdtfResult<TimePoint> {
  if (isPlainIsoValue(text)) return plainValue(text);
  const time = edtfToTime(text);
  if (!time.ok) return time;
  if ('start' in time.value) return fail(t('check.edtf.intervalAsEnd'));
  return { ok: true, value: time.value };
}
