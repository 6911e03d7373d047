/**
 * Times in words, honest about what is known: "Sunday 2 January 2022"; "by Thursday 6 January 2022
 * (not before Sunday 2 January 2022)"; "5–19 January 2022"; "from 2019 or earlier until Wednesday
 * 5 January 2022"; "around Wednesday 5 January 2022, 15:00". No symbols ("~", "≤") that a screen
 * reader would read out as symbols, and no field names.
 */
import { format as formatDate } from 'date-fns';
import { activeLanguage, dateLocale, t } from '../i18n/i18n';
import type { EventTime, TimePoint, TimePrecision } from './schema';
import { estimateValue, isDuration, valueGranularity, valuePrecision, valueSpan } from './time';
import { formattableWallClock, wallClock, zoneOffsetMs } from './zonedCalendar';

/**
 * Long words with the bounds spelt out; medium: the same words, the main phrase only ("by Thursday
 * 6 January 2022"), for headings and lists that say the bounds elsewhere; short ones for tooltips,
 * tables and axes.
 */
export type TimeStyle = 'long' | 'medium' | 'short';

type Patterns = Record<'year' | 'month' | 'day' | 'clock', string>;
/** The date-fns patterns of one language's dates, and of its day ranges ("5–19 January 2022"). */
interface LanguagePatterns {
  styles: Record<TimeStyle, Patterns>;
  /** Day of month alone, day and month, day month and year: "5", "5 January", "5 January 2022". */
  dayOnly: string;
  dayMonth: string;
  dayMonthYear: string;
}

const EN_LONG = { year: 'u', month: 'MMMM u', day: 'EEEE d MMMM u', clock: 'HH:mm' };
const EN_PATTERNS: LanguagePatterns = {
  styles: {
    long: EN_LONG,
    medium: EN_LONG,
    short: { year: 'u', month: 'MMM u', day: 'd MMM u', clock: 'HH:mm' },
  },
  dayOnly: 'd',
  dayMonth: 'd MMMM',
  dayMonthYear: 'd MMMM u',
};
/** Norwegian dates as a newspaper writes them: "onsdag 5. januar 2022", "kl. 14.30". */
const NB_LONG = { year: 'u', month: 'MMMM u', day: 'EEEE d. MMMM u', clock: 'HH.mm' };
const NB_PATTERNS: LanguagePatterns = {
  styles: {
    long: NB_LONG,
    medium: NB_LONG,
    short: { year: 'u', month: 'MMM u', day: 'd. MMM u', clock: 'HH.mm' },
  },
  dayOnly: 'd.',
  dayMonth: 'd. MMMM',
  dayMonthYear: 'd. MMMM u',
};

/** The patterns of the active language (the pseudo-locale writes British dates). */
function languagePatterns(): LanguagePatterns {
  return activeLanguage() === 'nb' ? NB_PATTERNS : EN_PATTERNS;
}

/** date-fns `format` in the active language's words. */
function format(date: Date, pattern: string): string {
  return formatDate(date, pattern, { locale: dateLocale() });
}

/** A day and its clock time: "Wednesday 5 January 2022, 14:30", "onsdag 5. januar 2022 kl. 14.30". */
function dayAndClock(day: string, clock: string): string {
  return t('time.dayClock', { day, clock });
}

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
  const patterns = languagePatterns().styles[style];
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
      return `${dayAndClock(format(wall, patterns.day), format(wall, patterns.clock))}${note}`;
    }
  }
}

/** "2–6 January 2022", "30 December 2021 – 2 January 2022", "31 January – 2 February 2022". */
export function formatDayRange(startMs: number, lastDayMs: number, timeZone: string): string {
  const a = wallClock(startMs, timeZone);
  const b = wallClock(lastDayMs, timeZone);
  const fa = (pattern: string) => format(formattableWallClock(startMs, timeZone), pattern);
  const fb = (pattern: string) => format(formattableWallClock(lastDayMs, timeZone), pattern);
  const { dayOnly, dayMonth, dayMonthYear } = languagePatterns();
  if (a.year === b.year && a.monthIndex === b.monthIndex && a.day === b.day)
    return fa(dayMonthYear);
  if (a.year !== b.year) return `${fa(dayMonthYear)} – ${fb(dayMonthYear)}`;
  if (a.monthIndex !== b.monthIndex) return `${fa(dayMonth)} – ${fb(dayMonthYear)}`;
  return `${fa(dayOnly)}–${fb(dayMonthYear)}`;
}

function valueOf(point: TimePoint, value: string, timeZone: string, style: TimeStyle): string {
  return formatValue(value, timeZone, valuePrecision(point, value), style);
}

function qualified(point: TimePoint, words: string): string {
  const about = point.approximate === true ? t('time.around', { time: words }) : words;
  return point.uncertain === true ? t('time.possibly', { time: about }) : about;
}

/** A moment in words: "Sunday 2 January 2022", "by Thursday 6 January 2022 (not before …)". */
export function formatPoint(point: TimePoint, timeZone: string, style: TimeStyle = 'long'): string {
  const words = (value: string) => valueOf(point, value, timeZone, style);
  if (point.at !== undefined) return qualified(point, words(point.at));
  const { notBefore, notAfter, estimate } = point;
  const givenEstimate = estimate !== undefined && estimate !== notAfter;
  if (givenEstimate) {
    const main = t('time.around', { time: words(estimate) });
    let long = main;
    if (notBefore !== undefined && notAfter !== undefined) {
      long = t('time.aroundWithin', { time: main, from: words(notBefore), to: words(notAfter) });
    } else if (notBefore !== undefined) {
      long = t('time.withNotBefore', { time: main, from: words(notBefore) });
    } else if (notAfter !== undefined) {
      long = t('time.withNotAfter', { time: main, to: words(notAfter) });
    }
    return qualified({ ...point, approximate: false }, style === 'long' ? long : main);
  }
  if (notAfter !== undefined) {
    const main = t('time.by', { time: words(notAfter) });
    return qualified(
      point,
      notBefore === undefined || style !== 'long'
        ? main
        : t('time.withNotBefore', { time: main, from: words(notBefore) }),
    );
  }
  return qualified(point, t('time.onOrAfter', { time: words(notBefore ?? '') }));
}

/** One end of a duration, as a phrase that reads after "from" or "until". */
function endPhrase(point: TimePoint, timeZone: string, style: TimeStyle, side: 'start' | 'end') {
  const words = (value: string) => valueOf(point, value, timeZone, style);
  if (point.at !== undefined) return qualified(point, words(point.at));
  const { notBefore, notAfter } = point;
  if (notBefore !== undefined && notAfter !== undefined) {
    return qualified(point, t('time.between', { from: words(notBefore), to: words(notAfter) }));
  }
  if (notAfter !== undefined) {
    const time = words(notAfter);
    return qualified(
      point,
      side === 'start' ? t('time.orEarlier', { time }) : t('time.atTheLatest', { time }),
    );
  }
  const time = words(notBefore ?? '');
  return qualified(
    point,
    side === 'end' ? t('time.atLeast', { time }) : t('time.orLater', { time }),
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
  const pattern = languagePatterns().styles[style];
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
          ? dayAndClock(
              format(wa, pattern.day),
              `${format(wa, pattern.clock)}–${format(wb, pattern.clock)}`,
            )
          : `${dayAndClock(format(wa, pattern.day), format(wa, pattern.clock))} – ${dayAndClock(format(wb, pattern.day), format(wb, pattern.clock))}`;
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
  return t('time.fromUntil', {
    start: endPhrase(time.start, timeZone, style, 'start'),
    end: endPhrase(time.end, timeZone, style, 'end'),
  });
}

/**
 * Short forms already made, per time object and zone and language (a dataset's times never
 * change; the language changes only with a new page tree, but tests switch it in one module).
 */
const shortForms = new WeakMap<EventTime, Map<string, string>>();

/**
 * A short date for compact places (tooltips, tables): "2 Jan 2022", "by 6 Jan 2022", "1991".
 * Kept per time object, since every re-render of the timeline's marks names each mark's date and
 * formatting in a time zone is slow (a fifth of a filter click at 1,000 events, profiled).
 */
export function formatEventTimeShort(time: EventTime, timeZone: string): string {
  let byZone = shortForms.get(time);
  if (!byZone) shortForms.set(time, (byZone = new Map()));
  const key = `${activeLanguage()} ${timeZone}`;
  let text = byZone.get(key);
  if (text === undefined) byZone.set(key, (text = formatEventTime(time, timeZone, 'short')));
  return text;
}

/** The hedges a source puts on a time, as the tail of a certainty sentence ("; …"), or "". */
function hedgeTail(point: TimePoint): string {
  if (point.approximate === true && point.uncertain === true) return t('time.hedge.both');
  if (point.approximate === true) return t('time.hedge.approximate');
  if (point.uncertain === true) return t('time.hedge.uncertain');
  return '';
}

function pointCertainty(point: TimePoint, timeZone: string, subject?: 'start' | 'end'): string {
  const unit = valuePrecision(point, estimateValue(point));
  const hedge = hedgeTail(point);
  if (point.at !== undefined) {
    if (subject === 'start') return t('time.certainty.startKnown', { unit, hedge });
    if (subject === 'end') return t('time.certainty.endKnown', { unit, hedge });
    return t('time.certainty.known', { unit, hedge });
  }
  const range = boundsInWords(point, timeZone);
  if (subject === 'start') return t('time.certainty.startNotGiven', { unit, range, hedge });
  if (subject === 'end') return t('time.certainty.endNotGiven', { unit, range, hedge });
  return t('time.certainty.notGiven', { unit, range, hedge });
}

/** "some time from Sunday 2 to Thursday 6 January 2022", "on or before 1991", with a given estimate. */
function boundsInWords(point: TimePoint, timeZone: string): string {
  const words = (value: string) => valueOf(point, value, timeZone, 'long');
  const { notBefore, notAfter, estimate } = point;
  const range =
    notBefore !== undefined && notAfter !== undefined
      ? t('time.someTimeBetween', { from: words(notBefore), to: words(notAfter) })
      : notAfter !== undefined
        ? t('time.onOrBefore', { time: words(notAfter) })
        : t('time.onOrAfter', { time: words(notBefore ?? '') });
  return estimate !== undefined && estimate !== notAfter
    ? t('time.mostLikely', { range, time: words(estimate) })
    : range;
}

/**
 * How certain the time is, in a sentence or two: "Known to the day.", "The day is not given: by
 * Thursday 6 January 2022 (not before Sunday 2 January 2022).", "Start: the year is not given, by
 * 2019. End known to the day."
 */
export function timeCertaintyInWords(time: EventTime, timeZone: string): string {
  if (!isDuration(time)) return pointCertainty(time, timeZone);
  return `${pointCertainty(time.start, timeZone, 'start')} ${pointCertainty(time.end, timeZone, 'end')}`;
}
