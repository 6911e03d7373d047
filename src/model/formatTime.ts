/**
 * Times in words, honest about what is known: "Sunday 2 January 2022"; "by Thursday 6 January 2022
 * (not before Sunday 2 January 2022)"; "5–19 January 2022"; "from 2019 or earlier until Wednesday
 * 5 January 2022"; "around Wednesday 5 January 2022, 15:00". No symbols ("~", "≤") that a screen
 * reader would read out as symbols, and no field names.
 */
import { format } from 'date-fns';
import type { EventTime, TimePoint, TimePrecision } from './schema';
import { estimateValue, isDuration, valueGranularity, valuePrecision, valueSpan } from './time';
import { formattableWallClock, wallClock, zoneOffsetMs } from './zonedCalendar';

/**
 * Long words with the bounds spelt out; medium: the same words, the main phrase only ("by Thursday
 * 6 January 2022"), for headings and lists that say the bounds elsewhere; short ones for tooltips,
 * tables and axes.
 */
export type TimeStyle = 'long' | 'medium' | 'short';

const LONG = { year: 'u', month: 'MMMM u', day: 'EEEE d MMMM u', clock: 'HH:mm' };
const PATTERNS: Record<TimeStyle, Record<'year' | 'month' | 'day' | 'clock', string>> = {
  long: LONG,
  medium: LONG,
  short: { year: 'u', month: 'MMM u', day: 'd MMM u', clock: 'HH:mm' },
};

const OFFSET = /([+-])(\d{2}):(\d{2})$/;

/**
 * A date-time written with an offset other than the dataset zone's is shown on its own clock, with
 * the offset ("14:00 (UTC+05:00)"): Aktobe's 14:00 stays 14:00 in a story told in Almaty time.
 */
function clockOf(value: string, ms: number, timeZone: string): { wall: Date; note: string } {
  const offset = OFFSET.exec(value);
  if (offset) {
    const [, sign, h, m] = offset;
    const ownMs = (sign === '-' ? -1 : 1) * (Number(h) * 60 + Number(m)) * 60_000;
    if (ownMs !== zoneOffsetMs(ms, timeZone)) {
      return {
        wall: formattableWallClock(ms + ownMs - zoneOffsetMs(ms, timeZone), timeZone),
        note: ` (UTC${sign}${h}:${m})`,
      };
    }
  }
  return { wall: formattableWallClock(ms, timeZone), note: '' };
}

/** One written value at its precision: "Thursday 6 January 2022", "January 2022", "1991". */
export function formatValue(
  value: string,
  timeZone: string,
  precision: TimePrecision = valueGranularity(value),
  style: TimeStyle = 'long',
): string {
  const patterns = PATTERNS[style];
  const { start } = valueSpan(value, timeZone, precision);
  switch (precision) {
    case 'year':
      return format(formattableWallClock(start, timeZone), patterns.year);
    case 'month':
      return format(formattableWallClock(start, timeZone), patterns.month);
    case 'day':
      return format(formattableWallClock(start, timeZone), patterns.day);
    case 'hour':
    case 'minute': {
      const { wall, note } = clockOf(value, start, timeZone);
      return `${format(wall, patterns.day)}, ${format(wall, patterns.clock)}${note}`;
    }
  }
}

/** "2–6 January 2022", "30 December 2021 – 2 January 2022", "31 January – 2 February 2022". */
export function formatDayRange(startMs: number, lastDayMs: number, timeZone: string): string {
  const a = wallClock(startMs, timeZone);
  const b = wallClock(lastDayMs, timeZone);
  const fa = (pattern: string) => format(formattableWallClock(startMs, timeZone), pattern);
  const fb = (pattern: string) => format(formattableWallClock(lastDayMs, timeZone), pattern);
  if (a.year === b.year && a.monthIndex === b.monthIndex && a.day === b.day) return fa('d MMMM u');
  if (a.year !== b.year) return `${fa('d MMMM u')} – ${fb('d MMMM u')}`;
  if (a.monthIndex !== b.monthIndex) return `${fa('d MMMM')} – ${fb('d MMMM u')}`;
  return `${fa('d')}–${fb('d MMMM u')}`;
}

function valueOf(point: TimePoint, value: string, timeZone: string, style: TimeStyle): string {
  return formatValue(value, timeZone, valuePrecision(point, value), style);
}

function qualified(point: TimePoint, words: string): string {
  const about = point.approximate === true ? `around ${words}` : words;
  return point.uncertain === true ? `possibly ${about}` : about;
}

/** A moment in words: "Sunday 2 January 2022", "by Thursday 6 January 2022 (not before …)". */
export function formatPoint(point: TimePoint, timeZone: string, style: TimeStyle = 'long'): string {
  const words = (value: string) => valueOf(point, value, timeZone, style);
  if (point.at !== undefined) return qualified(point, words(point.at));
  const { notBefore, notAfter, estimate } = point;
  const givenEstimate = estimate !== undefined && estimate !== notAfter;
  if (givenEstimate) {
    const bounds = [
      notBefore === undefined ? null : `not before ${words(notBefore)}`,
      notAfter === undefined ? null : `not after ${words(notAfter)}`,
    ].filter((part) => part !== null);
    const main = `around ${words(estimate)}`;
    return qualified(
      { ...point, approximate: false },
      style === 'long' ? `${main} (${bounds.join(', ')})` : main,
    );
  }
  if (notAfter !== undefined) {
    const main = `by ${words(notAfter)}`;
    return qualified(
      point,
      notBefore === undefined || style !== 'long'
        ? main
        : `${main} (not before ${words(notBefore)})`,
    );
  }
  return qualified(point, `on or after ${words(notBefore ?? '')}`);
}

/** One end of a duration, as a phrase that reads after "from" or "until". */
function endPhrase(point: TimePoint, timeZone: string, style: TimeStyle, side: 'start' | 'end') {
  const words = (value: string) => valueOf(point, value, timeZone, style);
  if (point.at !== undefined) return qualified(point, words(point.at));
  const { notBefore, notAfter } = point;
  if (notBefore !== undefined && notAfter !== undefined) {
    return qualified(point, `between ${words(notBefore)} and ${words(notAfter)}`);
  }
  if (notAfter !== undefined) {
    return qualified(
      point,
      side === 'start' ? `${words(notAfter)} or earlier` : `${words(notAfter)} at the latest`,
    );
  }
  return qualified(
    point,
    side === 'end' ? `at least ${words(notBefore ?? '')}` : `${words(notBefore ?? '')} or later`,
  );
}

function sameForm(a: TimePoint, b: TimePoint): boolean {
  return (
    a.at !== undefined &&
    b.at !== undefined &&
    a.approximate === b.approximate &&
    a.uncertain === b.uncertain &&
    valuePrecision(a, a.at) === valuePrecision(b, b.at)
  );
}

/** Both ends known to the same precision: "5–19 January 2022", "2019–2022", "14:30–15:00". */
function compactRange(
  time: { start: TimePoint; end: TimePoint },
  timeZone: string,
  style: TimeStyle,
) {
  const start = time.start.at ?? '';
  const end = time.end.at ?? '';
  const precision = valuePrecision(time.start, start);
  const a = valueSpan(start, timeZone, precision).start;
  const b = valueSpan(end, timeZone, precision).start;
  const pattern = PATTERNS[style];
  const wa = formattableWallClock(a, timeZone);
  const wb = formattableWallClock(b, timeZone);
  const ca = wallClock(a, timeZone);
  const cb = wallClock(b, timeZone);
  let words: string;
  switch (precision) {
    case 'year':
      words = `${format(wa, 'u')}–${format(wb, 'u')}`;
      break;
    case 'month':
      words =
        ca.year === cb.year
          ? `${format(wa, style === 'short' ? 'MMM' : 'MMMM')} – ${format(wb, pattern.month)}`
          : `${format(wa, pattern.month)} – ${format(wb, pattern.month)}`;
      break;
    case 'day':
      words =
        style !== 'short'
          ? formatDayRange(a, b, timeZone)
          : `${format(wa, pattern.day)} – ${format(wb, pattern.day)}`;
      break;
    case 'hour':
    case 'minute':
      words =
        ca.year === cb.year && ca.monthIndex === cb.monthIndex && ca.day === cb.day
          ? `${format(wa, pattern.day)}, ${format(wa, 'HH:mm')}–${format(wb, 'HH:mm')}`
          : `${format(wa, pattern.day)}, ${format(wa, 'HH:mm')} – ${format(wb, pattern.day)}, ${format(wb, 'HH:mm')}`;
  }
  return qualified(time.start, words);
}

/** An event's time in words. */
export function formatEventTime(
  time: EventTime,
  timeZone: string,
  style: TimeStyle = 'long',
): string {
  if (!isDuration(time)) return formatPoint(time, timeZone, style);
  if (sameForm(time.start, time.end)) return compactRange(time, timeZone, style);
  return `from ${endPhrase(time.start, timeZone, style, 'start')} until ${endPhrase(time.end, timeZone, style, 'end')}`;
}

/** Short forms already made, per time object and zone (a dataset's times never change). */
const shortForms = new WeakMap<EventTime, Map<string, string>>();

/**
 * A short date for compact places (tooltips, tables): "2 Jan 2022", "by 6 Jan 2022", "1991".
 * Kept per time object, since every re-render of the timeline's marks names each mark's date and
 * formatting in a time zone is slow (a fifth of a filter click at 1,000 events, profiled).
 */
export function formatEventTimeShort(time: EventTime, timeZone: string): string {
  let byZone = shortForms.get(time);
  if (!byZone) shortForms.set(time, (byZone = new Map()));
  let text = byZone.get(timeZone);
  if (text === undefined) byZone.set(timeZone, (text = formatEventTime(time, timeZone, 'short')));
  return text;
}

const UNIT_WORDS: Record<TimePrecision, string> = {
  minute: 'minute',
  hour: 'hour',
  day: 'day',
  month: 'month',
  year: 'year',
};

function pointCertainty(point: TimePoint, timeZone: string, subject?: 'Start' | 'End'): string {
  const unit = UNIT_WORDS[valuePrecision(point, estimateValue(point))];
  const hedges: string[] = [];
  if (point.approximate === true) hedges.push('the source gives it as approximate');
  if (point.uncertain === true) hedges.push('the source is not sure of it');
  const tail = hedges.length > 0 ? `; ${hedges.join(', and ')}` : '';
  if (point.at !== undefined) {
    return `${subject === undefined ? 'Known' : `${subject} known`} to the ${unit}${tail}.`;
  }
  const range = boundsInWords(point, timeZone);
  return subject === undefined
    ? `The ${unit} is not given: ${range}${tail}.`
    : `${subject}: the ${unit} is not given, ${range}${tail}.`;
}

/** "some time from Sunday 2 to Thursday 6 January 2022", "on or before 1991", with a given estimate. */
function boundsInWords(point: TimePoint, timeZone: string): string {
  const words = (value: string) => valueOf(point, value, timeZone, 'long');
  const { notBefore, notAfter, estimate } = point;
  const range =
    notBefore !== undefined && notAfter !== undefined
      ? `some time from ${words(notBefore)} to ${words(notAfter)}`
      : notAfter !== undefined
        ? `on or before ${words(notAfter)}`
        : `on or after ${words(notBefore ?? '')}`;
  return estimate !== undefined && estimate !== notAfter
    ? `${range}, most likely ${words(estimate)}`
    : range;
}

/**
 * How certain the time is, in a sentence or two: "Known to the day.", "The day is not given: by
 * Thursday 6 January 2022 (not before Sunday 2 January 2022).", "Start: the year is not given, by
 * 2019. End known to the day."
 */
export function timeCertaintyInWords(time: EventTime, timeZone: string): string {
  if (!isDuration(time)) return pointCertainty(time, timeZone);
  return `${pointCertainty(time.start, timeZone, 'Start')} ${pointCertainty(time.end, timeZone, 'End')}`;
}
