/**
 * `npm run bench`: builds the app, generates datasets of 1,000, 10,000 and 100,000 events (seed 1;
 * with --large also 500,000, and an ACLED-shaped CSV of 500,000 rows read through the importer),
 * serves the build, the datasets and a vis-timeline page from one local server, and measures both
 * timelines in headless Chromium: load to first paint, zoom and pan frame times, filter and search
 * latency, and JS heap. Prints a table and the issue's targets, and writes bench/results/*.json.
 * See bench/README.md for what each figure means.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import {
  checkTargets,
  formatGrowthTable,
  formatResultsTable,
  formatTargets,
  type SizeResult,
  unmeasured,
} from '../scripts/benchReport';
import { formatFirstLoad, type FirstLoad } from '../scripts/firstLoadSize';
import { generateDataset } from '../scripts/generateDataset';
import { generateAcledCsv } from '../scripts/generator/acled';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { OUR_APP, VIS_APP } from './apps';
import { readFirstLoad } from './firstLoad';
import { measureApp, type AppMeasurement, type BrowserSession } from './measureApp';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from './runArgs';
import { GESTURE } from './gestures';
import { startServer } from './server';
import { withTimeout } from './timeout';

const SEED = 1;
const DATA_DIR = 'bench/.data';
/**
 * The build under test: a copy of its own (outside the repository, so no linter sees it), so that
 * other builds of dist/ during a run cannot change it halfway.
 */
const APP_DIR = join(tmpdir(), `chronicle-bench-dist-${process.pid}`);
const RESULTS_DIR = 'bench/results';
const VIS_SCRIPT = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';

function readArgs(): BenchArgs {
  try {
    return parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(
      `bench: ${error instanceof Error ? error.message : String(error)}\n${BENCH_USAGE}`,
    );
    process.exit(2);
  }
}

/** Builds the app into APP_DIR, or (with --no-build) copies the existing dist/ there. */
function prepareBuild(build: boolean): void {
  rmSync(APP_DIR, { recursive: true, force: true });
  if (build) {
    console.error(`Building the app (npx vite build --outDir ${APP_DIR})…`);
    const result = spawnSync('npx', ['vite', 'build', '--outDir', APP_DIR, '--emptyOutDir'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error('the build failed');
    return;
  }
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/index.html does not exist: run `npm run build` first, or drop --no-build',
    );
  }
  cpSync('dist', APP_DIR, { recursive: true });
}

/** A dataset to measure: generated chronicle/1 JSON, or an ACLED-shaped CSV export. */
interface BenchDataset {
  events: number;
  kind: 'json' | 'acled';
  file: string;
  bytes: number;
}

/** Writes the dataset of `events` events, returning its path under /data/ and its size. */
function writeDataset(events: number, kind: BenchDataset['kind']): BenchDataset {
  const file = kind === 'json' ? `events-${events}.json` : `acled-${events}.csv`;
  const text =
    kind === 'json'
      ? JSON.stringify(generateDataset({ events, seed: SEED }))
      : generateAcledCsv({ events, seed: SEED });
  writeFileSync(join(DATA_DIR, file), text);
  return { events, kind, file, bytes: Buffer.byteLength(text) };
}

function browserSession(): BrowserSession & { close: () => Promise<void> } {
  let current: Promise<Browser> | null = null;
  const launch = () =>
    chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    });
  const close = async () => {
    const open = current;
    current = null;
    if (open)
      await withTimeout(
        open.then((b) => b.close()),
        30_000,
        'closing the browser',
      );
  };
  return {
    browser: () => (current ??= launch()),
    restart: async () => {
      await close().catch(() => undefined);
    },
    close,
  };
}

/** Why vis-timeline has no figures at a size. */
function visSkipped(dataset: BenchDataset, args: BenchArgs): string {
  if (!args.apps.includes('vis')) return 'not run (--apps)';
  if (dataset.kind !== 'json') return 'no importer';
  return `cannot paint (>${args.visMax.toLocaleString('en-US')})`;
}

function machine() {
  const cores = cpus();
  return {
    cpus: cores.length,
    model: cores[0]?.model ?? 'unknown',
    totalMemoryGB: Math.round((totalmem() / 1e9) * 10) / 10,
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
  };
}

async function main(): Promise<void> {
  const args = readArgs();
  mkdirSync(DATA_DIR, { recursive: true });
  prepareBuild(args.build);
  let firstLoad: FirstLoad | null = null;
  try {
    firstLoad = readFirstLoad(APP_DIR);
  } catch (error) {
    console.error(`bench: no first-load size: ${error instanceof Error ? error.message : error}`);
  }

  const wanted = [
    ...args.sizes.map((events) => ({ events, kind: 'json' as const })),
    ...args.acled.map((events) => ({ events, kind: 'acled' as const })),
  ];
  const datasets = wanted.map(({ events, kind }) => {
    const started = Date.now();
    const written = writeDataset(events, kind);
    console.error(
      `Generated ${events.toLocaleString('en-US')} ${kind === 'json' ? 'events' : 'ACLED rows'}: ${(written.bytes / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return written;
  });

  const server = await startServer({
    dist: APP_DIR,
    data: DATA_DIR,
    visPage: 'bench/vis',
    visScript: VIS_SCRIPT,
  });
  const session = browserSession();
  // An operation may take up to half a page load's limit, and at least 60 s.
  const limits = {
    load: args.timeoutSeconds * 1000,
    operation: Math.max(60_000, args.timeoutSeconds * 500),
  };
  const sizes: SizeResult[] = [];
  const details: Record<
    string,
    { ours?: AppMeasurement['details']; vis?: AppMeasurement['details'] }
  > = {};
  let browserVersion = 'unknown';
  try {
    browserVersion = (await session.browser()).version();
    for (const dataset of datasets) {
      const label = `${dataset.events.toLocaleString('en-US')} ${dataset.kind === 'json' ? 'events' : 'ACLED rows'}`;
      console.error(`\n${label}:`);
      const measured: Partial<Record<'ours' | 'vis', AppMeasurement>> = {};
      for (const app of [OUR_APP, VIS_APP]) {
        if (!args.apps.includes(app.key)) continue;
        if (app.key === 'vis' && (dataset.kind !== 'json' || dataset.events > args.visMax))
          continue;
        measured[app.key] = await measureApp(
          session,
          app,
          app.url(server.origin, `/data/${dataset.file}`),
          limits,
        );
      }
      sizes.push({
        events: dataset.events,
        ...(dataset.kind === 'acled' ? { kind: 'ACLED CSV' } : {}),
        fileBytes: dataset.bytes,
        ours: measured.ours?.result ?? unmeasured('not run (--apps)'),
        vis: measured.vis?.result ?? unmeasured(visSkipped(dataset, args)),
      });
      details[label] = { ours: measured.ours?.details, vis: measured.vis?.details };
    }
  } finally {
    await session.close().catch(() => undefined);
    await server.close();
    rmSync(APP_DIR, { recursive: true, force: true });
  }

  const host = machine();
  const checks = checkTargets(sizes, firstLoad?.totalGzip ?? null);
  console.log(
    `\nChronicle vs vis-timeline — ${new Date().toISOString()}\n` +
      `Machine: ${host.cpus} × ${host.model}, ${host.totalMemoryGB} GB, ${host.platform}; Node ${host.node}; Chromium ${browserVersion} (headless)\n` +
      `Datasets: generated, seed ${SEED}: ${datasets.map((d) => `${d.events.toLocaleString('en-US')} ${d.kind === 'json' ? 'events' : 'ACLED CSV rows'} (${(d.bytes / 1e6).toFixed(1)} MB)`).join(', ')}\n`,
  );
  console.log(formatResultsTable(sizes));
  console.log(
    '\nvis/ours above 1 means Chronicle is faster (or smaller). vis-timeline has no filter or search UI: ' +
      'its figures are API calls (DataView filter + refresh) timed to its next "changed" event and paint; ' +
      'ours are real clicks (6) and words with Enter (4), timed from the input event until the list, the timeline and the map changed. ' +
      `vis-timeline runs up to ${args.visMax.toLocaleString('en-US')} events (at 100,000 it did not paint within 120 s in the 2026-11-25 run; --vis-max to try again). See bench/README.md.`,
  );
  const growth = formatGrowthTable(sizes);
  if (growth) {
    console.log(
      `\nHow Chronicle's figures grow with the events (×: over the size before; k: cost ∝ events^k between the two largest, 0 flat, 1 linear):\n${growth}`,
    );
  }
  if (firstLoad) console.log(`\nFirst load (gzip -9):\n${formatFirstLoad(firstLoad)}`);
  console.log(`\nTargets:\n${formatTargets(checks)}`);

  const stamp = new Date().toISOString();
  const report = {
    date: stamp,
    machine: { ...host, browser: `Chromium ${browserVersion}` },
    options: { ...args, seed: SEED, gesture: GESTURE, limits },
    firstLoad,
    sizes,
    details,
    targets: checks,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const file = join(RESULTS_DIR, `${stamp.replace(/:/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(RESULTS_DIR, 'latest.json'), json);
  console.log(`\nWrote ${file} and ${RESULTS_DIR}/latest.json`);
}

main().catch((error: unknown) => {
  console.error(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});
