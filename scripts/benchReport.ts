/**
 * The benchmark's results as data, and as the table `npm run bench` prints: per dataset size and
 * metric, our figure, vis-timeline's, and the ratio vis/ours (above 1: we are faster or smaller).
 * Also the targets, each checked against the figures.
 */

/** The figures measured for each app; every one is a time in ms except `heap` (bytes). */
export const METRICS = [
  { key: 'firstPaint', label: 'load: parsed → first paint', unit: 'ms' },
  { key: 'navigationToPaint', label: 'load: navigation → first paint', unit: 'ms' },
  { key: 'zoomMedian', label: 'zoom frame time, median', unit: 'ms' },
  { key: 'zoomP95', label: 'zoom frame time, p95', unit: 'ms' },
  { key: 'panMedian', label: 'pan frame time, median', unit: 'ms' },
  { key: 'panP95', label: 'pan frame time, p95', unit: 'ms' },
  { key: 'filter', label: 'filter latency', unit: 'ms' },
  { key: 'search', label: 'text-search latency', unit: 'ms' },
  { key: 'heap', label: 'JS heap after load (after GC)', unit: 'MB' },
] as const;

/** The name of one metric. */
export type MetricKey = (typeof METRICS)[number]['key'];

/** A measured figure, or why there is none ("timed out (>120 s)"). */
export type Measurement = { value: number } | { error: string };

/** Every metric of one app at one size. */
export type AppResult = Record<MetricKey, Measurement>;

/** Both apps at one dataset size. */
export interface SizeResult {
  events: number;
  fileBytes: number;
  ours: AppResult;
  vis: AppResult;
}

/** A result with every metric missing for the same reason. */
export function unmeasured(reason: string): AppResult {
  const entries = METRICS.map(({ key }): [MetricKey, Measurement] => [key, { error: reason }]);
  return Object.fromEntries(entries) as AppResult;
}

function display(measurement: Measurement, unit: 'ms' | 'MB'): string {
  if ('error' in measurement) return measurement.error;
  return unit === 'MB'
    ? `${(measurement.value / 1e6).toFixed(1)} MB`
    : `${measurement.value.toFixed(1)} ms`;
}

/** vis/ours, or null when either figure is missing or ours is 0. */
export function ratio(ours: Measurement, vis: Measurement): number | null {
  if ('error' in ours || 'error' in vis || ours.value <= 0) return null;
  return vis.value / ours.value;
}

/** The results as a plain-text table, one block per dataset size. */
export function formatResultsTable(sizes: readonly SizeResult[]): string {
  const rows: string[][] = [['events', 'metric', 'ours', 'vis-timeline', 'vis/ours']];
  for (const size of sizes) {
    METRICS.forEach((metric, index) => {
      const ours = size.ours[metric.key];
      const vis = size.vis[metric.key];
      const r = ratio(ours, vis);
      rows.push([
        index === 0 ? size.events.toLocaleString('en-US') : '',
        metric.label,
        display(ours, metric.unit),
        display(vis, metric.unit),
        r === null ? '—' : `${r.toFixed(r >= 10 ? 0 : 1)}×`,
      ]);
    });
  }
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column >= 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const body = rows.slice(1).map(line);
  // A rule between sizes.
  const blocks: string[] = [];
  body.forEach((text, i) => {
    if (i > 0 && i % METRICS.length === 0) blocks.push(rule);
    blocks.push(text);
  });
  return [line(rows[0] ?? []), rule, ...blocks].join('\n');
}

/** One of the targets and whether the figures meet it (null: not measured). */
export interface TargetCheck {
  target: string;
  met: boolean | null;
  detail: string;
}

const FRAME_BUDGET_MS = 16.7;

function valueOf(measurement: Measurement | undefined): number | null {
  return measurement !== undefined && 'value' in measurement ? measurement.value : null;
}

/** Checks the targets: at 100,000 events, at 10,000 (10× vis), and the first-load size. */
export function checkTargets(
  sizes: readonly SizeResult[],
  firstLoadGzip: number | null,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const at = (events: number) => sizes.find((size) => size.events === events);
  const limit = (target: string, value: number | null, max: number, unit = 'ms') => {
    // Frame times are compared at 0.1 ms, the precision they are shown at.
    const met = value === null ? null : Math.round(value * 10) / 10 <= max;
    checks.push({
      target,
      met,
      detail: value === null ? 'not measured' : `${value.toFixed(1)} ${unit}`,
    });
  };
  const large = at(100_000);
  if (large) {
    limit(
      '100,000 events: first paint ≤ 1,500 ms after parse',
      valueOf(large.ours.firstPaint),
      1500,
    );
    limit('100,000 events: zoom p95 frame ≤ 16.7 ms', valueOf(large.ours.zoomP95), FRAME_BUDGET_MS);
    limit('100,000 events: pan p95 frame ≤ 16.7 ms', valueOf(large.ours.panP95), FRAME_BUDGET_MS);
    limit('100,000 events: filter reflected ≤ 100 ms', valueOf(large.ours.filter), 100);
  }
  const medium = at(10_000);
  if (medium) {
    for (const metric of METRICS) {
      const r = ratio(medium.ours[metric.key], medium.vis[metric.key]);
      checks.push({
        target: `10,000 events: ${metric.label} ≥ 10× better than vis-timeline`,
        met: r === null ? null : r >= 10,
        detail: r === null ? 'no ratio' : `${r.toFixed(2)}×`,
      });
    }
  }
  if (firstLoadGzip !== null) {
    limit('first load ≤ 150 kB JS+CSS gzip', firstLoadGzip / 1000, 150, 'kB');
  }
  return checks;
}

/** The target checks as lines: "✓", "✗" or "?" (not measured), the target, and the figure. */
export function formatTargets(checks: readonly TargetCheck[]): string {
  return checks
    .map((check) => {
      const mark = check.met === null ? '?' : check.met ? '✓' : '✗';
      return `${mark} ${check.target}: ${check.detail}`;
    })
    .join('\n');
}
