/**
 * The one module that turns the format's times into epoch milliseconds and compares them.
 *
 * The model follows EDTF (ISO 8601-2): a written value ("2022-01-05", "2022-01", "1991",
 * "2022-01-05T15:00+06:00") covers one unit of its precision — a whole day, month or year in the
 * dataset's time zone, or the minute (hour) of a date-time. A *point* is a moment known to that
 * unit (`at`), or known only within bounds (`notBefore` … `notAfter`, either side may be open) with
 * a best estimate. An *instant* event happened at one point; a *duration* lasted from one point to
 * another. Spans are half-open: [start, end). Open bounds are ±Infinity.
 *
 * Nothing else in the app compares raw date strings: order, filters, layout and counts all go
 * through `eventTiming` and the functions below.
 */
import type { DurationTime, EventTime, TimePoint } from './timeSchema';
import type { TimePrecision } from './vocabulary';
import { addZoned, startOfZoned, zonedTime } from './zonedCalendar';

/** A half-open interval of epoch milliseconds. */
export interface TimeSpan {
  start: number;
  end: number;
}

const DATE_PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The finest precision a written value supports: "2022" a year, "2022-01" a month, and so on. */
export function valueGranularity(value: string): TimePrecision {
  // Called for every value of every event: the length picks the one pattern worth testing.
  if (value.length === 10) return DAY.test(value) ? 'day' : 'minute';
  if (value.length === 4) return YEAR.test(value) ? 'year' : 'minute';
  if (value.length === 7) return MONTH.test(value) ? 'month' : 'minute';
  return 'minute';
}

const PRECISION_RANK: Record<TimePrecision, number> = {
  minute: 0,
  hour: 1,
  day: 2,
  month: 3,
  year: 4,
};

/** True when precision `a` is coarser than `b` ("month" than "day"). */
export function isCoarser(a: TimePrecision, b: TimePrecision): boolean {
  return PRECISION_RANK[a] > PRECISION_RANK[b];
}

/** The coarser of two precisions. */
export function coarserOf(a: TimePrecision, b: TimePrecision): TimePrecision {
  return isCoarser(a, b) ? a : b;
}

/**
 * The span one written value covers at `precision` (default: as written). A date is its whole day,
 * month or year in `timeZone`; a date-time is the minute (or hour) from its own clock reading, or,
 * at day precision or coarser, the zone's day, month or year that holds it.
 */
export function valueSpan(value: string, timeZone: string, precision?: TimePrecision): TimeSpan {
  const unit = precision ?? valueGranularity(value);
  const parts = DATE_PARTS.exec(value);
  let start: number;
  if (parts) {
    const [, y, mo, d] = parts;
    start = zonedTime(timeZone, Number(y), mo === undefined ? 0 : Number(mo) - 1, Number(d ?? 1));
  } else {
    start = Date.parse(value);
  }
  if (unit === 'year' || unit === 'month' || (unit === 'day' && !parts)) {
    start = startOfZoned(start, unit, timeZone);
  }
  return { start, end: addZoned(start, unit, 1, timeZone) };
}

/** The span of a written value at a precision; `valueSpan` in one zone, perhaps remembered. */
export type ValueSpan = (value: string, precision: TimePrecision) => TimeSpan;

/**
 * `valueSpan` in `timeZone`, remembering the spans of values that need the zone's calendar (dates,
 * and date-times read to the day or coarser), which are slow to compute and shared by many events.
 * Date-times read to the minute or hour are quick and seldom shared, so they are not kept.
 */
export function cachedValueSpan(timeZone: string): ValueSpan {
  const spans = new Map<string, TimeSpan>();
  return (value, precision) => {
    if ((precision === 'minute' || precision === 'hour') && value.includes('T')) {
      const start = Date.parse(value);
      return { start, end: start + (precision === 'minute' ? 60_000 : 3_600_000) };
    }
    const key = `${precision} ${value}`;
    let span = spans.get(key);
    if (!span) {
      span = valueSpan(value, timeZone, precision);
      spans.set(key, span);
    }
    return span;
  };
}

/** A point resolved: where it may lie, and the unit of its best estimate. */
export interface PointBounds {
  /** The earliest moment it may be; -Infinity when not bounded below. */
  earliest: number;
  /** The end of the latest moment it may be (exclusive); +Infinity when not bounded above. */
  latest: number;
  /** The unit of the best estimate: the `at` value, or the estimate within the bounds. */
  estimate: TimeSpan;
  /** True when given with `at`: known to its precision, with no wider bounds. */
  known: boolean;
  /** The precision of the estimate. */
  precision: TimePrecision;
  approximate: boolean;
  uncertain: boolean;
}

/** The value that stands for a point: `at`, else the estimate, else `notAfter`, else `notBefore`. */
export function estimateValue(point: TimePoint): string {
  return point.at ?? point.estimate ?? point.notAfter ?? point.notBefore ?? '';
}

/** The precision a value of the point is read at: its own `precision`, else as written. */
export function valuePrecision(point: TimePoint, value: string): TimePrecision {
  const written = valueGranularity(value);
  return point.precision !== undefined && isCoarser(point.precision, written)
    ? point.precision
    : written;
}

/**
 * A point given with `at`: it lies within its estimate's unit, so its bounds are read from the
 * estimate rather than kept beside it. Two numbers kept twice in every such point were 2.7 MB at
 * 100,000 generated events (heap snapshot, 3 December 2026), and this runs for every point of
 * every event.
 */
class KnownPoint implements PointBounds {
  constructor(
    readonly estimate: TimeSpan,
    readonly precision: TimePrecision,
    readonly approximate: boolean,
    readonly uncertain: boolean,
  ) {}
  get earliest(): number {
    return this.estimate.start;
  }
  get latest(): number {
    return this.estimate.end;
  }
  get known(): boolean {
    return true;
  }
  /**
   * A known point is also the timing of an instant at it (`eventTiming`), so that an instant
   * given with `at`, most events, needs no object around its point: one per event was 2 MB at
   * 100,000 ACLED rows (heap snapshot, 3 December 2026).
   */
  get kind(): 'instant' {
    return 'instant';
  }
  get point(): PointBounds {
    return this;
  }
}

/** Resolves a point in `timeZone` (with `spanOf`, a remembering `cachedValueSpan`, when many). */
export function pointBounds(
  point: TimePoint,
  timeZone: string,
  spanOf: ValueSpan = (value, precision) => valueSpan(value, timeZone, precision),
): PointBounds {
  const estimateText = estimateValue(point);
  const precision = valuePrecision(point, estimateText);
  const estimate = spanOf(estimateText, precision);
  const approximate = point.approximate === true;
  const uncertain = point.uncertain === true;
  if (point.at !== undefined) return new KnownPoint(estimate, precision, approximate, uncertain);
  const { notBefore, notAfter } = point;
  // An object literal of one shape, without spreads.
  return {
    earliest:
      notBefore === undefined
        ? -Infinity
        : spanOf(notBefore, valuePrecision(point, notBefore)).start,
    latest:
      notAfter === undefined ? Infinity : spanOf(notAfter, valuePrecision(point, notAfter)).end,
    estimate,
    known: false,
    precision,
    approximate,
    uncertain,
  };
}

/** True for an event that lasted (`start` … `end`), false for one at a single moment. */
export function isDuration(time: EventTime): time is DurationTime {
  return 'start' in time;
}

/** An event's time resolved to milliseconds. */
export type EventTiming =
  | { kind: 'instant'; point: PointBounds }
  | { kind: 'duration'; start: PointBounds; end: PointBounds };

/** Resolves an event's time in the dataset's time zone. */
export function eventTiming(time: EventTime, timeZone: string, spanOf?: ValueSpan): EventTiming {
  if (isDuration(time)) {
    return {
      kind: 'duration',
      start: pointBounds(time.start, timeZone, spanOf),
      end: pointBounds(time.end, timeZone, spanOf),
    };
  }
  const point = pointBounds(time, timeZone, spanOf);
  return point instanceof KnownPoint ? point : { kind: 'instant', point };
}

/**
 * Where the event is drawn at its best estimate: the estimate's unit for an instant ("the day of
 * 6 January"), from the start's estimate to the end's for a duration.
 */
export function timingBody(timing: EventTiming): TimeSpan {
  if (timing.kind === 'instant') return timing.point.estimate;
  const start = timing.start.estimate.start;
  return { start, end: Math.max(timing.end.estimate.end, timing.start.estimate.end) };
}

/** Every moment the event may touch: from its earliest possible start to its latest possible end. */
export function timingPossible(timing: EventTiming): TimeSpan {
  if (timing.kind === 'instant') return { start: timing.point.earliest, end: timing.point.latest };
  return { start: timing.start.earliest, end: timing.end.latest };
}

/** True when the event's time is known to its precision, with no wider bounds anywhere. */
export function isKnown(timing: EventTiming): boolean {
  return timing.kind === 'instant' ? timing.point.known : timing.start.known && timing.end.known;
}

/** How an event relates to a span of time: certainly in it, perhaps in it, or not. */
export type Overlap = 'certain' | 'possible' | 'none';

/**
 * Whether the event falls in `range`. An instant certainly does when every moment it may be lies
 * in the range, and possibly does when some does. A duration certainly does when it was going on at
 * some moment of the range whatever its uncertain ends turn out to be (it started, at the latest,
 * by the end of the range and ended, at the earliest, at or after its beginning: a duration that
 * starts or ends on a day touches that day), and possibly does when it may have been.
 */
export function overlapWith(timing: EventTiming, range: TimeSpan): Overlap {
  // The possible span read in place, not as `timingPossible`'s new object: the time range's
  // histogram asks this of every event for every day it touches (0.2 s of a first render at
  // 500,000 rows of an ACLED export, most of it here).
  const instant = timing.kind === 'instant';
  const earliest = instant ? timing.point.earliest : timing.start.earliest;
  const latest = instant ? timing.point.latest : timing.end.latest;
  if (!(earliest < range.end && latest > range.start)) return 'none';
  const certain =
    timing.kind === 'instant'
      ? timing.point.earliest >= range.start && timing.point.latest <= range.end
      : timing.start.latest <= range.end && timing.end.earliest >= range.start;
  return certain ? 'certain' : 'possible';
}
