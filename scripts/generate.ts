/**
 * `npm run generate -- --events N --seed S --out FILE [--check]`: writes a generated chronicle/1
 * dataset (see generateDataset.ts) as compact JSON, and with --check validates what it wrote.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatProblems, validateDataset } from '../src/model/validate';
import { generateDataset } from './generateDataset';
import { GENERATE_USAGE, parseGenerateArgs } from './generateArgs';

const parsed = parseGenerateArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`generate: ${parsed.message}\n${GENERATE_USAGE}`);
  process.exit(2);
}
const { events, seed, out, check } = parsed.args;

const started = performance.now();
const dataset = generateDataset({ events, seed });
const json = JSON.stringify(dataset);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
const seconds = (performance.now() - started) / 1000;
const megabytes = Buffer.byteLength(json) / 1e6;
console.log(
  `wrote ${out}: ${events.toLocaleString('en-US')} events, seed ${seed}, ${megabytes.toFixed(1)} MB in ${seconds.toFixed(1)} s`,
);

if (check) {
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
