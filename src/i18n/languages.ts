/**
 * The languages of the interface and how the page chooses one: the link's `lang=`, otherwise the
 * first of the browser's languages that has a catalog, otherwise the dataset's own language,
 * otherwise English. `pseudo` is for checking the interface, never chosen by itself: every
 * English message accented and made 40% longer, so an untranslated or cut string stands out.
 */

/** The languages with a complete catalog, in the order the switch lists them. */
export const READER_LANGUAGES = ['en', 'nb'] as const;
/** Every language a link may ask for. */
export const LANGUAGES = [...READER_LANGUAGES, 'pseudo'] as const;
/** A language of the interface. */
export type Language = (typeof LANGUAGES)[number];

export const DIRECTIONS = ['auto', 'ltr', 'rtl'] as const;
/**
 * The writing direction of the interface: the language's own (auto, left to right for every
 * language so far), or one forced by the link to check a right-to-left layout.
 */
export type Direction = (typeof DIRECTIONS)[number];

/** The fallback when nothing else says: the language every message is written in first. */
export const SOURCE_LANGUAGE: Language = 'en';

/** Each language's own name, written in that language, for the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  nb: 'Norsk bokmål',
  pseudo: 'Ƥšéûđö',
};

/** The BCP 47 tag for `<html lang>` and `lang` attributes ("en-XA" is the pseudo-locale's). */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en', nb: 'nb', pseudo: 'en-XA' };

/**
 * The `Intl` locale for numbers, lists and dates: British English (day before month), Norway's
 * Bokmål; the pseudo-locale formats as British English.
 */
export const INTL_LOCALES: Record<Language, string> = { en: 'en-GB', nb: 'nb-NO', pseudo: 'en-GB' };

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The reader language for a BCP 47 tag, or null: "nb-NO", "no" and "nn" (Nynorsk readers read
 * Bokmål) give `nb`; any English gives `en`.
 */
export function languageOfTag(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
  if (primary === 'en') return 'en';
  return null;
}

/** The language the page uses (see the module comment for the order). */
export function chooseLanguage(
  fromLink: Language | null,
  browserLanguages: readonly string[],
  datasetLanguage: string | null,
): Language {
  if (fromLink) return fromLink;
  for (const tag of browserLanguages) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return (datasetLanguage === null ? null : languageOfTag(datasetLanguage)) ?? SOURCE_LANGUAGE;
}

/** The language a link's query string asks for with `lang=` (the first, if repeated), or null. */
export function languageOfLink(search: string): Language | null {
  const value = new URLSearchParams(search).get('lang');
  return value !== null && isLanguage(value) ? value : null;
}
