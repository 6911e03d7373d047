/**
 * The interface's language at run time, on Lingui's core: one catalog per language, loaded as its
 * own chunk when first needed (`loadLanguage`), and one `t` for every message, in components and
 * in the pure functions that write sentences (notices, dates, figures) alike. The page re-renders
 * its whole tree when the language changes (src/i18n/useLanguage.ts), so nothing keeps words of
 * the old language. Numbers, lists and plural forms follow the language through `Intl`.
 */
import { setupI18n, type Messages } from '@lingui/core';
import type { Locale as DateLocale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { nb } from 'date-fns/locale/nb';
import type enCatalog from './catalogs/en.json';
import { INTL_LOCALES, SOURCE_LANGUAGE, type Language } from './languages';

/** A key of the catalogs (every catalog has the English one's keys; a test checks). */
export type MessageKey = keyof typeof enCatalog & string;
/** The values a message's placeholders take. */
export type MessageValues = Record<string, string | number>;

const i18n = setupI18n();
const loaded = new Set<Language>();
let active: Language | null = null;
const listeners = new Set<() => void>();

/**
 * Each catalog is a chunk of its own, fetched only for a reader of that language. (date-fns's
 * words stay in the main chunk: a locale shares date-fns's code, and splitting that code out
 * would cut the main chunk in pieces.)
 */
const CATALOG_LOADERS: Record<Language, () => Promise<{ default: Messages }>> = {
  en: () => import('virtual:catalog/en'),
  nb: () => import('virtual:catalog/nb'),
  pseudo: () => import('./bundles/pseudo'),
};

/** date-fns's words for dates, by language ("Wednesday 5 January 2022", "onsdag 5. januar 2022"). */
const DATE_LOCALES: Record<Language, DateLocale> = { en: enGB, nb, pseudo: enGB };

/** Loads a language's catalog (once) and makes it the active one. */
export async function loadLanguage(language: Language): Promise<void> {
  if (!loaded.has(language)) {
    i18n.load(language, (await CATALOG_LOADERS[language]()).default);
    loaded.add(language);
  }
  if (active === language) return;
  i18n.activate(language, [INTL_LOCALES[language]]);
  active = language;
  for (const listener of listeners) listener();
}

/**
 * Makes already compiled messages the active language at once: for build scripts in Node, which
 * read the catalog from disk (scripts/nodeLanguage.ts) instead of fetching its chunk.
 */
export function activateCatalog(language: Language, messages: Messages): void {
  i18n.load(language, messages);
  loaded.add(language);
  i18n.activate(language, [INTL_LOCALES[language]]);
  active = language;
  for (const listener of listeners) listener();
}

/** The active language (English until one is loaded: tests and the first render load one). */
export function activeLanguage(): Language {
  return active ?? SOURCE_LANGUAGE;
}

/** Calls `listener` whenever the active language changes; returns the unsubscribe. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The backslash's stand-in while a message is filled in: a private-use character of plane 15,
 * apart from the ones richMessage (src/ui/richMessage.tsx) marks its slots with.
 */
const BACKSLASH_STAND_IN = '\u{F0000}';

/**
 * The message for `key` in the active language, its placeholders filled in. Values are kept as
 * given: Lingui decodes `\uXXXX` in a filled-in message, which would turn the escapes the
 * validator writes for invisible characters of a dataset back into those characters.
 */
export function t(key: MessageKey, values?: MessageValues): string {
  if (values === undefined) return i18n._(key);
  const guarded: MessageValues = {};
  for (const [name, value] of Object.entries(values)) {
    guarded[name] =
      typeof value === 'string' && value.includes('\\')
        ? value.replaceAll('\\', BACKSLASH_STAND_IN)
        : value;
  }
  return i18n._(key, guarded).replaceAll(BACKSLASH_STAND_IN, '\\');
}

/** The `Intl` locale of the active language, for numbers, lists and collation. */
export function intlLocale(): string {
  return INTL_LOCALES[activeLanguage()];
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * A short list of names in the active language ("Almaty, Aktobe"), its formatter made once per
 * language: making one costs about 0.1 ms, and every timeline mark names its places (22 ms of a
 * filter click at 1,000 events, profiled with `npm run bench:profile`).
 */
export function formatShortList(names: readonly string[]): string {
  const locale = intlLocale();
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
    listFormats.set(locale, format);
  }
  return format.format(names);
}

/** date-fns's words for dates in the active language. */
export function dateLocale(): DateLocale {
  return DATE_LOCALES[activeLanguage()];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A whole or decimal number in the active language's way ("1,234" or "1 234"). */
export function formatNumber(value: number): string {
  const locale = intlLocale();
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
