/**
 * Axis ticks for a time window, in the dataset's time zone: steps from minutes to centuries,
 * chosen so labels keep at least `minSpacing` pixels apart.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { activeLanguage, dateLocale } from '../i18n/i18n';
import type { Language } from '../i18n/languages';

export type TickUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** One step of the axis: `step` units of `unit`. */
export interface TickInterval {
  unit: TickUnit;
  step: number;
}

/** A tick to draw: where, what it says, and a context line where a larger unit begins. */
export interface AxisTick {
  value: number;
  label: string;
  /** The larger unit this tick begins ("Wed 5 Jan", "January 2022", "2022"), or null. */
  context: string | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// approxMs is each step's shortest length (a February, a common year), so that ticks never
// come closer than minSpacing.
const INTERVALS: readonly (TickInterval & { approxMs: number })[] = [
  { unit: 'minute', step: 5, approxMs: 5 * MINUTE },
  { unit: 'minute', step: 15, approxMs: 15 * MINUTE },
  { unit: 'minute', step: 30, approxMs: 30 * MINUTE },
  { unit: 'hour', step: 1, approxMs: HOUR },
  { unit: 'hour', step: 3, approxMs: 3 * HOUR },
  { unit: 'hour', step: 6, approxMs: 6 * HOUR },
  { unit: 'hour', step: 12, approxMs: 12 * HOUR },
  { unit: 'day', step: 1, approxMs: DAY },
  { unit: 'day', step: 2, approxMs: 2 * DAY },
  { unit: 'day', step: 7, approxMs: 7 * DAY },
  { unit: 'month', step: 1, approxMs: 28 * DAY },
  { unit: 'month', step: 3, approxMs: 90 * DAY },
  { unit: 'month', step: 6, approxMs: 181 * DAY },
  { unit: 'year', step: 1, approxMs: 365 * DAY },
  { unit: 'year', step: 2, approxMs: 2 * 365 * DAY },
  { unit: 'year', step: 5, approxMs: 5 * 365 * DAY },
  { unit: 'year', step: 10, approxMs: 10 * 365 * DAY },
  { unit: 'year', step: 25, approxMs: 25 * 365 * DAY },
  { unit: 'year', step: 50, approxMs: 50 * 365 * DAY },
  { unit: 'year', step: 100, approxMs: 100 * 365 * DAY },
  { unit: 'year', step: 500, approxMs: 500 * 365 * DAY },
  { unit: 'year', step: 1000, approxMs: 1000 * 365 * DAY },
];

/** The finest interval whose ticks stay at least `minSpacing` px apart across `width` px. */
export function chooseTickInterval(spanMs: number, width: number, minSpacing = 90): TickInterval {
  const maxTicks = Math.max(1, Math.floor(width / minSpacing));
  const found = INTERVALS.find((i) => spanMs / i.approxMs <= maxTicks);
  const chosen = found ?? INTERVALS[INTERVALS.length - 1];
  return chosen ? { unit: chosen.unit, step: chosen.step } : { unit: 'year', step: 1000 };
}

function floorToInterval(ms: number, { unit, step }: TickInterval, timeZone: string): TZDate {
  const d = new TZDate(ms, timeZone);
  const y = d.getFullYear();
  switch (unit) {
    case 'minute':
      return new TZDate(
        y,
        d.getMonth(),
        d.getDate(),
        d.getHours(),
        d.getMinutes() - (d.getMinutes() % step),
        timeZone,
      );
    case 'hour':
      return new TZDate(
        y,
        d.getMonth(),
        d.getDate(),
        d.getHours() - (d.getHours() % step),
        timeZone,
      );
    case 'day':
      return step === 7
        ? new TZDate(y, d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7), timeZone) // Mondays
        : new TZDate(y, d.getMonth(), d.getDate() - ((d.getDate() - 1) % step), timeZone);
    case 'month':
      return new TZDate(y, d.getMonth() - (d.getMonth() % step), 1, timeZone);
    case 'year':
      return new TZDate(y - (((y % step) + step) % step), 0, 1, timeZone);
  }
}

function addInterval(d: TZDate, { unit, step }: TickInterval, n: number, timeZone: string): TZDate {
  const k = step * n;
  switch (unit) {
    case 'minute':
      return new TZDate(d.getTime() + k * MINUTE, timeZone);
    case 'hour':
      return new TZDate(d.getTime() + k * HOUR, timeZone);
    case 'day':
      return new TZDate(d.getFullYear(), d.getMonth(), d.getDate() + k, timeZone);
    case 'month':
      return new TZDate(d.getFullYear(), d.getMonth() + k, 1, timeZone);
    case 'year':
      return new TZDate(d.getFullYear() + k, 0, 1, timeZone);
  }
}

/** The date-fns patterns of the axis's labels and context lines, in one language's way. */
interface TickPatterns {
  time: string;
  day: string;
  month: string;
  year: string;
  /** The day a clock-time tick falls on: "Wed 5 Jan 2022", "ons 5. jan. 2022". */
  dayContext: string;
  /** The month a day tick falls in: "January 2022", "januar 2022". */
  monthContext: string;
}

const ENGLISH_PATTERNS: TickPatterns = {
  time: 'HH:mm',
  day: 'EEE d',
  month: 'MMM',
  year: 'yyyy',
  dayContext: 'EEE d MMM yyyy',
  monthContext: 'MMMM yyyy',
};

/**
 * Date patterns are not messages: the pseudo-locale would accent their letters into a pattern
 * date-fns refuses, so they live here, by language ("14.30" and "ons 5." in Norwegian).
 */
const TICK_PATTERNS: Record<Language, TickPatterns> = {
  en: ENGLISH_PATTERNS,
  nb: {
    time: 'HH.mm',
    day: 'EEE d.',
    month: 'MMM',
    year: 'yyyy',
    dayContext: 'EEE d. MMM yyyy',
    monthContext: 'MMMM yyyy',
  },
  pseudo: ENGLISH_PATTERNS,
};

/** `d` written with one of the active language's patterns, in its words for months and days. */
function formatTick(d: TZDate, pattern: keyof TickPatterns): string {
  return format(d, TICK_PATTERNS[activeLanguage()][pattern], { locale: dateLocale() });
}

function labelFor(d: TZDate, unit: TickUnit): string {
  switch (unit) {
    case 'minute':
    case 'hour':
      return formatTick(d, 'time');
    case 'day':
      return formatTick(d, 'day');
    case 'month':
      return formatTick(d, 'month');
    case 'year':
      return formatTick(d, 'year');
  }
}

/** The context line when `d` starts a larger unit than the previous tick did (or is the first). */
function contextFor(d: TZDate, previous: TZDate | null, unit: TickUnit): string | null {
  switch (unit) {
    case 'minute':
    case 'hour':
      return previous === null || previous.getDate() !== d.getDate()
        ? formatTick(d, 'dayContext')
        : null;
    case 'day':
      return previous === null || previous.getMonth() !== d.getMonth()
        ? formatTick(d, 'monthContext')
        : null;
    case 'month':
      return previous === null || previous.getFullYear() !== d.getFullYear()
        ? formatTick(d, 'year')
        : null;
    case 'year':
      return null;
  }
}

/** Ticks inside [start, end] for an axis `width` px wide, formatted in `timeZone`. */
export function timeTicks(start: number, end: number, width: number, timeZone: string): AxisTick[] {
  if (!(end > start) || width <= 0) return [];
  const interval = chooseTickInterval(end - start, width);
  const ticks: AxisTick[] = [];
  let previous: TZDate | null = null;
  let d = floorToInterval(start, interval, timeZone);
  for (let i = 0; d.getTime() <= end && i < 2000; i++) {
    if (d.getTime() >= start) {
      ticks.push({
        value: d.getTime(),
        label: labelFor(d, interval.unit),
        context: contextFor(d, previous, interval.unit),
      });
      previous = d;
    }
    d = addInterval(d, interval, 1, timeZone);
  }
  return ticks;
}
