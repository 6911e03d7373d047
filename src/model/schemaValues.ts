/**
 * The format's value types (ids, text, dates, links, languages, time zones), shared by every part of
 * the schema. A leaf: it imports nothing else of the schema. Its messages are functions
 * (`error: () => t(…)`), looked up when an issue is raised, so they follow the active language.
 */
import * as z from 'zod/mini';
import { t } from '../i18n/i18n';
import { CALENDAR_PATTERNS, isRealCalendarValue } from './calendar';
import { TEXT_LIMITS, textField } from './textRules';
import { ID_PATTERN, MAX_ID_LENGTH } from './vocabulary';

/** A readable, stable slug: lower-case letters, digits and single hyphens ("almaty-mayor-office"). */
export const Id = z
  .string()
  .check(z.regex(ID_PATTERN, { error: () => t('check.value.id') }), z.maxLength(MAX_ID_LENGTH));

const { ISO_DATE, ISO_DATE_TIME } = CALENDAR_PATTERNS;

/** A calendar date: "2022-01-05", or reduced precision "2022-01" and "2022". */
export const IsoDate = z
  .string()
  .check(
    z.regex(ISO_DATE, { error: () => t('check.value.isoDate') }),
    z.refine(isRealCalendarValue, { error: () => t('check.value.impossibleDate') }),
  );

/** A date, or a date-time with its UTC offset: "2022-01-05T14:30+06:00". */
export const IsoInstant = z.string().check(
  z.regex(new RegExp(`${ISO_DATE.source}|${ISO_DATE_TIME.source}`), {
    error: () => t('check.value.isoInstant'),
  }),
  z.refine(isRealCalendarValue, { error: () => t('check.value.impossibleMoment') }),
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
    { error: () => t('check.value.url') },
  ),
);

/** The shape of a BCP 47 language tag: a language subtag, then subtags for script, region, variant. */
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** A BCP 47 language tag such as "nb", "en" or "ru-KZ". */
export const LanguageTag = z
  .string()
  .check(z.regex(LANGUAGE_TAG_PATTERN, { error: () => t('check.value.languageTag') }));

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
    { error: () => t('check.value.timeZone') },
  ),
);

// Text rules (length per kind of field, visible, no direction overrides): see textRules.ts.
/** Text: how a date was established, roles, figures in words. */
export const Text = textField('text');
/** The dataset's and each event's title. */
export const Title = textField('title');
/** Names of actors, places and sources, local names and authors. */
export const Name = textField('name');
/** Summaries and descriptions. */
export const Summary = textField('summary');
/** A quote and its translation. */
export const QuoteText = textField('quote');
