/**
 * `npm run i18n:missing [-- <language>…]`: for each catalog (or the ones named), the keys it lacks
 * against English, the keys it has over, and messages whose placeholders differ, with the English
 * text of each missing key to translate. Exits 1 when anything is listed. See docs/i18n.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkCatalog, type Catalog } from '../src/i18n/catalogCheck';
import { CATALOG_DIR } from './vite-plugin-catalogs';

const read = (language: string): Catalog =>
  JSON.parse(readFileSync(join(CATALOG_DIR, `${language}.json`), 'utf8')) as Catalog;

const english = read('en');
const asked = process.argv.slice(2);
const languages =
  asked.length > 0
    ? asked
    : readdirSync(CATALOG_DIR)
        .filter((name) => name.endsWith('.json') && name !== 'en.json')
        .map((name) => name.slice(0, -'.json'.length));

let problems = 0;
for (const language of languages) {
  const report = checkCatalog(english, read(language));
  const count = report.missing.length + report.extra.length + report.placeholderMismatches.length;
  problems += count;
  console.log(`${language}: ${count === 0 ? 'complete' : `${count} to fix`}`);
  for (const key of report.missing) console.log(`  missing  ${key}: ${english[key]}`);
  for (const key of report.extra) console.log(`  extra    ${key}`);
  for (const { key, english: a, translated: b } of report.placeholderMismatches) {
    console.log(
      `  placeholders  ${key}: English has {${a.join('}, {')}}, this has {${b.join('}, {')}}`,
    );
  }
}
process.exitCode = problems === 0 ? 0 : 1;
