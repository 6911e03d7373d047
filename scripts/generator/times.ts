/**
 * When generated events happen: a few bursts of unrest over 2021–2023, each a tight cluster of
 * days around one moment and a handful of focus cities, over a thin background of scattered events.
 * Times are written in Almaty time (UTC+06:00 throughout 2021–2023).
 */
import type { Category, EventTime, TimePoint, TimePrecision } from '../../src/model/schema';
import type { Random } from './random';

/** A burst of events: when, how spread out, how big, where, and about what. */
export interface Burst {
  centre: string;
  spreadDays: number;
  weight: number;
  focusCities: readonly string[];
  themes: readonly Category[];
}

/** The bursts of the generated story; `weight` is each one's share of the events. */
export const BURSTS: readonly Burst[] = [
  {
    centre: '2021-03-15',
    spreadDays: 5,
    weight: 1,
    focusCities: ['almaty', 'bishkek'],
    themes: ['protest', 'politics'],
  },
  {
    centre: '2021-10-06',
    spreadDays: 3,
    weight: 1.5,
    focusCities: ['bishkek', 'osh', 'jalal-abad'],
    themes: ['politics', 'protest', 'security-operation'],
  },
  {
    centre: '2022-01-05',
    spreadDays: 3,
    weight: 4,
    focusCities: ['zhanaozen', 'aktau', 'almaty', 'shymkent', 'taraz'],
    themes: ['protest', 'violence', 'security-operation', 'communications', 'international'],
  },
  {
    centre: '2022-05-17',
    spreadDays: 2,
    weight: 1,
    focusCities: ['khorog', 'dushanbe'],
    themes: ['security-operation', 'protest', 'casualties'],
  },
  {
    centre: '2022-07-02',
    spreadDays: 2,
    weight: 1.5,
    focusCities: ['nukus', 'kungrad', 'tashkent'],
    themes: ['protest', 'policy', 'violence'],
  },
  {
    centre: '2022-09-16',
    spreadDays: 2,
    weight: 1,
    focusCities: ['batken', 'isfara', 'khujand'],
    themes: ['violence', 'international', 'casualties'],
  },
  {
    centre: '2023-03-20',
    spreadDays: 12,
    weight: 1,
    focusCities: ['tashkent', 'astana', 'ashgabat'],
    themes: ['economy', 'policy', 'protest'],
  },
];

/** The share of events outside any burst, spread over the whole period. */
export const BACKGROUND_SHARE = 0.12;
const OFFSET_MS = 6 * 3_600_000;
const DAY_MS = 86_400_000;
const PERIOD_START = Date.UTC(2021, 0, 1) - OFFSET_MS;
const PERIOD_END = Date.UTC(2023, 11, 31) - OFFSET_MS;

/** Local (UTC+06:00) calendar and clock parts of an instant. */
function localParts(ms: number) {
  const local = new Date(ms + OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    year: String(local.getUTCFullYear()),
    month: pad(local.getUTCMonth() + 1),
    day: pad(local.getUTCDate()),
    hour: pad(local.getUTCHours()),
    minute: pad(local.getUTCMinutes()),
  };
}

/** An instant written at `precision`: "2022", "2022-01", "2022-01-05" or "2022-01-05T14:30+06:00". */
export function formatInstant(ms: number, precision: TimePrecision): string {
  const p = localParts(ms);
  switch (precision) {
    case 'year':
      return p.year;
    case 'month':
      return `${p.year}-${p.month}`;
    case 'day':
      return `${p.year}-${p.month}-${p.day}`;
    case 'hour':
      return `${p.year}-${p.month}-${p.day}T${p.hour}:00+06:00`;
    case 'minute':
      return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}+06:00`;
  }
}

/** A local hour of the day, mostly daytime and evening, when protests and reports happen. */
function hourOfDay(random: Random): number {
  return Math.min(23, Math.max(0, Math.round(15 + random.normal() * 4.5)));
}

/** A moment in the story: in a burst (chosen by weight) or, now and then, in the background. */
export function drawMoment(random: Random): { ms: number; burst: Burst | null } {
  if (random.chance(BACKGROUND_SHARE)) {
    const day = Math.floor(random.next() * ((PERIOD_END - PERIOD_START) / DAY_MS));
    const ms = PERIOD_START + day * DAY_MS + hourOfDay(random) * 3_600_000;
    return { ms: ms + random.int(0, 59) * 60_000, burst: null };
  }
  const burst = random.weighted(
    BURSTS,
    BURSTS.map((b) => b.weight),
  );
  const centre = Date.parse(burst.centre) - OFFSET_MS;
  const day = Math.round(random.normal() * burst.spreadDays);
  const ms = centre + day * DAY_MS + hourOfDay(random) * 3_600_000 + random.int(0, 59) * 60_000;
  return { ms: Math.min(PERIOD_END, Math.max(PERIOD_START, ms)), burst };
}

const BASES: Record<TimePrecision, readonly string[]> = {
  minute: [
    'The time stamp of the video the report links to.',
    'Stated in the report: "at {clock}".',
    'The time of the post that first showed it.',
  ],
  hour: [
    'Stated in the report: "at about {clock}".',
    '"In the afternoon", read as the hour the report names.',
    'The hour given by the police statement.',
  ],
  day: [
    'Stated in the report.',
    '"Yesterday" in a report of the following day.',
    '"On Wednesday", resolved against the date of the report.',
  ],
  month: ['"Earlier this month" in a report dated later that month.', 'Only the month is given.'],
  year: ['Only the year is given.', '"Last year" in a report of the following year.'],
};

/**
 * A time for an event at `ms`: most are instants known to their precision (some approximate), about
 * one in twelve is known only within a few days ("by Thursday"), and about one in eight lasts.
 */
export function drawEventTime(random: Random, ms: number, inBurst: boolean): EventTime {
  const precision: TimePrecision = inBurst
    ? random.weighted(['minute', 'hour', 'day', 'month'] as const, [40, 30, 28, 2])
    : random.weighted(['minute', 'hour', 'day', 'month', 'year'] as const, [10, 10, 50, 20, 10]);
  const start = formatInstant(ms, precision);
  const clock = start.slice(11, 16);
  const basis = random.pick(BASES[precision]).replace('{clock}', clock);
  const approximate = random.chance(precision === 'minute' ? 0.1 : 0.35);
  const point = (value: string): TimePoint => ({
    at: value,
    ...(precision === 'hour' ? { precision } : {}),
    ...(approximate ? { approximate } : {}),
  });
  if (random.chance(0.12)) {
    const hours = (() => {
      switch (precision) {
        case 'minute':
        case 'hour':
          return random.int(1, 72);
        case 'day':
          return random.int(1, 10) * 24;
        case 'month':
          return random.int(1, 3) * 31 * 24;
        case 'year':
          return 366 * 24;
      }
    })();
    return {
      start: point(start),
      end: point(formatInstant(ms + hours * 3_600_000, precision)),
      basis,
    };
  }
  if (precision === 'day' && random.chance(0.15)) {
    // Reported by a day, the day itself not given: "by Thursday", not before some days earlier.
    const earliest = formatInstant(ms - random.int(1, 5) * DAY_MS, 'day');
    return {
      notBefore: earliest,
      notAfter: start,
      basis: 'Reported by this day; the report gives no day for it.',
    };
  }
  return { ...point(start), basis };
}
