/**
 * Checks inside each event of a shape-valid dataset that need calendar arithmetic: bounds the right
 * way round, an estimate inside its bounds, an end not before its start, a precision no finer than
 * the values written, `after` not contradicting the times; and casualty ranges the right way round,
 * no category listed twice.
 */
import type { ChronicleEvent, Dataset, TimePoint } from './schema';
import {
  eventTiming,
  isCoarser,
  isDuration,
  pointBounds,
  valueGranularity,
  valueSpan,
  valuePrecision,
  type EventTiming,
} from './time';
import { WHOLE_DOCUMENT, type CheckScope, type ValidationProblem } from './validationProblem';
import { formatPath, quote } from './validationMessages';

type Path = (string | number)[];

const POINT_VALUES = ['at', 'notBefore', 'notAfter', 'estimate'] as const;

/**
 * Problems within one point: precision finer than a value, bounds or estimate out of order. `who`
 * is the point in words ("its start: "), or "" for an instant's own.
 */
function pointProblems(
  point: TimePoint,
  at: Path,
  who: string,
  timeZone: string,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const name of POINT_VALUES) {
    const value = point[name];
    if (value === undefined || point.precision === undefined) continue;
    const granularity = valueGranularity(value);
    if (!isCoarser(granularity, point.precision)) continue;
    problems.push({
      path: formatPath([...at, 'precision']),
      message: `${who === '' ? 'its time' : who.replace(/: $/, '')} has precision ${quote(point.precision)}, finer than its ${name} ${quote(value)}, which names a whole ${granularity}; use precision ${quote(granularity)} (or coarser), or write the ${name} in more detail`,
    });
  }
  if (problems.length > 0) return problems;
  const span = (value: string) => valueSpan(value, timeZone, valuePrecision(point, value));
  if (point.notBefore !== undefined && point.notAfter !== undefined) {
    if (span(point.notAfter).end <= span(point.notBefore).start) {
      problems.push({
        path: formatPath([...at, 'notAfter']),
        message: `${who}notAfter ${quote(point.notAfter)} is before notBefore ${quote(point.notBefore)} (in ${timeZone})`,
      });
      return problems;
    }
  }
  if (point.estimate !== undefined) {
    const bounds = pointBounds(point, timeZone);
    const estimate = span(point.estimate);
    if (estimate.start < bounds.earliest || estimate.end > bounds.latest) {
      problems.push({
        path: formatPath([...at, 'estimate']),
        message: `${who}estimate ${quote(point.estimate)} lies outside its bounds${point.notBefore === undefined ? '' : ` (not before ${quote(point.notBefore)}`}${point.notAfter === undefined ? '' : `${point.notBefore === undefined ? ' (' : ', '}not after ${quote(point.notAfter)}`})`,
      });
    }
  }
  return problems;
}

function timeProblems(event: ChronicleEvent, e: number, timeZone: string): ValidationProblem[] {
  const { time } = event;
  const at: Path = ['events', e, 'time'];
  if (!isDuration(time)) return pointProblems(time, at, '', timeZone);
  const problems = [
    ...pointProblems(time.start, [...at, 'start'], 'its start: ', timeZone),
    ...pointProblems(time.end, [...at, 'end'], 'its end: ', timeZone),
  ];
  if (problems.length > 0) return problems;
  const start = pointBounds(time.start, timeZone);
  const end = pointBounds(time.end, timeZone);
  if (end.latest <= start.earliest) {
    problems.push({
      path: formatPath([...at, 'end']),
      message: `ends before it starts: its end (${describePoint(time.end)}) is before its start (${describePoint(time.start)}) (in ${timeZone})`,
    });
  } else if (end.estimate.end <= start.estimate.start) {
    problems.push({
      path: formatPath([...at, 'end']),
      message: `the best estimate of its end (${describePoint(time.end)}) is before that of its start (${describePoint(time.start)})`,
    });
  }
  return problems;
}

/** A point as written, for messages: `"2022-01-05"`, `not after "2022-01-06"`. */
function describePoint(point: TimePoint): string {
  if (point.at !== undefined) return quote(point.at);
  const parts: string[] = [];
  if (point.notBefore !== undefined) parts.push(`not before ${quote(point.notBefore)}`);
  if (point.notAfter !== undefined) parts.push(`not after ${quote(point.notAfter)}`);
  return parts.join(', ');
}

/** Where an event's `after` is contradicted by the times themselves. */
function orderProblems(dataset: Dataset, scope: CheckScope): ValidationProblem[] {
  const timings = new Map<ChronicleEvent, EventTiming>();
  const timingOf = (event: ChronicleEvent) => {
    let timing = timings.get(event);
    if (!timing) {
      timing = eventTiming(event.time, dataset.timeZone);
      timings.set(event, timing);
    }
    return timing;
  };
  const events = new Map(dataset.events.map((event) => [event.id, event]));
  const problems: ValidationProblem[] = [];
  dataset.events.forEach((event, e) => {
    event.after?.forEach((id, a) => {
      const earlier = events.get(id);
      if (!earlier || earlier === event) return;
      const mine = latestOf(timingOf(event));
      const theirs = earliestOf(timingOf(earlier));
      if (mine <= theirs) {
        problems.push({
          path: formatPath(['events', scope.position('events', e), 'after', a]),
          message: `is said to come after ${quote(id)}, but by their times it is over before ${quote(id)} can have begun`,
        });
      }
    });
  });
  return problems;
}

const earliestOf = (t: EventTiming) => (t.kind === 'instant' ? t.point.earliest : t.start.earliest);
const latestOf = (t: EventTiming) => (t.kind === 'instant' ? t.point.latest : t.end.latest);

function casualtyProblems(event: ChronicleEvent, e: number): ValidationProblem[] {
  return event.casualties.flatMap((casualty, c) => {
    const { min, max } = casualty.count;
    if (max === null || max >= min) return [];
    return [
      {
        path: formatPath(['events', e, 'casualties', c, 'count', 'max']),
        message: `inverted range: max ${max} is less than min ${min}`,
      },
    ];
  });
}

function categoryProblems(event: ChronicleEvent, e: number): ValidationProblem[] {
  const first = new Map<string, number>();
  const problems: ValidationProblem[] = [];
  event.categories.forEach((category, c) => {
    const earlier = first.get(category);
    if (earlier === undefined) {
      first.set(category, c);
      return;
    }
    problems.push({
      path: formatPath(['events', e, 'categories', c]),
      message: `category ${quote(category)} is listed twice (also at categories[${earlier}])`,
    });
  });
  return problems;
}

/**
 * Problems inside events: times, `after` against the times, casualty ranges, repeated categories.
 * They do not name the event: the validator puts its name first.
 */
export function eventProblems(
  dataset: Dataset,
  scope: CheckScope = WHOLE_DOCUMENT,
): ValidationProblem[] {
  return [
    ...dataset.events.flatMap((event, index) => {
      const e = scope.position('events', index);
      return [
        ...timeProblems(event, e, dataset.timeZone),
        ...casualtyProblems(event, e),
        ...categoryProblems(event, e),
      ];
    }),
    ...orderProblems(dataset, scope),
  ];
}
