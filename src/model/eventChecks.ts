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
import { t } from '../i18n/i18n';
import { WHOLE_DOCUMENT, type CheckScope, type ValidationProblem } from './validationProblem';
import { formatPath, quote } from './validationMessages';

type Path = (string | number)[];

/** Which point of a time a message is about: a duration's start or end, or an instant's own. */
type PointPart = 'start' | 'end' | 'time';

const POINT_VALUES = ['at', 'notBefore', 'notAfter', 'estimate'] as const;

/**
 * Problems within one point: precision finer than a value, bounds or estimate out of order. `part`
 * says which point it is, for the message ("its start: ", nothing for an instant's own).
 */
function pointProblems(
  point: TimePoint,
  at: Path,
  part: PointPart,
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
      message: t('check.precisionFiner', {
        part,
        precision: quote(point.precision),
        field: name,
        value: quote(value),
        granularity,
        suggested: quote(granularity),
      }),
    });
  }
  if (problems.length > 0) return problems;
  const span = (value: string) => valueSpan(value, timeZone, valuePrecision(point, value));
  if (point.notBefore !== undefined && point.notAfter !== undefined) {
    if (span(point.notAfter).end <= span(point.notBefore).start) {
      problems.push({
        path: formatPath([...at, 'notAfter']),
        message: t('check.notAfterBeforeNotBefore', {
          part,
          notAfter: quote(point.notAfter),
          notBefore: quote(point.notBefore),
          zone: timeZone,
        }),
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
        message: t('check.estimateOutsideBounds', {
          part,
          estimate: quote(point.estimate),
          bounds: describePoint(point),
        }),
      });
    }
  }
  return problems;
}

/** Problems in one time, not naming what it is the time of (an event's: the validator names it). */
function timeProblems(time: EventTime, at: Path, timeZone: string): ValidationProblem[] {
  if (!isDuration(time)) return pointProblems(time, at, 'time', timeZone);
  const problems = [
    ...pointProblems(time.start, [...at, 'start'], 'start', timeZone),
    ...pointProblems(time.end, [...at, 'end'], 'end', timeZone),
  ];
  if (problems.length > 0) return problems;
  const start = pointBounds(time.start, timeZone);
  const end = pointBounds(time.end, timeZone);
  if (end.latest <= start.earliest) {
    problems.push({
      path: formatPath([...at, 'end']),
      message: t('check.endBeforeStart', {
        end: describePoint(time.end),
        start: describePoint(time.start),
        zone: timeZone,
      }),
    });
  } else if (end.estimate.end <= start.estimate.start) {
    problems.push({
      path: formatPath([...at, 'end']),
      message: t('check.endEstimateBeforeStart', {
        end: describePoint(time.end),
        start: describePoint(time.start),
      }),
    });
  }
  return problems;
}

/** A point as written, for messages: `"2022-01-05"`, `not after "2022-01-06"`. */
function describePoint(point: TimePoint): string {
  if (point.at !== undefined) return quote(point.at);
  const { notBefore, notAfter } = point;
  if (notBefore !== undefined && notAfter !== undefined) {
    return t('check.point.bounds', { notBefore: quote(notBefore), notAfter: quote(notAfter) });
  }
  if (notBefore !== undefined) return t('check.point.notBefore', { notBefore: quote(notBefore) });
  if (notAfter !== undefined) return t('check.point.notAfter', { notAfter: quote(notAfter) });
  return '';
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
          message: t('check.afterContradicted', { id: quote(id) }),
        });
      }
    });
  });
  return problems;
}

const earliestOf = (t: EventTiming) => (t.kind === 'instant' ? t.point.earliest : t.start.earliest);
const latestOf = (t: EventTiming) => (t.kind === 'instant' ? t.point.latest : t.end.latest);

/** Problems in a list of figures; `claim` is the quoted id of the claim that gives them, if one does. */
function casualtyProblems(
  casualties: readonly Casualty[],
  at: Path,
  claim: string | undefined,
  timeZone: string,
): ValidationProblem[] {
  return casualties.flatMap((casualty, c) => {
    const problems: ValidationProblem[] = [];
    const { min, max } = casualty.count;
    if (max !== null && max < min) {
      problems.push({
        path: formatPath([...at, c, 'count', 'max']),
        message:
          claim === undefined
            ? t('check.invertedRange', { max, min })
            : t('check.invertedRangeInClaim', { max, min, claim }),
      });
    }
    problems.push(...withdrawalProblems(casualty, [...at, c], claim, timeZone));
    return problems;
  });
}

/** A retracted figure says when it was withdrawn, not before it was posted; only it is withdrawn. */
function withdrawalProblems(
  casualty: Casualty,
  at: Path,
  claim: string | undefined,
  timeZone: string,
): ValidationProblem[] {
  // Worded only when there is a problem: most figures have none, and a dataset has many.
  const figure = () => {
    const text = quote(casualty.count.text);
    return claim === undefined
      ? t('check.figure', { text })
      : t('check.figureInClaim', { text, claim });
  };
  const { status, withdrawn } = casualty;
  if (status === 'retracted' && withdrawn === undefined) {
    return [
      {
        path: formatPath([...at, 'withdrawn']),
        message: t('check.retractedWithoutWithdrawal', {
          figure: figure(),
          example: '"withdrawn": { "at": … }',
          asOf: quote(casualty.asOf),
        }),
      },
    ];
  }
  if (withdrawn === undefined) return [];
  if (status !== 'retracted') {
    return [
      {
        path: formatPath([...at, 'status']),
        message: t('check.withdrawnNotRetracted', {
          figure: figure(),
          status: status === undefined ? t('check.statusNotGiven') : quote(status),
        }),
      },
    ];
  }
  // Withdrawn certainly before it was posted: the latest moment of the one ends before the other begins.
  if (valueSpan(withdrawn.at, timeZone).end <= valueSpan(casualty.asOf, timeZone).start) {
    return [
      {
        path: formatPath([...at, 'withdrawn', 'at']),
        message: t('check.withdrawnBeforePosted', {
          figure: figure(),
          at: quote(withdrawn.at),
          asOf: quote(casualty.asOf),
        }),
      },
    ];
  }
  return [];
}

/** A claim's time, its figures, and the one figure it restates. */
function claimProblems(dataset: Dataset): ValidationProblem[] {
  const events = new Map(dataset.events.map((event) => [event.id, event]));
  return (dataset.claims ?? []).flatMap((claim: Claim, k) => {
    const who = quote(claim.id);
    const problems: ValidationProblem[] = [];
    if (claim.time !== undefined) {
      problems.push(
        ...timeProblems(claim.time, ['claims', k, 'time'], dataset.timeZone).map((problem) => ({
          ...problem,
          message: t('check.inClaim', { claim: who, message: problem.message }),
        })),
      );
    }
    const casualties = claim.casualties ?? [];
    problems.push(
      ...casualtyProblems(casualties, ['claims', k, 'casualties'], who, dataset.timeZone),
    );
    if (claim.figure === undefined) return problems;
    const event = events.get(claim.event);
    if (event !== undefined && claim.figure >= event.casualties.length) {
      problems.push({
        path: formatPath(['claims', k, 'figure']),
        message: t('check.claimFigureMissing', {
          claim: who,
          figure: String(claim.figure),
          event: quote(claim.event),
          count: event.casualties.length,
          last: String(event.casualties.length - 1),
        }),
      });
    }
    if (casualties.length !== 1) {
      problems.push({
        path: formatPath(['claims', k, 'casualties']),
        message: t('check.claimFigureCount', {
          claim: who,
          figure: String(claim.figure),
          count: casualties.length,
        }),
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
      message: t('check.categoryTwice', { category: quote(category), first: String(earlier) }),
    });
  });
  return problems;
}

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
        ...timeProblems(event.time, ['events', e, 'time'], dataset.timeZone),
        ...casualtyProblems(
          event.casualties,
          ['events', e, 'casualties'],
          undefined,
          dataset.timeZone,
        ),
        ...categoryProblems(event, e),
      ];
    }),
    ...orderProblems(dataset, scope),
    ...claimProblems(dataset),
  ];
}
