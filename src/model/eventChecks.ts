/**
 * Checks inside each event of a shape-valid dataset that need calendar arithmetic: bounds the right
 * way round, an estimate inside its bounds, an end not before its start, a precision no finer than
 * the values written, `after` not contradicting the times; and casualty ranges the right way round,
 * no category listed twice. For every figure (an event's or a claim's): a retracted one says when it
 * was withdrawn, not before it was posted, and only a retracted one is withdrawn. For claims: their
 * times pass the same checks as events', and a claim that restates one figure points at a figure
 * the event has and gives exactly one.
 */
import type { Casualty, ChronicleEvent, Claim, Dataset, EventTime, TimePoint } from './schema';
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

/** Problems in one time; `who` is put before each message ("" for an event's, the validator names it). */
function timeProblems(
  time: EventTime,
  at: Path,
  who: string,
  timeZone: string,
): ValidationProblem[] {
  if (!isDuration(time)) return pointProblems(time, at, who, timeZone);
  const problems = [
    ...pointProblems(time.start, [...at, 'start'], `${who}its start: `, timeZone),
    ...pointProblems(time.end, [...at, 'end'], `${who}its end: `, timeZone),
  ];
  if (problems.length > 0) return problems;
  const start = pointBounds(time.start, timeZone);
  const end = pointBounds(time.end, timeZone);
  if (end.latest <= start.earliest) {
    problems.push({
      path: formatPath([...at, 'end']),
      message: `${who}ends before it starts: its end (${describePoint(time.end)}) is before its start (${describePoint(time.start)}) (in ${timeZone})`,
    });
  } else if (end.estimate.end <= start.estimate.start) {
    problems.push({
      path: formatPath([...at, 'end']),
      message: `${who}the best estimate of its end (${describePoint(time.end)}) is before that of its start (${describePoint(time.start)})`,
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

function casualtyProblems(
  casualties: readonly Casualty[],
  at: Path,
  who: string,
  timeZone: string,
): ValidationProblem[] {
  return casualties.flatMap((casualty, c) => {
    const problems: ValidationProblem[] = [];
    const { min, max } = casualty.count;
    if (max !== null && max < min) {
      problems.push({
        path: formatPath([...at, c, 'count', 'max']),
        message: `inverted range${who}: max ${max} is less than min ${min}`,
      });
    }
    problems.push(...withdrawalProblems(casualty, [...at, c], who, timeZone));
    return problems;
  });
}

/** A retracted figure says when it was withdrawn, not before it was posted; only it is withdrawn. */
function withdrawalProblems(
  casualty: Casualty,
  at: Path,
  who: string,
  timeZone: string,
): ValidationProblem[] {
  const figure = `the figure "${casualty.count.text}"${who}`;
  const { status, withdrawn } = casualty;
  if (status === 'retracted' && withdrawn === undefined) {
    return [
      {
        path: formatPath([...at, 'withdrawn']),
        message: `${figure} is retracted but does not say when it was withdrawn; give "withdrawn": { "at": … } later than its asOf ${quote(casualty.asOf)}`,
      },
    ];
  }
  if (withdrawn === undefined) return [];
  if (status !== 'retracted') {
    return [
      {
        path: formatPath([...at, 'status']),
        message: `${figure} has a withdrawal but its status is ${status === undefined ? 'not given' : quote(status)}; a withdrawn figure has status "retracted"`,
      },
    ];
  }
  // Withdrawn certainly before it was posted: the latest moment of the one ends before the other begins.
  if (valueSpan(withdrawn.at, timeZone).end <= valueSpan(casualty.asOf, timeZone).start) {
    return [
      {
        path: formatPath([...at, 'withdrawn', 'at']),
        message: `${figure} is withdrawn at ${quote(withdrawn.at)}, before its asOf ${quote(casualty.asOf)}; a figure is withdrawn after it was posted`,
      },
    ];
  }
  return [];
}

/** A claim's time, its figures, and the one figure it restates. */
function claimProblems(dataset: Dataset): ValidationProblem[] {
  const events = new Map(dataset.events.map((event) => [event.id, event]));
  return (dataset.claims ?? []).flatMap((claim: Claim, k) => {
    const who = `claim ${quote(claim.id)}`;
    const problems: ValidationProblem[] = [];
    if (claim.time !== undefined) {
      problems.push(
        ...timeProblems(claim.time, ['claims', k, 'time'], `${who}: `, dataset.timeZone),
      );
    }
    const casualties = claim.casualties ?? [];
    problems.push(
      ...casualtyProblems(casualties, ['claims', k, 'casualties'], ` in ${who}`, dataset.timeZone),
    );
    if (claim.figure === undefined) return problems;
    const event = events.get(claim.event);
    if (event !== undefined && claim.figure >= event.casualties.length) {
      problems.push({
        path: formatPath(['claims', k, 'figure']),
        message: `${who} restates figure ${claim.figure} of event ${quote(claim.event)}, which has ${event.casualties.length === 0 ? 'no figures' : `figures 0 to ${event.casualties.length - 1}`}`,
      });
    }
    if (casualties.length !== 1) {
      problems.push({
        path: formatPath(['claims', k, 'casualties']),
        message: `${who} restates one figure ("figure": ${claim.figure}), so it gives exactly one in "casualties", not ${casualties.length}`,
      });
    }
    return problems;
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
/**
 * Problems inside events and claims: times, `after` against the times, casualty ranges and
 * withdrawals, repeated categories, restated figures. Problems inside an event do not name the
 * event: the validator puts its name first.
 */
export function eventProblems(
  dataset: Dataset,
  scope: CheckScope = WHOLE_DOCUMENT,
): ValidationProblem[] {
  return [
    ...dataset.events.flatMap((event, index) => {
      const e = scope.position('events', index);
      return [
        ...timeProblems(event.time, ['events', e, 'time'], '', dataset.timeZone),
        ...casualtyProblems(event.casualties, ['events', e, 'casualties'], '', dataset.timeZone),
        ...categoryProblems(event, e),
      ];
    }),
    ...orderProblems(dataset, scope),
    ...claimProblems(dataset),
  ];
}
