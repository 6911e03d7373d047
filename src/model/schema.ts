/**
 * The Chronicle data format, version 2 ("chronicle/2").
 *
 * This zod schema (the tree-shakable `zod/mini` API, so the app ships little of it) is the single
 * source of truth: the TypeScript types below are inferred from it,
 * `data/schema.json` is generated from it (`npm run schema`), and `docs/data-format.md` documents it.
 *
 * It describes two things at once. Its *input* is what people write: most fields are optional and
 * a few have shorthands (a time as one EDTF string, an actor as its bare id). Its *output* is the
 * dataset the app works with: defaults filled in and every shorthand written out, which is itself a
 * valid document, so exports write it as it is. Shape checks live here; cross-references (unknown
 * ids, duplicates) and checks that need time arithmetic live in `referenceChecks.ts` and
 * `eventChecks.ts`. Documents in `chronicle/1` are migrated first (`migrate.ts`).
 */
import * as z from 'zod/mini';
import { t } from '../i18n/i18n';
import { isRealCalendarValue } from './calendar';
import {
  HttpUrl,
  Id,
  IsoDate,
  IsoInstant,
  LanguageTag,
  Name,
  QuoteText,
  Summary,
  Text,
  TimeZoneName,
  Title,
} from './schemaValues';
import { normalizeTime } from './timeInput';
import { QuotedPhrases, translationsOf } from './translations';
import { TimePoint } from './timeSchema';
import {
  ACCOUNTS,
  ACTOR_KINDS,
  CASUALTY_KINDS,
  CATEGORIES,
  CLAIM_RELATIONS,
  CLAIM_STATUSES,
  CLAIM_SUBJECTS,
  LOCATION_KINDS,
  SOURCE_KINDS,
  TIME_PRECISIONS,
  FORMAT_VERSION,
} from './vocabulary';

// Re-exported so the schema module stays a complete description of the format.
export {
  FORMAT_VERSION,
  ACCOUNTS,
  ACTOR_KINDS,
  CASUALTY_KINDS,
  CATEGORIES,
  CLAIM_RELATIONS,
  CLAIM_STATUSES,
  CLAIM_SUBJECTS,
  LOCATION_KINDS,
  SOURCE_KINDS,
  TIME_PRECISIONS,
  isRealCalendarValue,
};

export const Actor = z.strictObject({
  id: Id,
  name: Name,
  kind: z.enum(ACTOR_KINDS),
  description: z.optional(Summary),
  /** Ids of the actors (alliances, governments, forces) this one belongs to. */
  memberOf: z.optional(z.array(Id)),
  /** The name and description in other languages: `{ "nb": { "name": "Russland" } }`. */
  translations: translationsOf({ name: Name, description: Summary }),
});

const Longitude = z.number().check(z.gte(-180), z.lte(180));
const Latitude = z.number().check(z.gte(-90), z.lte(90));

export const Location = z.strictObject({
  id: Id,
  name: Name,
  /** The name in the local language or script, e.g. "Алматы". */
  localName: z.optional(Name),
  kind: z.enum(LOCATION_KINDS),
  /**
   * [longitude, latitude], GeoJSON order. Left out when the place is known only as lying `within`
   * another (a building "somewhere in Almaty"): it is then shown where that place is, and says so.
   */
  coordinates: z.optional(z.tuple([Longitude, Latitude])),
  /** The id of the place this one lies within (building → city → region → country). */
  within: z.optional(Id),
  /** The name in other languages of readers: `{ "nb": { "name": "Kasakhstan" } }`. */
  translations: translationsOf({ name: Name }),
});

export const Source = z.strictObject({
  id: Id,
  name: Name,
  kind: z.enum(SOURCE_KINDS),
  /** The outlet that published it: "TASS (English)", "Deutsche Welle". */
  outlet: z.optional(Name),
  /** The headline as the page shows it. */
  headline: z.optional(Title),
  url: z.optional(HttpUrl),
  author: z.optional(Name),
  /** When it was published: a date, or a date-time with its offset ("2022-01-06T08:51+06:00"). */
  date: z.optional(IsoInstant),
  language: z.optional(LanguageTag),
  /** The source whose text this one copies (an aggregator's copy of an agency's report). */
  copyOf: z.optional(Id),
  /** Why there is no `url`, in words: "no public link found". */
  noLink: z.optional(Text),
  /** What else a reader should know about it: which version a copy is, a time without its zone. */
  note: z.optional(Text),
  /** The name in other languages. */
  translations: translationsOf({ name: Name }),
});

/** A time as written: a point object, or one ISO 8601 / EDTF string. */
const PointInput = z.union([z.string(), TimePoint]);

/** Every field a time object may have as written; which ones may go together is checked below. */
const TimeObjectInput = z.strictObject({
  ...TimePoint.shape,
  /** One end of a duration. */
  start: z.optional(PointInput),
  end: z.optional(PointInput),
  /** The whole time as one EDTF string, for those who write EDTF: "[..2022-01-06]". */
  edtf: z.optional(z.string()),
  basis: z.optional(Text),
});

/** An event's time as written: an EDTF / ISO 8601 string, or an object. Output: the object form. */
export const EventTimeInput = z.pipe(
  z.union([z.string(), TimeObjectInput]),
  z.transform((input, context) => {
    const result = normalizeTime(input);
    if (result.ok) return result.value;
    for (const problem of result.problems) {
      context.issues.push({ code: 'custom', message: problem.message, input, path: problem.path });
    }
    return z.NEVER;
  }),
);

/** The withdrawal of a figure: when (not before the figure's `asOf`), how, reported by whom. */
export const Withdrawal = z.strictObject({
  at: IsoInstant,
  /** How it was withdrawn, in the sources' words: "called a \"technical error\"". */
  text: z.optional(Text),
  /** The sources that report the withdrawal. */
  sources: z.optional(z.array(Id)),
});

export const CasualtyCount = z.strictObject({
  min: z.int().check(z.nonnegative()),
  /** null: open-ended ("dozens", "at least"). */
  max: z.nullable(z.int().check(z.nonnegative())),
  approximate: z._default(z.boolean(), false),
  /** The figure as the source words it: "several dozen", "around 1,000". */
  text: Text,
  /** `text` in other languages. */
  translations: translationsOf({ text: Text }),
});

export const Casualty = z.strictObject({
  kind: z.enum(CASUALTY_KINDS),
  /** An actor id, or "unspecified" (the default) when the source does not say who. */
  group: z._default(Id, 'unspecified'),
  /**
   * The group as the claimant names it ("attackers", "anti-government rebels"), shown beside
   * `group`, which files it under one of the dataset's actors.
   */
  groupLabel: z.optional(Name),
  count: CasualtyCount,
  /** When the figure held, or when it was reported: a point in time, never a span. */
  asOf: IsoInstant,
  /** The actor who makes the claim; null (the default) when the source attributes it to no one. */
  claimedBy: z._default(z.nullable(Id), null),
  sources: z.array(Id).check(z.minLength(1, { error: () => t('check.sourcesNeeded') })),
  /** How the figure held up in later reporting; a retracted figure was posted, then withdrawn. */
  status: z.optional(z.enum(CLAIM_STATUSES)),
  /** When and how a retracted figure was withdrawn. */
  withdrawn: z.optional(Withdrawal),
  /** `groupLabel` in other languages. */
  translations: translationsOf({ groupLabel: Name }),
});

export const Quote = z.strictObject({
  original: QuoteText,
  language: LanguageTag,
  translation: z.optional(QuoteText),
});

/**
 * One step in a chain of reporting: a source id, or several source ids that carried the claim in
 * parallel from the step before ("Interfax, TASS and RIA Novosti, all quoting the spokeswoman").
 */
export const ReportingStep = z.union([Id, z.array(Id).check(z.minLength(1))]);

export const Citation = z.strictObject({
  source: Id,
  url: z.optional(HttpUrl),
  quote: z.optional(Quote),
  /** The chain through which the claim reached `source`, nearest the origin first. */
  via: z.optional(z.array(ReportingStep)),
});

export const EventActor = z.strictObject({
  actor: Id,
  role: z.optional(Text),
  /** The role in other languages. */
  translations: translationsOf({ role: Text }),
});

/** An actor of an event as written: `{ actor, role }`, or just the actor's id. */
const EventActorInput = z.pipe(
  z.union([Id, EventActor]),
  z.transform((entry): z.infer<typeof EventActor> =>
    typeof entry === 'string' ? { actor: entry } : entry,
  ),
);

export const Event = z.strictObject({
  id: Id,
  title: Title,
  summary: z.optional(Summary),
  time: EventTimeInput,
  actors: z._default(z.array(EventActorInput), []),
  locations: z._default(z.array(Id), []),
  /** The first is the main one and sets the event's colour. */
  categories: z._default(z.array(z.enum(CATEGORIES)), []),
  casualties: z._default(z.array(Casualty), []),
  citations: z._default(z.array(Citation), []),
  /** Events this one came after, for the story's order where times tie or overlap. */
  after: z.optional(z.array(Id)),
  /** Former ids of this event (links made with them still open it), e.g. after two were merged. */
  aliases: z.optional(z.array(Id)),
  /** Whose account it is: the article's (when left out) or only later reporting's. */
  account: z.optional(z.enum(ACCOUNTS)),
  /** The title, summary and the time's `basis` in other languages. */
  translations: translationsOf({ title: Title, summary: Summary, basis: Text }),
});

/**
 * What a later source says about one event, beside the article's account (which it never
 * overwrites): about its time, place, actors, outcome, wording or figures, how that relates to the
 * article, how well it holds, and who says it.
 */
export const Claim = z.strictObject({
  id: Id,
  /** The event it is about. */
  event: Id,
  about: z.enum(CLAIM_SUBJECTS),
  relation: z.enum(CLAIM_RELATIONS),
  status: z.enum(CLAIM_STATUSES),
  /** What the article says on the point, in short: "raised the price cap on Sunday". */
  article: z.optional(Text),
  /** What later reporting says, in short: "the cap was removed on 1 January". */
  later: Text,
  /** The time later reporting gives; where the event is placed in the story with later reporting. */
  time: z.optional(EventTimeInput),
  /** The places later reporting gives; they stand in for the event's in that story. */
  locations: z.optional(z.array(Id)),
  /** Who later reporting says took part; they stand in for the event's actors in that story. */
  actors: z.optional(z.array(EventActorInput)),
  /** The position in the event's `casualties` of the one figure this claim restates. */
  figure: z.optional(z.int().check(z.nonnegative())),
  /** Figures later reporting gives: the restated figure (with `figure`), or later revisions. */
  casualties: z.optional(z.array(Casualty)),
  /** The later sources that make the claim, with their words; at least one. */
  citations: z._default(z.array(Citation), []),
  /** `article`, `later` and the `basis` of `time` in other languages. */
  translations: translationsOf({ article: Text, later: Text, basis: Text }),
});

export const Published = z.strictObject({
  date: IsoDate,
  /** True when the date is inferred rather than printed (shown as "inferred"). */
  approximate: z.optional(z.boolean()),
  source: Id,
  /** How the publication date was established. */
  basis: Text,
  /** The basis in other languages. */
  translations: translationsOf({ basis: Text }),
});

export const Dataset = z.strictObject({
  /** "chronicle/2"; documents in "chronicle/1" are migrated before they get here. */
  format: z.literal(FORMAT_VERSION),
  id: Id,
  title: Title,
  summary: z.optional(Summary),
  /** The language of the dataset's own text; "en" when not given. */
  language: z._default(LanguageTag, 'en'),
  /** The zone in which dates without a clock time are read; "UTC" when not given. */
  timeZone: z._default(TimeZoneName, 'UTC'),
  published: z.optional(Published),
  actors: z._default(z.array(Actor), []),
  locations: z._default(z.array(Location), []),
  sources: z._default(z.array(Source), []),
  events: z.array(Event),
  /** Later reporting about the events, beside the article's account. */
  claims: z.optional(z.array(Claim)),
  /** The title and summary in other languages: `{ "nb": { "title": "…", "summary": "…" } }`. */
  translations: translationsOf({ title: Title, summary: Summary }),
  /** Quoted phrases of the dataset's own text that are in another language, by language. */
  quotedPhrases: QuotedPhrases,
});

export type Actor = z.infer<typeof Actor>;
export type Location = z.infer<typeof Location>;
export type Source = z.infer<typeof Source>;
export type { DurationTime, EventTime, InstantTime, TimePoint } from './timeSchema';
export type CasualtyCount = z.infer<typeof CasualtyCount>;
export type Casualty = z.infer<typeof Casualty>;
export type Quote = z.infer<typeof Quote>;
export type ReportingStep = z.infer<typeof ReportingStep>;
export type Citation = z.infer<typeof Citation>;
export type Withdrawal = z.infer<typeof Withdrawal>;
export type Claim = z.infer<typeof Claim>;
export type EventActor = z.infer<typeof EventActor>;
export type ChronicleEvent = z.infer<typeof Event>;
/** A dataset as the app holds it: defaults filled in, shorthands written out. */
export type Dataset = z.output<typeof Dataset>;
/** A dataset document as people write it (before defaults and shorthands are resolved). */
export type DatasetDocument = z.input<typeof Dataset>;
export type {
  Account,
  Category,
  CasualtyKind,
  ClaimRelation,
  ClaimStatus,
  ClaimSubject,
  TimePrecision,
} from './vocabulary';
