/**
 * Node side of the measurements on a page: open it and wait for the first paint, read the heap,
 * and time a filter click and a text search, in our app and in the vis-timeline page.
 */
import type { Page } from '@playwright/test';
import type { BenchWindow } from './measure/benchWindow';
import { armUpdateProbe, type ProbeOptions } from './measure/updateProbe';
import { visFilterLatency } from './measure/visOperations';
import { withTimeout } from './timeout';

/** The performance marks an app sets when its data is parsed and when it has first painted. */
export interface LoadMarks {
  parsed: string;
  paint: string;
}

/** Load timings from the marks, in ms. */
export interface LoadTimes {
  /** From the data being parsed to the first paint with it. */
  firstPaint: number;
  /** From navigation start (time origin) to the first paint. */
  navigationToPaint: number;
}

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Opens `url` and waits for the paint mark; throws a TimeoutError after `timeoutMs`. */
export async function openAndWaitForPaint(
  page: Page,
  url: string,
  marks: LoadMarks,
  timeoutMs: number,
): Promise<LoadTimes> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  await withTimeout(
    page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, marks.paint, {
      polling: 100,
      timeout: 0,
    }),
    timeoutMs,
    'first paint',
  );
  const times = await page.evaluate((m) => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return { parsed: at(m.parsed), paint: at(m.paint) };
  }, marks);
  if (!Number.isFinite(times.parsed) || !Number.isFinite(times.paint)) {
    throw new Error(`missing performance mark ${marks.parsed} or ${marks.paint}`);
  }
  return { firstPaint: times.paint - times.parsed, navigationToPaint: times.paint };
}

/** Lets the page finish what it does after its first paint: two frames and a short pause. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await sleep(500);
}

/** The main thread's JS heap in bytes after a forced garbage collection (Chrome DevTools Protocol). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await cdp.detach();
  }
}

/** The latency the update probe measured; throws on a probe error or after `timeoutMs`. */
async function probeLatency(page: Page, timeoutMs: number): Promise<number> {
  await withTimeout(
    page.waitForFunction(
      () => {
        const probe = (window as BenchWindow).__benchProbe;
        return probe !== undefined && (probe.latency !== null || probe.error !== null);
      },
      null,
      { polling: 50, timeout: 0 },
    ),
    timeoutMs,
    'update',
  );
  const probe = await page.evaluate(() => (window as BenchWindow).__benchProbe);
  if (!probe || probe.latency === null) throw new Error(probe?.error ?? 'no measurement');
  return probe.latency;
}

/**
 * The elements of our app that a filter must change: the event list, and the timeline's drawing
 * area (its SVG marks, `.timeline-marks`, or the canvas that replaces them for large datasets).
 */
export const OUR_UPDATE_TARGETS = ['.event-list', '.timeline__viewport'];

/** Ours: opens the Category facet and clicks its first checkbox. Returns [latency, label]. */
export async function ourFilterLatency(page: Page, timeoutMs: number): Promise<[number, string]> {
  await page.getByRole('button', { name: 'Category', exact: true }).click();
  const option = page.getByRole('group', { name: 'Category' }).getByRole('checkbox').first();
  await option.waitFor({ timeout: timeoutMs });
  const label = (await option.locator('xpath=..').innerText()).replace(/\s+/g, ' ').trim();
  await settle(page);
  const probe: ProbeOptions = { trigger: 'click', key: null, targets: OUR_UPDATE_TARGETS };
  await page.evaluate(armUpdateProbe, probe);
  await option.click();
  return [await probeLatency(page, timeoutMs), label];
}

/** Ours: types `word` in the search box and presses Enter (which commits without the debounce). */
export async function ourSearchLatency(
  page: Page,
  word: string,
  timeoutMs: number,
): Promise<number> {
  const input = page.getByLabel('Search', { exact: true });
  await input.click();
  await settle(page);
  const probe: ProbeOptions = { trigger: 'keydown', key: 'Enter', targets: OUR_UPDATE_TARGETS };
  await page.evaluate(armUpdateProbe, probe);
  await input.fill(word);
  await input.press('Enter');
  return probeLatency(page, timeoutMs);
}

/** vis-timeline: the same filter or search through its API (see measure/visOperations.ts). */
export async function visLatency(
  page: Page,
  filter: { kind: 'category' | 'search'; value: string },
  timeoutMs: number,
): Promise<number> {
  await settle(page);
  return withTimeout(page.evaluate(visFilterLatency, filter), timeoutMs, 'vis update');
}
