/**
 * Measures one timeline at one dataset size: each figure in a fresh browser context and page
 * (load and heap; zoom and pan; filter; search), every step under a time limit. A load that fails
 * or times out skips the steps after it, with the reason in their place.
 */
import type { Browser, Page } from '@playwright/test';
import type { AppResult, Measurement, MetricKey } from '../scripts/benchReport';
import { METRICS, unmeasured } from '../scripts/benchReport';
import type { BenchApp } from './apps';
import { runGestures } from './gestures';
import {
  heapAfterGc,
  LONG_TASK_RECORDER,
  openAndWaitForPaint,
  settle,
  waitForMarkAfterPaint,
} from './pageActions';
import { failureText, withTimeout } from './timeout';

/** Time limits, in ms. */
export interface Limits {
  /** For a page to load and first paint. */
  load: number;
  /** For one operation (a gesture, a filter, a search) on a loaded page. */
  operation: number;
}

/** A step's figures, and notes on what was measured. */
interface StepOutput {
  values: Partial<Record<MetricKey, number>>;
  notes?: Record<string, unknown>;
}

/** What one app did at one size: the figures, and details for the JSON results. */
export interface AppMeasurement {
  result: AppResult;
  details: Record<string, unknown>;
}

/** Makes a browser available; `restart` replaces one that stopped answering. */
export interface BrowserSession {
  browser: () => Promise<Browser>;
  restart: () => Promise<void>;
}

// tsx (esbuild) may wrap functions passed to page.evaluate in a `__name` helper; give it one.
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

async function inFreshPage(
  session: BrowserSession,
  limitMs: number,
  label: string,
  run: (page: Page) => Promise<StepOutput>,
): Promise<StepOutput> {
  const browser = await session.browser();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  });
  try {
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(LONG_TASK_RECORDER);
    const page = await context.newPage();
    return await withTimeout(run(page), limitMs, label);
  } finally {
    try {
      await withTimeout(context.close(), 15_000, 'closing the page');
    } catch {
      console.error(`  (the browser did not close a page; restarting it)`);
      await session.restart();
    }
  }
}

/** All figures of `app` on the dataset at `dataPath`. */
export async function measureApp(
  session: BrowserSession,
  app: BenchApp,
  url: string,
  limits: Limits,
): Promise<AppMeasurement> {
  const result = unmeasured('not run');
  const details: Record<string, unknown> = { url };
  const record = (output: StepOutput) => {
    for (const [key, value] of Object.entries(output.values)) {
      result[key as MetricKey] = { value } satisfies Measurement;
    }
    Object.assign(details, output.notes);
  };
  const open = (page: Page) => openAndWaitForPaint(page, url, app.marks, limits.load);
  // Two gesture parts, each capped, plus the frames they leave to finish.
  // Loads, the wait for search, several clicks or words: each capped, plus what they leave to finish.
  const stepLimit = 2 * limits.load + 8 * limits.operation;

  const steps: [string, MetricKey[], (page: Page) => Promise<StepOutput>][] = [
    [
      'load',
      ['firstPaint', 'navigationToPaint', 'longestTask', 'searchReady', 'heap'],
      async (page) => {
        const times = await open(page);
        const values: StepOutput['values'] = { ...times };
        const notes: Record<string, unknown> = {};
        if (app.searchReadyMark) {
          // The heap is read once the search index is built: the most the page keeps.
          const ready = await waitForMarkAfterPaint(
            page,
            app.searchReadyMark,
            app.marks.paint,
            limits.load,
          );
          values.searchReady = ready.after;
          notes.longestTaskBuildingSearch = ready.longestTask;
        }
        await settle(page);
        return { values: { ...values, heap: await heapAfterGc(page) }, notes };
      },
    ],
    [
      'zoom and pan',
      ['zoomMedian', 'zoomP95', 'panMedian', 'panP95'],
      async (page) => {
        await open(page);
        const frames = await runGestures(page, app.gestureTarget, limits.operation);
        for (const [part, summary] of Object.entries(frames)) {
          if (summary.cutShort) {
            console.error(
              `  ${app.name}: ${part} cut short after ${summary.inputs} inputs (limit ${limits.operation / 1000} s)`,
            );
          }
        }
        const values: StepOutput['values'] = {};
        if (frames.zoom.median !== null) values.zoomMedian = frames.zoom.median;
        if (frames.zoom.p95 !== null) values.zoomP95 = frames.zoom.p95;
        if (frames.pan.median !== null) values.panMedian = frames.pan.median;
        if (frames.pan.p95 !== null) values.panP95 = frames.pan.p95;
        return { values, notes: { zoomFrames: frames.zoom, panFrames: frames.pan } };
      },
    ],
    [
      'filter',
      ['filter'],
      async (page) => {
        await open(page);
        const update = await app.filter(page, limits.operation);
        return {
          values: { filter: update.latency },
          notes: { filter: update.note, filterSamples: update.samples },
        };
      },
    ],
    [
      'search',
      ['search'],
      async (page) => {
        await open(page);
        if (app.searchReadyMark) {
          await waitForMarkAfterPaint(page, app.searchReadyMark, app.marks.paint, limits.load);
        }
        const update = await app.search(page, limits.operation);
        return {
          values: { search: update.latency },
          notes: { search: update.note, searchSamples: update.samples },
        };
      },
    ],
  ];

  for (const [label, keys, run] of steps) {
    const started = Date.now();
    try {
      record(await inFreshPage(session, stepLimit, label, run));
      console.error(
        `  ${app.name}: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    } catch (error) {
      const reason = failureText(error);
      console.error(`  ${app.name}: ${label} ${reason}`, error instanceof Error ? '' : error);
      for (const key of keys) result[key] = { error: reason };
      details[`${label} error`] = error instanceof Error ? error.message : String(error);
      if (label === 'load') {
        for (const { key } of METRICS) {
          if ('error' in result[key] && !keys.includes(key)) {
            result[key] = { error: 'skipped (no load)' };
          }
        }
        break;
      }
    }
  }
  return { result, details };
}
