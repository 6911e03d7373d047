/**
 * `npm run bench:profile -- [--events 1000] [--op filter|search|load] [--top 25] [--after 0]
 * [--trace] [--renders] [--acled] [--out file]`: where the time of one filter click, one search, or the load (navigation
 * to the first paint) goes. Builds the app unminified (so functions keep their names) into a
 * temporary folder, generates the dataset (seed 1), opens it in headless Chromium, and records a
 * CPU profile of the main thread (DevTools protocol, 100 µs sampling; 200 µs for a load) from just
 * before the click (or Enter) until the update probe sees the list and the timeline painted, or
 * from navigation to the first paint. Prints the latency and the functions with the most self
 * time, and the most total time.
 *
 * - `--after N` first ticks the first N categories, unprofiled (as the benchmark's later clicks
 *   do), then profiles the click on the next.
 * - `--trace` (a click or a search) records a Chromium trace instead, and prints the main thread's
 *   time by kind of work (script, style, layout, paint, GC), which a CPU profile does not see.
 * - `--out file` keeps the CPU profile (or the trace), to open in Chromium's DevTools
 *   (Performance, "Load profile").
 * - `--acled` opens an ACLED-shaped CSV of that many rows through the importer instead of the
 *   generated chronicle/2 JSON (the benchmark's ACLED tier).
 * - `--renders` (a click or a search) also counts which React components rendered in the update,
 *   how many were new, how many rendered with the same props, and which props changed
 *   (`measure/renderCounter.ts`): what re-rendered that did not change.
 *
 * Asserts nothing; the figures are as noisy as the machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { generateDataset } from '../scripts/generateDataset';
import { generateAcledCsv } from '../scripts/generator/acled';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { SEARCH_WORD } from './apps';
import type { BenchWindow } from './measure/benchWindow';
import { armUpdateProbe } from './measure/updateProbe';
import { formatRenders, installRenderCounter, type RenderRecord } from './measure/renderCounter';
import { SEARCH_COMMITTED_MARK } from '../src/filters/searchMark';
import { LONG_TASK_RECORDER, OUR_UPDATE_TARGETS, openAndWaitForPaint, settle } from './pageActions';
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
  /** Microseconds, on the profiler's clock. */
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** With `--op load`: how many of the longest tasks are named, and by how many frames each. */
const LONG_TASKS_SHOWN = 12;
const LONG_TASK_FRAMES = 8;

function frameName({ callFrame }: ProfileNode): string {
  const file = callFrame.url.split('/').pop() ?? '';
  return `${callFrame.functionName || '(anonymous)'} ${file}:${callFrame.lineNumber + 1}`;
}

/**
 * Self and total time (ms) per function name, from a sampled profile; with `within`, only of the
 * samples taken between its two times (ms on the profiler's clock).
 */
function summarise(
  profile: CpuProfile,
  within?: [number, number],
): { self: Map<string, number>; total: Map<string, number> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let at = profile.startTime / 1000;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    at += ms;
    if (within && (at < within[0] || at > within[1])) return;
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

/** React's own frames, which every render's stack holds: left out of a long task's summary. */
const REACT_WORK =
  /^(\(root\)|\(program\)|performWork|workLoop|renderRoot|beginWork|update\w*Component|renderWithHooks|performUnitOfWork|exports\.useMemo|useMemo|updateMemo|complete\w*|commit\w*|recursively\w*|flush\w*|runWithFiberInDEV)/;

function top(map: Map<string, number>, count: number, leaveOut = /^\((root|program)\)/): string {
  return [...map]
    .filter(([name]) => !leaveOut.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${name}`)
    .join('\n');
}

/** The trace's categories: the main thread's tasks, script, style, layout and paint. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}
interface Trace {
  traceEvents: TraceEvent[];
}

/**
 * The renderer's main thread, by kind of work (ms): script from input, timers and frames; style;
 * layout; paint and compositing; GC. Kinds nest (GC runs inside script), so they do not add up.
 */
function traceSummary({ traceEvents }: Trace): string {
  const main = traceEvents.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const kinds: Record<string, string> = {
    EventDispatch: 'input event handlers (script)',
    TimerFire: 'timers (script)',
    FireAnimationFrame: 'animation frames (script)',
    FunctionCall: 'all script calls',
    UpdateLayoutTree: 'style recalculation',
    Layout: 'layout',
    PrePaint: 'pre-paint',
    Paint: 'paint',
    Layerize: 'layerize',
    MinorGC: 'minor GC',
    MajorGC: 'major GC',
    RunTask: 'all tasks',
  };
  const totals = new Map<string, number>();
  for (const e of traceEvents) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X') continue;
    const kind = kinds[e.name];
    if (kind) totals.set(kind, (totals.get(kind) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${kind}`)
    .join('\n');
}

async function trigger(
  page: Page,
  op: 'filter' | 'search',
  after: number,
): Promise<() => Promise<void>> {
  if (op === 'filter') {
    await page.getByRole('button', { name: 'Category', exact: true }).click();
    const options = page.getByRole('group', { name: 'Category' }).getByRole('checkbox');
    await options.first().waitFor();
    // The benchmark's later clicks: the first `after` categories on, unprofiled, then the next.
    for (let i = 0; i < after; i++) {
      await options.nth(i).click();
      await settle(page);
    }
    await settle(page);
    return () => options.nth(after).click();
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
      trace: { type: 'boolean', default: false },
      out: { type: 'string' },
      after: { type: 'string', default: '0' },
      renders: { type: 'boolean', default: false },
      acled: { type: 'boolean', default: false },
    },
  });
  const events = Number(values.events);
  const op = values.op === 'search' || values.op === 'load' ? values.op : 'filter';
  mkdirSync(DATA_DIR, { recursive: true });
  const file = values.acled ? `profile-acled-${events}.csv` : `profile-${events}.json`;
  writeFileSync(
    join(DATA_DIR, file),
    values.acled
      ? generateAcledCsv({ events, seed: 1 })
      : JSON.stringify(generateDataset({ events, seed: 1 })),
  );
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
    if (values.renders) await page.addInitScript(installRenderCounter);
    const url = `${server.origin}/app/?data=/data/${file}`;
    const count = Number(values.top);
    if (op === 'load') {
      // The profiler follows the page across a navigation within its origin: start it on a page
      // of the server (a 404 is enough), then open the dataset.
      await page.addInitScript(LONG_TASK_RECORDER);
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
      const { tasks, now } = await page.evaluate(() => ({
        tasks: (window as BenchWindow).__benchLongTasks ?? [],
        now: performance.now(),
      }));
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      if (values.out) writeFileSync(values.out, JSON.stringify(profile));
      const { self, total } = summarise(profile);
      console.log(
        `load at ${events.toLocaleString('en-US')} events: parsed → first paint ${times.firstPaint.toFixed(0)} ms, ` +
          `navigation → first paint ${times.navigationToPaint.toFixed(0)} ms, longest task ${times.longestTask.toFixed(0)} ms`,
      );
      console.log(`\nSelf time:\n${top(self, count)}\n\nTotal time:\n${top(total, count)}`);
      // The page's clock against the profiler's: the profile ended just after `now` (within the
      // few milliseconds of one round trip), which is close enough to name a long task's work.
      const offset = profile.endTime / 1000 - now;
      const longest = [...tasks].sort((a, b) => b[1] - a[1]).slice(0, LONG_TASKS_SHOWN);
      console.log(
        `\nThe ${longest.length} longest tasks (of ${tasks.length} over 50 ms), by what ran in them:`,
      );
      for (const [start, duration] of longest) {
        const inTask = summarise(profile, [start + offset, start + duration + offset]);
        console.log(
          `\n  ${duration.toFixed(0)} ms at ${(start / 1000).toFixed(2)} s:\n` +
            top(inTask.total, LONG_TASK_FRAMES, REACT_WORK),
        );
      }
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
    const act = await trigger(page, op, Number(values.after));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.evaluate(armUpdateProbe, {
      trigger: op === 'filter' ? 'click' : 'mark',
      key: op === 'filter' ? null : SEARCH_COMMITTED_MARK,
      targets: OUR_UPDATE_TARGETS,
    } as const);
    if (values.trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    else await cdp.send('Profiler.start');
    if (values.renders) {
      await page.evaluate(() => {
        (window as { __benchRenders?: RenderRecord }).__benchRenders = {};
      });
    }
    await act();
    await page.waitForFunction(() => {
      const probe = (window as BenchWindow).__benchProbe;
      return probe !== undefined && (probe.latency !== null || probe.error !== null);
    });
    const latency = await page.evaluate(() => (window as BenchWindow).__benchProbe?.latency);
    console.log(`${op} at ${events.toLocaleString('en-US')} events: ${latency?.toFixed(1)} ms`);
    if (values.renders) {
      const record = await page.evaluate(() => {
        const w = window as { __benchRenders?: RenderRecord | null };
        const kept = w.__benchRenders ?? {};
        w.__benchRenders = null;
        return kept;
      });
      console.log(
        `\nComponents rendered (renders (new, with the same props) name, props that changed):\n${formatRenders(record, count)}`,
      );
    }
    if (values.trace) {
      const buffer = await browser.stopTracing();
      if (values.out) writeFileSync(values.out, buffer);
      const trace = JSON.parse(buffer.toString()) as Trace;
      console.log(`\nMain thread, by kind of work:\n${traceSummary(trace)}`);
      return;
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    if (values.out) writeFileSync(values.out, JSON.stringify(profile));
    const { self, total } = summarise(profile);
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
