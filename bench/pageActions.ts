/**
 * Node side of the measurements on a page: open it and wait for the first paint, read the heap,
 * and time a filter click and a text search, in our app and in the vis-timeline page.
 */
import type { Page } from '@playwright/test';
import type { BenchWindow } from './measure/benchWindow';
import { armUpdateProbe, type ProbeOptions } from './measure/updateProbe';
import { visFilterLatency } from './measure/visOperations';
import { SEARCH_COMMITTED_MARK } from '../src/filters/searchMark';
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
  /** The longest main-thread task (Long Tasks API) from navigation to the first paint. */
  longestTask: number;
}

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Run in the page before anything else: records every long task (over 50 ms) in
 * `window.__benchLongTasks`, so a load can say how long the main thread was held at once.
 */
export const LONG_TASK_RECORDER = `
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/**
 * The buttons a reader presses on the way to a large or imported dataset: "Load anyway" past the
 * size limit (100 MB), and "Load N events" under an import's preview. The benchmark presses them
 * as they appear; the time they stand on screen is in navigation → paint, not in parse → paint.
 */
const ON_THE_WAY = [/^Load anyway/, /^Load [\d,]+ events?$/];

/** Opens `url` and waits for the paint mark; throws a TimeoutError after `timeoutMs`. */
export async function openAndWaitForPaint(
  page: Page,
  url: string,
  marks: LoadMarks,
  timeoutMs: number,
): Promise<LoadTimes> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  const painted = () =>
    page.evaluate((name) => performance.getEntriesByName(name).length > 0, marks.paint);
  await withTimeout(
    (async () => {
      while (!(await painted())) {
        for (const name of ON_THE_WAY) {
          const button = page.getByRole('button', { name });
          if ((await button.count()) === 0) continue;
          // The click starts indexing the dataset inside its handler, which can hold the page
          // longer than the click's own wait: the click has happened all the same.
          await button
            .first()
            .click({ timeout: 5_000 })
            .catch(() => undefined);
        }
        await sleep(200);
      }
    })(),
    timeoutMs,
    'first paint',
  );
  const times = await page.evaluate((m) => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const tasks = (window as BenchWindow).__benchLongTasks ?? [];
    const paint = at(m.paint);
    const before = tasks.filter(([start]) => start < paint).map(([, duration]) => duration);
    return { parsed: at(m.parsed), paint, longest: Math.max(0, ...before) };
  }, marks);
  if (!Number.isFinite(times.parsed) || !Number.isFinite(times.paint)) {
    throw new Error(`missing performance mark ${marks.parsed} or ${marks.paint}`);
  }
  return {
    firstPaint: times.paint - times.parsed,
    navigationToPaint: times.paint,
    longestTask: times.longest,
  };
}

/**
 * Waits for `mark` (ours: `chronicle:search-ready`, the search index built after the first paint)
 * and returns its time after the paint mark, and the longest task between the two.
 */
export async function waitForMarkAfterPaint(
  page: Page,
  mark: string,
  paint: string,
  timeoutMs: number,
): Promise<{ after: number; longestTask: number }> {
  await withTimeout(
    page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
      polling: 100,
      timeout: 0,
    }),
    timeoutMs,
    mark,
  );
  return page.evaluate(
    ([name, paintName]) => {
      const at = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      const [end, start] = [at(name), at(paintName)];
      const tasks = (window as BenchWindow).__benchLongTasks ?? [];
      const between = tasks.filter(([s]) => s >= start && s < end).map(([, d]) => d);
      return { after: end - start, longestTask: Math.max(0, ...between) };
    },
    [mark, paint] as const,
  );
}

/** Lets the page finish what it does after its first paint: two frames and a short pause. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await sleep(500);
}

/**
 * The main thread's JS heap in bytes after a forced garbage collection (Chrome DevTools Protocol),
 * with the backing stores of its ArrayBuffers.
 */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    // Typed arrays' contents live outside the JS heap proper (`backingStorageSize`, where this
    // Chromium reports it); they are counted too, since the indexes keep their data there.
    const usage: { usedSize: number; backingStorageSize?: number } =
      await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize + (usage.backingStorageSize ?? 0);
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

/** Filter clicks per measurement: the first three categories on, one by one, then off again. */
export const FILTER_CLICKS = 6;

/**
 * Ours: opens the Category facet, then clicks its first three checkboxes on and off again, one at a
 * time, each click timed until the list, the timeline and the map have changed and painted.
 * Returns the latencies and the labels clicked.
 */
export async function ourFilterLatencies(
  page: Page,
  timeoutMs: number,
): Promise<{ latencies: number[]; labels: string[] }> {
  await page.getByRole('button', { name: 'Category', exact: true }).click();
  const boxes = page.getByRole('group', { name: 'Category' }).getByRole('checkbox');
  await boxes.first().waitFor({ timeout: timeoutMs });
  const labels: string[] = [];
  const latencies: number[] = [];
  const order = [0, 1, 2, 0, 1, 2].slice(0, FILTER_CLICKS);
  for (const [i, at] of order.entries()) {
    const option = boxes.nth(at);
    if (i < 3)
      labels.push((await option.locator('xpath=..').innerText()).replace(/\s+/g, ' ').trim());
    await settle(page);
    const probe: ProbeOptions = {
      trigger: 'click',
      key: null,
      targets: await ourUpdateTargets(page),
    };
    await page.evaluate(armUpdateProbe, probe);
    await option.click();
    latencies.push(await probeLatency(page, timeoutMs));
  }
  return { latencies, labels };
}

/** The words searched for, one after another (each commits with Enter). */
export const SEARCH_WORDS = ['airport', 'police', 'port', 'storm'];

/**
 * Ours: for each word, types it in the search box (replacing the last) and presses Enter, which
 * commits without the typing debounce; each timed from the commit (the app's
 * `chronicle:search-committed` mark: Enter's, or the debounce's when a busy machine lets the pause
 * pass before Enter arrives) until the list, the timeline and the map have changed and painted.
 * Waits for the search index first (as a reader's first search a few seconds after the page
 * appears would find it).
 */
export async function ourSearchLatencies(page: Page, timeoutMs: number): Promise<number[]> {
  const input = page.getByLabel('Search', { exact: true });
  await input.click();
  const latencies: number[] = [];
  for (const word of SEARCH_WORDS) {
    await settle(page);
    const targets = await ourUpdateTargets(page);
    await page.evaluate(armUpdateProbe, {
      trigger: 'mark',
      key: SEARCH_COMMITTED_MARK,
      targets,
    } as const);
    await input.fill(word);
    await input.press('Enter');
    latencies.push(await probeLatency(page, timeoutMs));
  }
  return latencies;
}

/** The list and the timeline, and the map when it is on the page. */
async function ourUpdateTargets(page: Page): Promise<string[]> {
  const map = await page.locator(MAP_TARGET).count();
  return map > 0 ? [...OUR_UPDATE_TARGETS, MAP_TARGET] : OUR_UPDATE_TARGETS;
}

/** The map's caption, which counts the events in view: every filter and search changes it. */
const MAP_TARGET = '.map__caption';

/** vis-timeline: the same filter or search through its API (see measure/visOperations.ts). */
export async function visLatency(
  page: Page,
  filter: { kind: 'category' | 'search'; value: string },
  timeoutMs: number,
): Promise<number> {
  await settle(page);
  return withTimeout(page.evaluate(visFilterLatency, filter), timeoutMs, 'vis update');
}
