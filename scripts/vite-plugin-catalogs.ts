/**
 * A Vite plugin that serves each message catalog (`src/i18n/catalogs/<language>.json`, ICU
 * MessageFormat by key) as the module `virtual:catalog/<language>`, compiled by Lingui's
 * `compileMessage` at build time, so the browser gets ready-to-run messages and no parser.
 * A message that does not compile fails the build with its key.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileCatalog } from '../src/i18n/catalogCheck.ts';

const PREFIX = 'virtual:catalog/';
const RESOLVED = '\0chronicle-catalog:';

/** The folder of the catalogs, one JSON file per language. */
export const CATALOG_DIR = resolve(import.meta.dirname, '../src/i18n/catalogs');

export function catalogsPlugin(): Plugin {
  return {
    name: 'chronicle:catalogs',
    resolveId: (id) => (id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null),
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const language = id.slice(RESOLVED.length);
      if (!/^[a-z]{2,8}$/.test(language)) throw new Error(`no catalog named "${language}"`);
      const file = resolve(CATALOG_DIR, `${language}.json`);
      this.addWatchFile(file);
      const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      return `export default ${JSON.stringify(compileCatalog(messages))};`;
    },
  };
}
