/**
 * The app's words in a Node script (share pages, preview cards, the generator, the bench): the
 * catalog read from disk and compiled here, since Node has no Vite to serve `virtual:catalog/*`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCatalog, type Catalog } from '../src/i18n/catalogCheck.ts';
import { activateCatalog } from '../src/i18n/i18n.ts';
import type { Language } from '../src/i18n/languages.ts';
import { CATALOG_DIR } from './vite-plugin-catalogs.ts';

/** Makes `language` (English unless told) the active language of the app's modules in Node. */
export function activateLanguageInNode(language: Exclude<Language, 'pseudo'> = 'en'): void {
  const catalog = JSON.parse(
    readFileSync(join(CATALOG_DIR, `${language}.json`), 'utf8'),
  ) as Catalog;
  activateCatalog(language, compileCatalog(catalog) as Parameters<typeof activateCatalog>[1]);
}
