/**
 * Checks inside each event of a shape-valid dataset: the end not before the start, a precision no
 * finer than the values written, casualty ranges the right way round, no category listed twice.
 */
import type { ChronicleEvent, Dataset, TimePrecision } from './schema';
import { isoValueSpan } from './time';
import type { ValidationProblem } from './validate';
import { formatPath, quote } from './validationMessages';

const PRECISION_RANK: Record<TimePrecision, number> = {
  minute: 0,
  hour: 1,
  day: 2,
  month: 3,
  year: 4,
};

/** The finest precision a written value supports: "2022" a year, "2022-01" a month, and so on. */
export function valueGranularity(value: string): TimePrecision {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  return 'minute';
}

const isDateTime = (value: string) => value.includes('T');

function timeProblems(event: ChronicleEvent, e: number, timeZone: string): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const { time } = event;
  const who = `event ${quote(event.id)}`;
  const values: [string, string | undefined][] = [
    ['start', time.start],
    ['end', time.end],
  ];
  for (const [name, value] of values) {
    if (value === undefined) continue;
    const granularity = valueGranularity(value);
    if (PRECISION_RANK[time.precision] >= PRECISION_RANK[granularity]) continue;
    problems.push({
      path: formatPath(['events', e, 'time', 'precision']),
      message: `${who} has precision ${quote(time.precision)}, finer than its ${name} ${quote(value)}, which names a whole ${granularity}; use precision ${quote(granularity)} (or coarser), or write the ${name} in more detail`,
    });
  }
  if (time.end !== undefined) {
    const endsBefore =
      isDateTime(time.start) && isDateTime(time.end)
        ? Date.parse(time.end) < Date.parse(time.start)
        : isoValueSpan(time.end, timeZone, time.precision).end <=
          isoValueSpan(time.start, timeZone, time.precision).start;
    if (endsBefore) {
      problems.push({
        path: formatPath(['events', e, 'time', 'end']),
        message: `${who} ends before it starts: end ${quote(time.end)} is before start ${quote(time.start)} (in ${timeZone})`,
      });
    }
  }
  return problems;
}

function casualtyProblems(event: ChronicleEvent, e: number): ValidationProblem[] {
  return event.casualties.flatMap((casualty, c) => {
    const { min, max } = casualty.count;
    if (max === null || max >= min) return [];
    return [
      {
        path: formatPath(['events', e, 'casualties', c, 'count', 'max']),
        message: `inverted range in event ${quote(event.id)}: max ${max} is less than min ${min}`,
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
      message: `category ${quote(category)} is listed twice in event ${quote(event.id)} (also at categories[${earlier}])`,
    });
  });
  return problems;
}

/** Problems inside events: time order and precision, inverted casualty ranges, repeated categories. */
export function eventProblems(dataset: Dataset): ValidationProblem[] {
  return dataset.events.flatMap((event, e) => [
    ...timeProblems(event, e, dataset.timeZone),
    ...casualtyProblems(event, e),
    ...categoryProblems(event, e),
  ]);
}
