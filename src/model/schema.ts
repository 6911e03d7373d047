/**
 * The Chronicle data format, version 1 ("chronicle/1").
 *
 * This zod schema (the tree-shakable `zod/mini` API, so the app ships little of it) is the single
 * source of truth: the TypeScript types below are inferred from it,
 * `data/schema.json` is generated from it (`npm run schema`), and `docs/data-format.md` documents it.
 * Shape checks live here; cross-references (unknown ids, duplicates) live in `validate.ts`.
 */
import * as z from 'zod/mini';
import { CALENDAR_PATTERNS, isRealCalendarValue } from './calendar';
import { TEXT_LIMITS, textField } from './textRules';
import {
  ACTOR_KINDS,
  CASUALTY_KINDS,
  CATEGORIES,
  LOCATION_KINDS,
  SOURCE_KINDS,
  TIME_PRECISIONS,
  FORMAT_VERSION,
} from './vocabulary';

// Re-exported so the schema module stays a complete description of the format.
export {
  FORMAT_VERSION,
  ACTOR_KINDS,
  CASUALTY_KINDS,
  CATEGORIES,
  LOCATION_KINDS,
  SOURCE_KINDS,
  TIME_PRECISIONS,
  isRealCalendarValue,
};

/** A readable, stable slug: lower-case letters, digits and single hyphens ("almaty-mayor-office"). */
export const Id = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message:
      'expected a slug of lower-case letters, digits and single hyphens, e.g. "almaty-protest"',
  }),
  z.maxLength(TEXT_LIMITS.id),
);

const { ISO_DATE, ISO_DATE_TIME } = CALENDAR_PATTERNS;

/** A calendar date: "2022-01-05", or reduced precision "2022-01" and "2022". */
export const IsoDate = z
  .string()
  .check(
    z.regex(ISO_DATE, { message: 'expected an ISO 8601 date: "YYYY-MM-DD", "YYYY-MM" or "YYYY"' }),
    z.refine(isRealCalendarValue, { message: 'impossible date: no such day in the calendar' }),
  );

/** A date, or a date-time with its UTC offset: "2022-01-05T14:30+06:00". */
export const IsoInstant = z.string().check(
  z.regex(new RegExp(`${ISO_DATE.source}|${ISO_DATE_TIME.source}`), {
    message:
      'expected an ISO 8601 date ("2022-01-05") or date-time with offset ("2022-01-05T14:30+06:00")',
  }),
  z.refine(isRealCalendarValue, {
    message: 'impossible date or time: no such moment in the calendar',
  }),
);

/** An absolute link; only http: and https: are accepted, so data can never carry script URLs. */
export const HttpUrl = z.string().check(
  z.maxLength(TEXT_LIMITS.url),
  z.refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'expected an absolute http: or https: URL' },
  ),
);

/** A BCP 47 language tag such as "nb", "en" or "ru-KZ". */
export const LanguageTag = z.string().check(
  z.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, {
    message: 'expected a BCP 47 language tag such as "en", "nb" or "ru-KZ"',
  }),
);

/** An IANA time zone name such as "Asia/Almaty". */
export const TimeZoneName = z.string().check(
  z.refine(
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
  ),
);

// Text rules (length per kind of field, visible, no direction overrides): see textRules.ts.
const Text = textField('text');
const Title = textField('title');
const Name = textField('name');
const Summary = textField('summary');
const QuoteText = textField('quote');

export const Actor = z.strictObject({
  id: Id,
  name: Name,
  kind: z.enum(ACTOR_KINDS),
  description: z.optional(Summary),
  /** Ids of the actors (alliances, governments, forces) this one belongs to. */
  memberOf: z.optional(z.array(Id)),
});

export const Location = z.strictObject({
  id: Id,
  name: Name,
  /** The name in the local language or script, e.g. "Алматы". */
  localName: z.optional(Name),
  kind: z.enum(LOCATION_KINDS),
  /** [longitude, latitude], GeoJSON order. */
  coordinates: z.tuple([
    z.number().check(z.gte(-180), z.lte(180)),
    z.number().check(z.gte(-90), z.lte(90)),
  ]),
  /** The id of the place this one lies within (building → city → region → country). */
  within: z.optional(Id),
});

export const Source = z.strictObject({
  id: Id,
  name: Name,
  kind: z.enum(SOURCE_KINDS),
  url: z.optional(HttpUrl),
  author: z.optional(Name),
  date: z.optional(IsoDate),
  language: z.optional(LanguageTag),
});

export const EventTime = z.strictObject({
  start: IsoInstant,
  end: z.optional(IsoInstant),
  precision: z.enum(TIME_PRECISIONS),
  approximate: z.boolean(),
  /** How the date was established, in words: «"på søndag" in an article of Thursday 6 January 2022». */
  basis: Text,
});

export const CasualtyCount = z.strictObject({
  min: z.int().check(z.nonnegative()),
  /** null: open-ended ("dozens", "at least"). */
  max: z.nullable(z.int().check(z.nonnegative())),
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
  claimedBy: z.nullable(Id),
  sources: z.array(Id).check(z.minLength(1, { message: 'expected at least one source id' })),
});

export const Quote = z.strictObject({
  original: QuoteText,
  language: LanguageTag,
  translation: z.optional(QuoteText),
});

export const Citation = z.strictObject({
  source: Id,
  url: z.optional(HttpUrl),
  quote: z.optional(Quote),
  /** Source ids through which the claim reached `source`, nearest the origin first. */
  via: z.optional(z.array(Id)),
});

export const EventActor = z.strictObject({
  actor: Id,
  role: z.optional(Text),
});

export const Event = z.strictObject({
  id: Id,
  title: Title,
  summary: Summary,
  time: EventTime,
  actors: z.array(EventActor),
  locations: z.array(Id),
  categories: z
    .array(z.enum(CATEGORIES))
    .check(z.minLength(1, { message: 'expected at least one category' })),
  casualties: z.array(Casualty),
  citations: z.array(Citation).check(z.minLength(1, { message: 'expected at least one citation' })),
});

export const Published = z.strictObject({
  date: IsoDate,
  source: Id,
  /** How the publication date was established. */
  basis: Text,
});

export const Dataset = z.strictObject({
  format: z.literal(FORMAT_VERSION),
  id: Id,
  title: Title,
  summary: Summary,
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
export type { Category, CasualtyKind, TimePrecision } from './vocabulary';
