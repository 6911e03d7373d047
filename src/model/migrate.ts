/**
 * Documents in older versions of the format, rewritten as the current version before validation.
 *
 * chronicle/1 → chronicle/2: an event's `time` was `{ start, end?, precision, approximate, basis }`
 * with `precision` and `approximate` shared by both ends. Without `end` it becomes an instant
 * `{ at, … }`; with `end`, a duration `{ start: { at }, end: { at } }`. Precision is kept only where
 * it is coarser than the value as written (in chronicle/2 a value's own form gives its precision),
 * and `approximate` only where true. Nothing else changed shape. The meaning is kept exactly: a
 * chronicle/1 `end` said the event lasted, so it stays a duration.
 *
 * The rewrite is lenient: anything it does not recognise is left as it is, for the validator to
 * report.
 */
import { isCoarser, valueGranularity } from './time';
import { isRecord } from './isRecord';
import type { TimePrecision } from './vocabulary';
import { TIME_PRECISIONS } from './vocabulary';

type Json = Record<string, unknown>;

function isPrecision(value: unknown): value is TimePrecision {
  return typeof value === 'string' && (TIME_PRECISIONS as readonly string[]).includes(value);
}

function pointV1(value: unknown, precision: unknown, approximate: unknown): unknown {
  if (typeof value !== 'string') return value;
  const point: Json = { at: value };
  if (isPrecision(precision) && isCoarser(precision, valueGranularity(value))) {
    point.precision = precision;
  }
  if (approximate === true) point.approximate = true;
  return point;
}

function timeV1(time: unknown): unknown {
  if (!isRecord(time) || !('start' in time)) return time;
  const { start, end, precision, approximate, basis, ...rest } = time;
  const common: Json = { ...rest };
  if (basis !== undefined) common.basis = basis;
  if (end === undefined) {
    const point = pointV1(start, precision, approximate);
    return isRecord(point) ? { ...point, ...common } : { at: start, ...common };
  }
  return {
    start: pointV1(start, precision, approximate),
    end: pointV1(end, precision, approximate),
    ...common,
  };
}

/** The format version a document says it is in, if it says. */
export function documentFormat(input: unknown): string | undefined {
  return isRecord(input) && typeof input.format === 'string' ? input.format : undefined;
}

/** A chronicle/1 document as chronicle/2; any other input is returned as it is. */
export function migrateDocument(input: unknown): unknown {
  if (!isRecord(input) || input.format !== 'chronicle/1') return input;
  const events = Array.isArray(input.events)
    ? input.events.map((event: unknown) =>
        isRecord(event) && 'time' in event ? { ...event, time: timeV1(event.time) } : event,
      )
    : input.events;
  return { ...input, format: 'chronicle/2', events };
}
