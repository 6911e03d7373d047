/**
 * `npm run bench:load` (after `npm run build`): how long the main thread is held while a
 * 100,000-event dataset loads, by `?data=` and through the file picker. A PerformanceObserver
 * records every long task (over 50 ms) from navigation on; the figures are split at the marks the
 * app sets: `chronicle:dataset-parsed` (the checked dataset is on the page) and
 * `chronicle:first-paint`. Loading is everything before the first mark; indexing and the first
 * render come after it. Also times `createDatasetIndex` alone in Node, for comparison.
 * Prints the figures; asserts nothing.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { generateDataset } from '../scripts/generateDataset';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { createDatasetIndex } from '../src/state/datasetIndex';
import { startServer } from './server';

const EVENTS = 100_000;
const DATA_DIR = 'bench/.data';
const FILE = `load-${EVENTS}.json`;

interface Task {
  start: number;
  duration: number;
}

function summary(tasks: Task[], from: number, to: number): string {
  const inside = tasks.filter((t) => t.start >= from && t.start < to);
  if (inside.length === 0) return 'no long task';
  const longest = Math.max(...inside.map((t) => t.duration));
  const total = inside.reduce((sum, t) => sum + t.duration, 0);
  return `${inside.length} long tasks, longest ${longest.toFixed(0)} ms, ${total.toFixed(0)} ms in all`;
}

async function marks(page: Page, after: number): Promise<{ parsed: number; painted: number }> {
  await page.waitForFunction(
    (t) =>
      performance.getEntriesByName('chronicle:first-paint').some((m) => m.startTime > t) &&
      performance.getEntriesByName('chronicle:dataset-parsed').some((m) => m.startTime > t),
    after,
    { timeout: 600_000, polling: 500 },
  );
  // No named helper inside: tsx would wrap it in a helper the page does not have.
  const [parsed, painted] = await page.evaluate(
    (t) =>
      ['chronicle:dataset-parsed', 'chronicle:first-paint'].map(
        (name) =>
          performance
            .getEntriesByName(name)
            .filter((m) => m.startTime > t)
            .at(-1)?.startTime ?? 0,
      ),
    after,
  );
  return { parsed: parsed ?? 0, painted: painted ?? 0 };
}

/** When each phase of the load first reached the page, from `from` on: "parsing 1.2 s, …". */
async function phases(page: Page, from: number): Promise<string> {
  const reached = await page.evaluate(
    () => (window as unknown as { loadPhases: { phase: string; at: number }[] }).loadPhases,
  );
  return reached
    .filter((p) => p.at >= from)
    .map((p) => `${p.phase} ${((p.at - from) / 1000).toFixed(1)} s`)
    .join(', ');
}

async function longTasks(page: Page): Promise<Task[]> {
  return page.evaluate(() => (window as unknown as { longTasks: Task[] }).longTasks);
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('run `npm run build` first');
  mkdirSync(DATA_DIR, { recursive: true });
  const file = join(DATA_DIR, FILE);
  if (!existsSync(file)) {
    console.error(`Generating ${EVENTS.toLocaleString('en-GB')} events…`);
    writeFileSync(file, JSON.stringify(generateDataset({ events: EVENTS, seed: 1 })));
  }
  const megabytes = (statSync(file).size / 1_048_576).toFixed(1);

  const generated = generateDataset({ events: EVENTS, seed: 1 });
  const t0 = performance.now();
  createDatasetIndex(generated);
  const indexMs = performance.now() - t0;

  const server = await startServer({
    dist: 'dist',
    data: DATA_DIR,
    visPage: 'bench/vis',
    visScript: 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      // When each phase of the worker's load first reaches the page (no named helper inside, as above).
      const phases: { phase: string; at: number }[] = [];
      (window as unknown as { loadPhases: typeof phases }).loadPhases = phases;
      const PageWorker = window.Worker;
      window.Worker = class extends PageWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener('message', (event: MessageEvent<unknown>) => {
            const data = event.data as { kind?: string; progress?: { phase?: string } };
            const phase = data.kind === 'progress' ? data.progress?.phase : data.kind;
            if (phase !== undefined && !phases.some((p) => p.phase === phase)) {
              phases.push({ phase, at: performance.now() });
            }
          });
        }
      };
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push({ start: entry.startTime, duration: entry.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
    });

    console.log(
      `Main-thread long tasks while loading ${EVENTS.toLocaleString('en-GB')} events (${megabytes} MB):`,
    );
    await page.goto(`${server.origin}/app/?data=/data/${FILE}&map=0`);
    const byLink = await marks(page, 0);
    const linkTasks = await longTasks(page);
    console.log(
      `  by ?data=   loading (navigation → dataset on the page, ${(byLink.parsed / 1000).toFixed(1)} s): ${summary(linkTasks, 0, byLink.parsed)}`,
    );
    console.log(
      `              index + first render (→ first paint, ${((byLink.painted - byLink.parsed) / 1000).toFixed(1)} s): ${summary(linkTasks, byLink.parsed, byLink.painted + 1)}`,
    );
    console.log(`              the worker's phases reached the page at: ${await phases(page, 0)}`);

    await page.goto(`${server.origin}/app/?map=0`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await marks(page, 0);
    const picked = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Open a dataset' }).click();
    await page.locator('input[type=file]').setInputFiles(resolve(file));
    const byFile = await marks(page, picked);
    const fileTasks = await longTasks(page);
    console.log(
      `  by a file   loading (pick → dataset on the page, ${((byFile.parsed - picked) / 1000).toFixed(1)} s): ${summary(fileTasks, picked, byFile.parsed)}`,
    );
    console.log(
      `              index + first render (→ first paint, ${((byFile.painted - byFile.parsed) / 1000).toFixed(1)} s): ${summary(fileTasks, byFile.parsed, byFile.painted + 1)}`,
    );
    console.log(
      `              the worker's phases reached the page at: ${await phases(page, picked)}`,
    );
    console.log(`  createDatasetIndex alone, in Node: ${indexMs.toFixed(0)} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
