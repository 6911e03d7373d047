/**
 * The format's fixed lists (kinds, categories, precisions) and version, free of the schema library
 * so the view can use them without loading the validator. `schema.ts` builds the schema on them.
 */

/** The format version this app writes. */
export const FORMAT_VERSION = 'chronicle/2';
/** Every version this app reads; older documents are migrated on load (see migrate.ts). */
export const READABLE_FORMAT_VERSIONS = ['chronicle/1', 'chronicle/2'] as const;

/** The form of every id: a readable slug of lower-case letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest an id may be (ids appear in links). */
export const MAX_ID_LENGTH = 120;

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

/** Whose account an event belongs to: the article's (the default), or later reporting's only. */
export const ACCOUNTS = ['article', 'later-reporting'] as const;
/** What a claim of later reporting is about. */
export const CLAIM_SUBJECTS = ['time', 'place', 'actors', 'outcome', 'wording', 'figures'] as const;
/** How a claim of later reporting relates to the article's account. */
export const CLAIM_RELATIONS = [
  'confirms',
  'more-precise',
  'contradicts',
  'attribution',
  'outcome',
] as const;
/** How well a claim (or a casualty figure) holds: confirmed, unconfirmed, or retracted. */
export const CLAIM_STATUSES = ['confirmed', 'unconfirmed', 'retracted'] as const;

/** True for an id of the documented categories. */
export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

/** An event category (see docs/data-format.md). */
export type Category = (typeof CATEGORIES)[number];
/** A kind of casualty figure. */
export type CasualtyKind = (typeof CASUALTY_KINDS)[number];
/** A kind of source: "news-agency", "official", … */
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** How exact an event's time is. */
export type TimePrecision = (typeof TIME_PRECISIONS)[number];
/** Whose account an event belongs to. */
export type Account = (typeof ACCOUNTS)[number];
/** What a claim is about. */
export type ClaimSubject = (typeof CLAIM_SUBJECTS)[number];
/** How a claim relates to the article. */
export type ClaimRelation = (typeof CLAIM_RELATIONS)[number];
/** How well a claim or figure holds. */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * An event's main category (its first), which sets its colour; "background" when it lists none,
 * so that an event without a category is drawn alike everywhere.
 */
export function primaryCategory(categories: readonly Category[]): Category {
  return categories[0] ?? 'background';
}
