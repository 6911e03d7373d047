/**
 * What a reader is told about a source beside its name: outlet, date and time of publication,
 * language, which source it copies, and why it has no link. Pure; the words live in `messages`.
 */
import { formatValue } from '../model/formatTime';
import type { Source } from '../model/schema';
import { safeHref } from '../ui/safeHref';

/** The words of the source lines, kept together for the translations to come. */
export const sourceMessages = {
  copyOf: (name: string) => `copy of ${name}`,
  noLink: 'No public link found',
  opensInNewTab: ' (opens in a new tab)',
};

const languageNames = new Intl.DisplayNames(['en-GB'], { type: 'language' });

/** The language's English name ("Norwegian Bokmål"), or the tag when it has none. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
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
  if (source.copyOf !== undefined) facts.push(sourceMessages.copyOf(nameOf(source.copyOf)));
  const href = safeHref(source.url);
  return { href, facts, noLink: href === undefined ? (source.noLink ?? null) : null };
}
