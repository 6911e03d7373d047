/**
 * The Chronicle data format, version 1 ("chronicle/1").
 *
 * This zod schema is the single source of truth: the TypeScript types below are inferred from it,
 * `data/schema.json` is generated from it (`npm run schema`), and `docs/data-format.md` documents it.
 * Shape checks live here; cross-references (unknown ids, duplicates) live in `validate.ts`.
 */
import { z } from 'zod';

/** A readable, stable slug: lower-case letters, digits and single hyphens ("almaty-mayor-office"). */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message:
      'expected a slug of lower-case letters, digits and single hyphens, e.g. "almaty-protest"',
  })
  .max(120);

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-](\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the year/month/day (and optional clock) parts name a real calendar moment. */
export function isRealCalendarValue(value: string): boolean {
  const dt = ISO_DATE_TIME.exec(value);
  if (dt) {
    const [, y, mo, d, h, mi, s, , oh, om] = dt;
    const month = Number(mo);
    const day = Number(d);
    return (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(Number(y), month) &&
      Number(h) <= 23 &&
      Number(mi) <= 59 &&
      Number(s ?? 0) <= 59 &&
      Number(oh ?? 0) <= 14 &&
      Number(om ?? 0) <= 59
    );
  }
  const date = ISO_DATE.exec(value);
  if (!date) return false;
  const [, y, mo, d] = date;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(Number(y), month);
}

/** A calendar date: "2022-01-05", or reduced precision "2022-01" and "2022". */
export const IsoDate = z
  .string()
  .regex(ISO_DATE, { message: 'expected an ISO 8601 date: "YYYY-MM-DD", "YYYY-MM" or "YYYY"' })
  .refine(isRealCalendarValue, { message: 'impossible date: no such day in the calendar' });

/** A date, or a date-time with its UTC offset: "2022-01-05T14:30+06:00". */
export const IsoInstant = z
  .string()
  .regex(new RegExp(`${ISO_DATE.source}|${ISO_DATE_TIME.source}`), {
    message:
      'expected an ISO 8601 date ("2022-01-05") or date-time with offset ("2022-01-05T14:30+06:00")',
  })
  .refine(isRealCalendarValue, {
    message: 'impossible date or time: no such moment in the calendar',
  });

/** An absolute link; only http: and https: are accepted, so data can never carry script URLs. */
export const HttpUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  },
  { message: 'expected an absolute http: or https: URL' },
);

/** A BCP 47 language tag such as "nb", "en" or "ru-KZ". */
export const LanguageTag = z.string().regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, {
  message: 'expected a BCP 47 language tag such as "en", "nb" or "ru-KZ"',
});

/** An IANA time zone name such as "Asia/Almaty". */
export const TimeZoneName = z.string().refine(
  (value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      // Newer engines also accept offsets ("+06:00"); reject them so every engine agrees.
      return value.length > 0 && !/^[+-]/.test(value);
    } catch {
      return false;
    }
  },
  { message: 'expected an IANA time zone name such as "Asia/Almaty"' },
);

const Text = z.string().trim().min(1, { message: 'expected non-empty text' });

export const ACTOR_KINDS = [
  'person',
  'government',
  'security-forces',
  'military',
  'protesters',
  'organization',
  'alliance',
  'country',
  'media',
  'other',
] as const;
export const LOCATION_KINDS = ['building', 'site', 'city', 'region', 'country', 'other'] as const;
export const SOURCE_KINDS = [
  'newspaper',
  'news-agency',
  'broadcaster',
  'social-media',
  'official',
  'other',
] as const;
/** The documented list of event categories; see docs/data-format.md for what each means. */
export const CATEGORIES = [
  'protest',
  'violence',
  'security-operation',
  'policy',
  'politics',
  'international',
  'communications',
  'casualties',
  'economy',
  'background',
] as const;
export const TIME_PRECISIONS = ['minute', 'hour', 'day', 'month', 'year'] as const;
export const CASUALTY_KINDS = [
  'killed',
  'injured',
  'hospitalized',
  'intensive-care',
  'arrested',
  'missing',
] as const;

export const Actor = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(ACTOR_KINDS),
  description: Text.optional(),
  /** Ids of the actors (alliances, governments, forces) this one belongs to. */
  memberOf: z.array(Id).optional(),
});

export const Location = z.strictObject({
  id: Id,
  name: Text,
  /** The name in the local language or script, e.g. "Алматы". */
  localName: Text.optional(),
  kind: z.enum(LOCATION_KINDS),
  /** [longitude, latitude], GeoJSON order. */
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  /** The id of the place this one lies within (building → city → region → country). */
  within: Id.optional(),
});

export const Source = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(SOURCE_KINDS),
  url: HttpUrl.optional(),
  author: Text.optional(),
  date: IsoDate.optional(),
  language: LanguageTag.optional(),
});

export const EventTime = z.strictObject({
  start: IsoInstant,
  end: IsoInstant.optional(),
  precision: z.enum(TIME_PRECISIONS),
  approximate: z.boolean(),
  /** How the date was established, in words: «"på søndag" in an article of Thursday 6 January 2022». */
  basis: Text,
});

export const CasualtyCount = z.strictObject({
  min: z.number().int().nonnegative(),
  /** null: open-ended ("dozens", "at least"). */
  max: z.number().int().nonnegative().nullable(),
  approximate: z.boolean(),
  /** The figure as the source words it: "several dozen", "around 1,000". */
  text: Text,
});

export const Casualty = z.strictObject({
  kind: z.enum(CASUALTY_KINDS),
  /** An actor id, or "unspecified" when the source does not say who. */
  group: Id,
  count: CasualtyCount,
  asOf: IsoInstant,
  /** The actor who makes the claim; null when the source attributes it to no one. */
  claimedBy: Id.nullable(),
  sources: z.array(Id).min(1, { message: 'expected at least one source id' }),
});

export const Quote = z.strictObject({
  original: Text,
  language: LanguageTag,
  translation: Text.optional(),
});

export const Citation = z.strictObject({
  source: Id,
  url: HttpUrl.optional(),
  quote: Quote.optional(),
  /** Source ids through which the claim reached `source`, nearest the origin first. */
  via: z.array(Id).optional(),
});

export const EventActor = z.strictObject({
  actor: Id,
  role: Text.optional(),
});

export const Event = z.strictObject({
  id: Id,
  title: Text,
  summary: Text,
  time: EventTime,
  actors: z.array(EventActor),
  locations: z.array(Id),
  categories: z.array(z.enum(CATEGORIES)).min(1, { message: 'expected at least one category' }),
  casualties: z.array(Casualty),
  citations: z.array(Citation).min(1, { message: 'expected at least one citation' }),
});

export const Published = z.strictObject({
  date: IsoDate,
  source: Id,
  /** How the publication date was established. */
  basis: Text,
});

export const FORMAT_VERSION = 'chronicle/1';

export const Dataset = z.strictObject({
  format: z.literal(FORMAT_VERSION),
  id: Id,
  title: Text,
  summary: Text,
  language: LanguageTag,
  timeZone: TimeZoneName,
  published: Published,
  actors: z.array(Actor),
  locations: z.array(Location),
  sources: z.array(Source),
  events: z.array(Event),
});

export type Actor = z.infer<typeof Actor>;
export type Location = z.infer<typeof Location>;
export type Source = z.infer<typeof Source>;
export type EventTime = z.infer<typeof EventTime>;
export type CasualtyCount = z.infer<typeof CasualtyCount>;
export type Casualty = z.infer<typeof Casualty>;
export type Quote = z.infer<typeof Quote>;
export type Citation = z.infer<typeof Citation>;
export type EventActor = z.infer<typeof EventActor>;
export type ChronicleEvent = z.infer<typeof Event>;
export type Dataset = z.infer<typeof Dataset>;
export type Category = (typeof CATEGORIES)[number];
export type CasualtyKind = (typeof CASUALTY_KINDS)[number];
export type TimePrecision = (typeof TIME_PRECISIONS)[number];
