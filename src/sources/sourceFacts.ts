/**
 * What a reader is told about a source beside its name: outlet, date and time of publication,
 * language, which source it copies, and why it has no link. Pure; the words are the catalog's
 * (`sources.*`), and languages are named in the reader's language through `Intl.DisplayNames`.
 */
import { formatValue } from '../model/formatTime';
import type { Source } from '../model/schema';
import { safeHref } from '../ui/safeHref';
import { intlLocale, t } from '../i18n/i18n';

const languageNames = new Map<string, Intl.DisplayNames>();

/**
 * The language's name in the reader's language ("Norwegian Bokmål", "norsk bokmål"), or the tag
 * when it has none.
 */
export function languageName(tag: string): string {
  const locale = intlLocale();
  let names = languageNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([locale], { type: 'language' });
    languageNames.set(locale, names);
  }
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A source as one line of facts. */
export interface SourceFacts {
  /** Its http(s) link, or undefined. */
  href: string | undefined;
  /** Outlet, date, language and what it copies, in reading order; only those known. */
  facts: string[];
  /** Why there is no link ("No public link found: …"), when it has none and says why. */
  noLink: string | null;
}

/** The facts of `source`, dates written in `timeZone` (a date-time keeps its own offset). */
export function sourceFacts(
  source: Source,
  timeZone: string,
  nameOf: (id: string) => string,
): SourceFacts {
  const facts: string[] = [];
  if (source.outlet !== undefined && source.outlet !== source.name) facts.push(source.outlet);
  if (source.date !== undefined) facts.push(formatValue(source.date, timeZone, undefined, 'short'));
  if (source.language !== undefined) facts.push(languageName(source.language));
  if (source.copyOf !== undefined) facts.push(t('sources.copyOf', { name: nameOf(source.copyOf) }));
  const href = safeHref(source.url);
  return { href, facts, noLink: href === undefined ? (source.noLink ?? null) : null };
}
