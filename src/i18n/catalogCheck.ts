/**
 * Checks of one catalog against the English one, which every message is written in first: the
 * keys it lacks or has over, and messages whose placeholders differ (a translation that drops
 * `{count}` or invents `{cuont}`). Used by the catalog test and by `npm run i18n:missing`.
 */
import { compileMessage, type CompiledMessage } from '@lingui/message-utils/compileMessage';

/** A catalog as written: ICU MessageFormat by key. */
export type Catalog = Record<string, string>;

/** What is wrong with one catalog against English. */
export interface CatalogReport {
  /** Keys English has and this catalog lacks. */
  missing: string[];
  /** Keys this catalog has and English does not. */
  extra: string[];
  /** Keys whose message names other placeholders than the English one. */
  placeholderMismatches: { key: string; english: string[]; translated: string[] }[];
}

/** The placeholder names a message uses, plural and select arguments included, sorted. */
export function placeholdersOf(message: string): string[] {
  const names = new Set<string>();
  const visit = (tokens: CompiledMessage) => {
    for (const token of tokens) {
      if (typeof token === 'string') continue;
      names.add(token[0]);
      const choices = token[2];
      if (choices && typeof choices === 'object') {
        for (const branch of Object.values(choices)) {
          if (Array.isArray(branch)) visit(branch as CompiledMessage);
        }
      }
    }
  };
  visit(compileMessage(message));
  return [...names].sort();
}

/** Compares `catalog` with `english`. */
export function checkCatalog(english: Catalog, catalog: Catalog): CatalogReport {
  const missing = Object.keys(english).filter((key) => !Object.hasOwn(catalog, key));
  const extra = Object.keys(catalog).filter((key) => !Object.hasOwn(english, key));
  const placeholderMismatches = Object.keys(english)
    .filter((key) => Object.hasOwn(catalog, key))
    .map((key) => ({
      key,
      english: placeholdersOf(english[key] ?? ''),
      translated: placeholdersOf(catalog[key] ?? ''),
    }))
    .filter(({ english: a, translated: b }) => a.join(',') !== b.join(','));
  return { missing, extra, placeholderMismatches };
}

/** Compiles one catalog's messages; throws naming the key of a message that is not valid ICU. */
export function compileCatalog(messages: Catalog): Record<string, unknown> {
  const compiled: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(messages)) {
    try {
      compiled[key] = compileMessage(message);
    } catch (error) {
      throw new Error(
        `catalog message "${key}" is not valid ICU MessageFormat: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return compiled;
}
