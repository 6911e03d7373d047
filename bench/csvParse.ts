/**
 * `npx tsx bench/csvParse.ts [--mb 250]`: why Chronicle reads CSV with Papa Parse. Writes an
 * ACLED-shaped CSV of about that size (bench/.data), then in a fresh process each: Papa Parse's
 * parser fed 64 kB chunks as the dataset worker feeds it (src/formats/csvRows.ts); d3-dsv, which
 * parses only a whole string (the file read into memory first, every row kept); and the whole ACLED
 * import, streaming. Prints time and peak memory; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { csvParseRows } from 'd3-dsv';
import { ACLED_HEADER, ACLED_ROW, toCsv } from '../src/formats/fixtures';
import { createCsvRowReader } from '../src/formats/csvRows';
import { checkImport, createCsvImport } from '../src/formats/importDataset';
import { loadEdtfParser } from '../src/model/edtf';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '250' }, run: { type: 'string' } },
});
const file = `bench/.data/acled-${values.mb}mb.csv`;

function writeFile(): void {
  if (existsSync(file)) return;
  mkdirSync('bench/.data', { recursive: true });
  const rows = [];
  const target = Number(values.mb) * 1_000_000;
  const one = toCsv(ACLED_HEADER, [ACLED_ROW]).split('\r\n')[1]?.length ?? 500;
  const count = Math.ceil(target / (one + 2));
  for (let i = 0; i < count; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    rows.push({
      ...ACLED_ROW,
      event_id_cnty: `KAZ${i}`,
      event_date: `${day}-01-2022`,
      notes: `${ACLED_ROW.notes} (${i}, "quoted", with a comma)`,
    });
  }
  writeFileSync(file, toCsv(ACLED_HEADER, rows));
}

let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};

async function stream(onText: (text: string) => void): Promise<void> {
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(file, { highWaterMark: 65_536 })) {
    onText(decoder.decode(chunk as Buffer, { stream: true }));
    sample();
  }
}

async function run(kind: string): Promise<string> {
  const started = performance.now();
  let rows = 0;
  if (kind === 'papa') {
    const held: { reader: ReturnType<typeof createCsvRowReader> | null } = { reader: null };
    await stream((text) => {
      held.reader ??= createCsvRowReader(text, {
        row: () => (rows += 1),
        problem: () => undefined,
      });
      held.reader.push(text);
    });
    held.reader?.end();
  } else if (kind === 'd3') {
    const text = await readFile(file, 'utf8');
    sample();
    rows = csvParseRows(text).length;
    sample();
  } else {
    const held: { csv: ReturnType<typeof createCsvImport> | null } = { csv: null };
    await stream((text) => {
      held.csv ??= createCsvImport(text, { name: file });
      held.csv.push(text);
    });
    const imported = held.csv?.end();
    const read = performance.now();
    const checked = imported === undefined ? null : checkImport(imported);
    rows = checked?.ok ? checked.dataset.events.length : 0;
    sample();
    const total = (performance.now() - started) / 1000;
    return `${kind.padEnd(12)} ${rows.toLocaleString('en-GB').padStart(10)} events ${total.toFixed(1).padStart(6)} s (rows read and events made ${((read - started) / 1000).toFixed(1)} s, validation ${((performance.now() - read) / 1000).toFixed(1)} s)  peak RSS ${(peak / 1e6).toFixed(0)} MB`;
    sample();
  }
  const seconds = (performance.now() - started) / 1000;
  return `${kind.padEnd(12)} ${rows.toLocaleString('en-GB').padStart(10)} rows  ${seconds.toFixed(1).padStart(6)} s  peak RSS ${(peak / 1e6).toFixed(0)} MB`;
}

if (values.run !== undefined) {
  await loadEdtfParser();
  console.log(await run(values.run));
} else {
  writeFile();
  console.log(`${file}: ${(statSync(file).size / 1e6).toFixed(0)} MB`);
  for (const kind of ['papa', 'd3', 'acled-import']) {
    const child = spawnSync(
      'npx',
      ['tsx', 'bench/csvParse.ts', '--mb', String(values.mb), '--run', kind],
      {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
      },
    );
    console.log((child.stdout || child.stderr).trim());
  }
}
