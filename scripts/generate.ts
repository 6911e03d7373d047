/**
 * `npm run generate -- --events N --seed S --out FILE [--format json|acled-csv] [--check]`: writes
 * a generated chronicle/1 dataset (see generateDataset.ts) as compact JSON, or an ACLED-shaped CSV
 * export (generator/acled.ts), and with --check validates what it wrote (the CSV through the
 * ACLED importer).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatProblems, validateDataset } from '../src/model/validate';
import { checkImport, importCsvText } from '../src/formats/importDataset';
import { generateAcledCsv } from './generator/acled';
import { generateDataset } from './generateDataset';
import { GENERATE_USAGE, parseGenerateArgs } from './generateArgs';
import { activateLanguageInNode } from './nodeLanguage';

// The validator's and importer's problems are worded through the catalogs: English here.
activateLanguageInNode('en');

const parsed = parseGenerateArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`generate: ${parsed.message}\n${GENERATE_USAGE}`);
  process.exit(2);
}
const { events, seed, out, format, check } = parsed.args;

const started = performance.now();
const json =
  format === 'acled-csv'
    ? generateAcledCsv({ events, seed })
    : JSON.stringify(generateDataset({ events, seed }));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
const seconds = (performance.now() - started) / 1000;
const megabytes = Buffer.byteLength(json) / 1e6;
console.log(
  `wrote ${out}: ${events.toLocaleString('en-US')} events, seed ${seed}, ${megabytes.toFixed(1)} MB in ${seconds.toFixed(1)} s`,
);

if (check && format === 'acled-csv') {
  const checkStart = performance.now();
  const checked = checkImport(importCsvText(readFileSync(out, 'utf8')));
  const timing = `${((performance.now() - checkStart) / 1000).toFixed(2)} s`;
  if (!checked.ok) {
    console.error(
      `generate: ${out} does not import (${timing}):\n${formatProblems(checked.problems)}`,
    );
    process.exit(1);
  }
  console.log(`imports as ACLED: ${checked.dataset.events.length} events (${timing})`);
} else if (check) {
  const parseStart = performance.now();
  const input: unknown = JSON.parse(readFileSync(out, 'utf8'));
  const validateStart = performance.now();
  const result = validateDataset(input);
  const done = performance.now();
  const timing = `parse ${((validateStart - parseStart) / 1000).toFixed(2)} s, validate ${((done - validateStart) / 1000).toFixed(2)} s`;
  if (!result.ok) {
    console.error(`generate: ${out} is NOT valid (${timing}):\n${formatProblems(result.problems)}`);
    process.exit(1);
  }
  console.log(`valid chronicle/1 (${timing})`);
}
