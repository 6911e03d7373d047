/**
 * `npm run bench:profile -- [--events 1000] [--op filter|search|load] [--top 25]`: where the time of
 * one filter click, one search, or the load (navigation to the first paint) goes. Builds the app
 * unminified (so functions keep their names) into a temporary folder, generates the dataset (seed
 * 1), opens it in headless Chromium, and records a CPU profile of the main thread (DevTools
 * protocol, 100 µs sampling; 200 µs for a load) from just before the click (or Enter) until the
 * update probe sees the list and the timeline painted, or from navigation to the first paint. Prints the latency and the functions with
 * the most self time, and the most total time. Asserts nothing; the figures are as noisy as the
 * machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { generateDataset } from '../scripts/generateDataset';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { SEARCH_WORD } from './apps';
import type { BenchWindow } from './measure/benchWindow';
import { armUpdateProbe } from './measure/updateProbe';
import { SEARCH_COMMITTED_MARK } from '../src/filters/searchMark';
import { OUR_UPDATE_TARGETS, openAndWaitForPaint, settle } from './pageActions';
import { startServer } from './server';

const APP_DIR = join(tmpdir(), `chronicle-profile-dist-${process.pid}`);
const DATA_DIR = 'bench/.data';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function frameName({ callFrame }: ProfileNode): string {
  const file = callFrame.url.split('/').pop() ?? '';
  return `${callFrame.functionName || '(anonymous)'} ${file}:${callFrame.lineNumber + 1}`;
}

/** Self and total time (ms) per function name, from a sampled profile. */
function summarise(profile: CpuProfile): { self: Map<string, number>; total: Map<string, number> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(frameName(node), (self.get(frameName(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      const name = frameName(n);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  return { self, total };
}

function top(map: Map<string, number>, count: number): string {
  return [...map]
    .filter(([name]) => !name.startsWith('(root)') && !name.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${name}`)
    .join('\n');
}

async function trigger(page: Page, op: 'filter' | 'search'): Promise<() => Promise<void>> {
  if (op === 'filter') {
    await page.getByRole('button', { name: 'Category', exact: true }).click();
    const option = page.getByRole('group', { name: 'Category' }).getByRole('checkbox').first();
    await option.waitFor();
    await settle(page);
    return () => option.click();
  }
  const input = page.getByLabel('Search', { exact: true });
  await input.click();
  await settle(page);
  // Typed and committed inside the profile; timed from the commit (the probe's mark), whether
  // Enter or the pause in typing makes it.
  return async () => {
    await input.fill(SEARCH_WORD);
    await input.press('Enter');
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000' },
      op: { type: 'string', default: 'filter' },
      top: { type: 'string', default: '25' },
    },
  });
  const events = Number(values.events);
  const op = values.op === 'search' || values.op === 'load' ? values.op : 'filter';
  mkdirSync(DATA_DIR, { recursive: true });
  const file = `profile-${events}.json`;
  writeFileSync(join(DATA_DIR, file), JSON.stringify(generateDataset({ events, seed: 1 })));
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', APP_DIR, '--emptyOutDir', '--minify', 'false'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (build.status !== 0) throw new Error('the build failed');
  const server = await startServer({
    dist: APP_DIR,
    data: DATA_DIR,
    visPage: 'bench/vis',
    visScript: 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
    const url = `${server.origin}/app/?data=/data/${file}`;
    const count = Number(values.top);
    if (op === 'load') {
      // The profiler follows the page across a navigation within its origin: start it on a page
      // of the server (a 404 is enough), then open the dataset.
      await page.goto(`${server.origin}/data/`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      const times = await openAndWaitForPaint(
        page,
        url,
        { parsed: 'chronicle:dataset-parsed', paint: 'chronicle:first-paint' },
        300_000,
      );
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      const { self, total } = summarise(profile);
      console.log(
        `load at ${events.toLocaleString('en-US')} events: parsed → first paint ${times.firstPaint.toFixed(0)} ms, ` +
          `navigation → first paint ${times.navigationToPaint.toFixed(0)} ms, longest task ${times.longestTask.toFixed(0)} ms`,
      );
      console.log(`\nSelf time:\n${top(self, count)}\n\nTotal time:\n${top(total, count)}`);
      return;
    }
    await openAndWaitForPaint(
      page,
      url,
      { parsed: 'chronicle:dataset-parsed', paint: 'chronicle:first-paint' },
      300_000,
    );
    // As the benchmark does: the search index is built after the first paint; wait for it, so
    // that its building is not in the profile of the click.
    await page.waitForFunction(
      () => performance.getEntriesByName('chronicle:search-ready').length > 0,
      null,
      { polling: 100, timeout: 300_000 },
    );
    await settle(page);
    const act = await trigger(page, op);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.evaluate(armUpdateProbe, {
      trigger: op === 'filter' ? 'click' : 'mark',
      key: op === 'filter' ? null : SEARCH_COMMITTED_MARK,
      targets: OUR_UPDATE_TARGETS,
    } as const);
    await cdp.send('Profiler.start');
    await act();
    await page.waitForFunction(() => {
      const probe = (window as BenchWindow).__benchProbe;
      return probe !== undefined && (probe.latency !== null || probe.error !== null);
    });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const latency = await page.evaluate(() => (window as BenchWindow).__benchProbe?.latency);
    const { self, total } = summarise(profile);
    console.log(`${op} at ${events.toLocaleString('en-US')} events: ${latency?.toFixed(1)} ms`);
    console.log(`\nSelf time:\n${top(self, count)}\n\nTotal time:\n${top(total, count)}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(APP_DIR, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
