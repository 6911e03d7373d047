/**
 * Reading an event's time as written into the one form the app works with (`timeSchema.ts`): an
 * instant `{ at }` or `{ notBefore, notAfter, estimate }`, or a duration `{ start, end }`.
 *
 * Written forms: one EDTF / ISO 8601 string ("2022-01-05", "[..2022-01-06]",
 * "2022-01-05/2022-01-19"); `{ edtf, basis }`; an instant object; or `{ start, end }` whose ends
 * are strings or point objects, with `precision`, `approximate` and `uncertain` beside them applying
 * to both ends. Checks that need calendar arithmetic (bounds in order, end after start) come later,
 * in `eventChecks.ts`.
 */
import { intlLocale, t } from '../i18n/i18n';
import { edtfToPoint, edtfToTime, type EdtfResult } from './edtf';
import type { EventTime, InstantTime, TimePoint } from './timeSchema';
import type { TimePrecision } from './vocabulary';

/** Where in the time object a problem is, and what. */
export interface TimeInputProblem {
  path: (string | number)[];
  message: string;
}

/** The fields a time object may be written with (the schema has checked their types). */
export interface TimeObjectFields {
  at?: string | undefined;
  notBefore?: string | undefined;
  notAfter?: string | undefined;
  estimate?: string | undefined;
  precision?: TimePrecision | undefined;
  approximate?: boolean | undefined;
  uncertain?: boolean | undefined;
  start?: string | TimePoint | undefined;
  end?: string | TimePoint | undefined;
  edtf?: string | undefined;
  basis?: string | undefined;
}

/** A time (or part of one) read, or the problems that stopped it. */
type Read<T> = { ok: true; value: T } | { ok: false; problems: TimeInputProblem[] };

const POINT_FIELDS = ['at', 'notBefore', 'notAfter', 'estimate'] as const;
const QUALIFIERS = ['precision', 'approximate', 'uncertain'] as const;

/** Problems with which of a point's fields are given together. */
function pointShapeProblems(point: TimePoint, path: (string | number)[]): TimeInputProblem[] {
  const bounded = point.notBefore !== undefined || point.notAfter !== undefined;
  if (point.at !== undefined && bounded) {
    return [
      {
        path,
        message: t('check.time.atAndBounds'),
      },
    ];
  }
  if (point.at === undefined && !bounded) {
    return [
      {
        path,
        message:
          point.estimate === undefined
            ? t('check.time.noValue')
            : t('check.time.estimateNeedsBounds'),
      },
    ];
  }
  if (point.at !== undefined && point.estimate !== undefined) {
    return [{ path: [...path, 'estimate'], message: t('check.time.estimateWithAt') }];
  }
  return [];
}

/** A point without the fields left undefined, so the result reads as it would be written. */
function compactPoint(point: TimeObjectFields): TimePoint {
  const result: TimePoint = {};
  for (const key of POINT_FIELDS) if (point[key] !== undefined) result[key] = point[key];
  if (point.precision !== undefined) result.precision = point.precision;
  if (point.approximate === true) result.approximate = true;
  if (point.uncertain === true) result.uncertain = true;
  return result;
}

function withBasis<T extends EventTime>(time: T, basis: string | undefined): T {
  return basis === undefined ? time : { ...time, basis };
}

function fromEdtf<T>(result: EdtfResult<T>, path: (string | number)[]): Read<T> {
  return result.ok ? result : { ok: false, problems: [{ path, message: result.message }] };
}

/** One end of a duration as written, with the qualifiers written beside `start` and `end`. */
function durationEnd(
  written: string | TimePoint | undefined,
  name: 'start' | 'end',
  shared: TimeObjectFields,
): { point: TimePoint } | { problems: TimeInputProblem[] } {
  if (written === undefined) {
    return {
      problems: [
        {
          path: [name],
          message:
            name === 'end'
              ? t('check.time.durationNeedsEnd', { example: '"end": { "notBefore": … }' })
              : t('check.time.durationNeedsStart', { example: '"start": { "notAfter": … }' }),
        },
      ],
    };
  }
  const parsed: Read<TimePoint> =
    typeof written === 'string'
      ? fromEdtf(edtfToPoint(written), [name])
      : { ok: true, value: written };
  if (!parsed.ok) return { problems: parsed.problems };
  const point: TimePoint = { ...parsed.value };
  for (const key of QUALIFIERS) {
    if (point[key] === undefined && shared[key] !== undefined) {
      Object.assign(point, { [key]: shared[key] });
    }
  }
  const problems = pointShapeProblems(point, [name]);
  return problems.length > 0 ? { problems } : { point: compactPoint(point) };
}

function durationOf(input: TimeObjectFields): Read<EventTime> {
  const misplaced = POINT_FIELDS.filter((key) => input[key] !== undefined);
  if (misplaced.length > 0) {
    return {
      ok: false,
      problems: misplaced.map((key) => ({
        path: [key],
        message: t('check.time.misplaced', { field: `"${key}"` }),
      })),
    };
  }
  const start = durationEnd(input.start, 'start', input);
  const end = durationEnd(input.end, 'end', input);
  const problems = [
    ...('problems' in start ? start.problems : []),
    ...('problems' in end ? end.problems : []),
  ];
  if ('point' in start && 'point' in end && problems.length === 0) {
    return { ok: true, value: withBasis({ start: start.point, end: end.point }, input.basis) };
  }
  return { ok: false, problems };
}

/** An event's time as written (a string, or an object the schema has shape-checked), read. */
export function normalizeTime(input: string | TimeObjectFields): Read<EventTime> {
  if (typeof input === 'string') return fromEdtf(edtfToTime(input), []);
  if (input.edtf !== undefined) {
    const others = Object.keys(input).filter(
      (key) =>
        key !== 'edtf' && key !== 'basis' && input[key as keyof TimeObjectFields] !== undefined,
    );
    if (others.length > 0) {
      return {
        ok: false,
        problems: [
          {
            path: ['edtf'],
            message: t('check.time.edtfAlone', {
              fields: new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(
                others.map((k) => `"${k}"`),
              ),
            }),
          },
        ],
      };
    }
    const time = fromEdtf(edtfToTime(input.edtf), ['edtf']);
    return time.ok ? { ok: true, value: withBasis(time.value, input.basis) } : time;
  }
  if (input.start !== undefined || input.end !== undefined) return durationOf(input);
  const problems = pointShapeProblems(input, []);
  if (problems.length > 0) return { ok: false, problems };
  const instant: InstantTime = compactPoint(input);
  return { ok: true, value: withBasis(instant, input.basis) };
}
