/**
 * The benchmark's results as data, and as the table `npm run bench` prints: per dataset size and
 * metric, our figure, vis-timeline's, and the ratio vis/ours (above 1: we are faster or smaller).
 * Also the issue's targets, each checked against the figures.
 */
import { FIRST_LOAD_BUDGET_KB } from './firstLoadSize';

/** The figures measured for each app; every one is a time in ms except `heap` (bytes). */
export const METRICS = [
  { key: 'firstPaint', label: 'load: parsed → first paint', unit: 'ms' },
  { key: 'navigationToPaint', label: 'load: navigation → first paint', unit: 'ms' },
  { key: 'longestTask', label: 'load: longest main-thread task', unit: 'ms' },
  { key: 'searchReady', label: 'search index ready after paint', unit: 'ms' },
  { key: 'zoomMedian', label: 'zoom frame time, median', unit: 'ms' },
  { key: 'zoomP95', label: 'zoom frame time, p95', unit: 'ms' },
  { key: 'panMedian', label: 'pan frame time, median', unit: 'ms' },
  { key: 'panP95', label: 'pan frame time, p95', unit: 'ms' },
  { key: 'filter', label: 'filter click → updated, p95', unit: 'ms' },
  { key: 'search', label: 'search → updated, p95', unit: 'ms' },
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
  /** What was loaded, when not the generated chronicle/1 JSON: "ACLED CSV". */
  kind?: string;
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

/** The size a block of the table is about: "100,000". */
function sizeLabel(size: SizeResult): string {
  return size.events.toLocaleString('en-US');
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
        index === 0 ? sizeLabel(size) : index === 1 && size.kind ? `(${size.kind})` : '',
        metric.label,
        display(ours, metric.unit),
        display(vis, metric.unit),
        r === null ? '—' : `${factor(r)}×`,
      ]);
    });
  }
  const { line, rule } = columns(rows, 2);
  const body = rows.slice(1).map(line);
  // A rule between sizes.
  const blocks: string[] = [];
  body.forEach((text, i) => {
    if (i > 0 && i % METRICS.length === 0) blocks.push(rule);
    blocks.push(text);
  });
  return [line(rows[0] ?? []), rule, ...blocks].join('\n');
}

/**
 * Plain-text columns as wide as their widest cell: the first `left` columns aligned left, the
 * rest (figures) right; `rule` is the line of dashes under the header.
 */
function columns(rows: readonly string[][], left: number) {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column >= left ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return { line, rule: widths.map((width) => '-'.repeat(width)).join('  ') };
}

/** The metrics whose growth with the dataset's size the growth table shows. */
const GROWTH_METRICS: readonly MetricKey[] = [
  'firstPaint',
  'navigationToPaint',
  'longestTask',
  'zoomP95',
  'panP95',
  'filter',
  'search',
  'heap',
];

/**
 * The exponent k of cost ∝ events^k between two sizes: the slope on a log-log scale. About 0
 * when a figure does not grow with the dataset (a frame at 60 Hz), about 1 when it grows in
 * proportion to it. Null without two positive figures at two different sizes.
 */
export function growthExponent(
  from: { events: number; value: number },
  to: { events: number; value: number },
): number | null {
  if (from.value <= 0 || to.value <= 0 || from.events <= 0 || from.events === to.events)
    return null;
  return Math.log(to.value / from.value) / Math.log(to.events / from.events);
}

/**
 * How Chronicle's figures grow with the dataset: one row per metric, one column per size of the
 * same kind of dataset (the generated JSON; the ACLED CSV is another kind), each with its factor
 * over the size before ("×4.6"), and the exponent k of events^k between the two largest sizes
 * measured, where a dataset's own cost has outgrown the page's fixed costs. Empty when fewer than
 * two sizes of one kind were measured.
 */
export function formatGrowthTable(sizes: readonly SizeResult[]): string {
  const kinds = [...new Set(sizes.map((size) => size.kind ?? ''))];
  const tables: string[] = [];
  for (const kind of kinds) {
    const same = sizes
      .filter((size) => (size.kind ?? '') === kind)
      .sort((a, b) => a.events - b.events);
    if (same.length < 2) continue;
    const rows: string[][] = [
      [
        `metric${kind ? ` (${kind})` : ''}`,
        ...same.map(sizeLabel),
        `k, ${sizeLabel(same[same.length - 2] as SizeResult)} → ${sizeLabel(same[same.length - 1] as SizeResult)}`,
      ],
    ];
    for (const key of GROWTH_METRICS) {
      const metric = METRICS.find((m) => m.key === key);
      if (!metric) continue;
      const measured: { events: number; value: number }[] = [];
      const cells = same.map((size) => {
        const value = valueOf(size.ours[key]);
        if (value === null) return '—';
        const before = measured[measured.length - 1];
        measured.push({ events: size.events, value });
        const shown =
          metric.unit === 'MB' ? `${(value / 1e6).toFixed(1)} MB` : `${value.toFixed(1)} ms`;
        return before && before.value > 0 ? `${shown} (×${factor(value / before.value)})` : shown;
      });
      const before = measured[measured.length - 2];
      const last = measured[measured.length - 1];
      const k = before && last ? growthExponent(before, last) : null;
      rows.push([metric.label, ...cells, k === null ? '—' : k.toFixed(2)]);
    }
    const { line, rule } = columns(rows, 1);
    tables.push([line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join('\n'));
  }
  return tables.join('\n\n');
}

/** A ratio as the growth table prints it: 1.2, 4.6, 17. */
function factor(value: number): string {
  return value.toFixed(value >= 10 ? 0 : 1);
}

/** One of the issue's targets and whether the figures meet it (null: not measured). */
export interface TargetCheck {
  target: string;
  met: boolean | null;
  detail: string;
}

const FRAME_BUDGET_MS = 16.7;

function valueOf(measurement: Measurement | undefined): number | null {
  return measurement !== undefined && 'value' in measurement ? measurement.value : null;
}

/** The limits of one size: `null` where that size has no target for the metric. */
type Limits = Partial<Record<MetricKey, number>>;

/** The issue's targets per size (issue 16): small stories first, then 100,000 and 500,000 events. */
const TARGETS: readonly { events: number; limits: Limits }[] = [
  { events: 1_000, limits: { filter: 50, search: 50 } },
  { events: 10_000, limits: { filter: 50, search: 50 } },
  {
    events: 100_000,
    limits: {
      filter: 100,
      search: 100,
      heap: 100e6,
      navigationToPaint: 2500,
      zoomP95: FRAME_BUDGET_MS,
      panP95: FRAME_BUDGET_MS,
    },
  },
  {
    events: 500_000,
    limits: {
      longestTask: 200,
      firstPaint: 3000,
      zoomP95: FRAME_BUDGET_MS,
      panP95: FRAME_BUDGET_MS,
      filter: 200,
      search: 200,
      heap: 400e6,
    },
  },
];

/** Checks the issue's targets at every size measured, and the first-load budget. */
export function checkTargets(
  sizes: readonly SizeResult[],
  firstLoadGzip: number | null,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const limit = (target: string, value: number | null, max: number, unit = 'ms') => {
    // Frame times are compared at 0.1 ms, the precision they are shown at.
    const met = value === null ? null : Math.round(value * 10) / 10 <= max;
    checks.push({
      target,
      met,
      detail: value === null ? 'not measured' : `${value.toFixed(1)} ${unit}`,
    });
  };
  for (const size of sizes) {
    const limits = TARGETS.find((t) => t.events === size.events)?.limits ?? {};
    const name = `${size.events.toLocaleString('en-US')} events${size.kind ? ` (${size.kind})` : ''}`;
    for (const metric of METRICS) {
      const max = limits[metric.key];
      if (max === undefined) continue;
      const value = valueOf(size.ours[metric.key]);
      if (metric.unit === 'MB') {
        limit(
          `${name}: ${metric.label} ≤ ${max / 1e6} MB`,
          value === null ? null : value / 1e6,
          max / 1e6,
          'MB',
        );
      } else {
        limit(`${name}: ${metric.label} ≤ ${max.toLocaleString('en-US')} ms`, value, max);
      }
    }
  }
  if (firstLoadGzip !== null) {
    limit(
      `first load ≤ ${FIRST_LOAD_BUDGET_KB} kB JS+CSS gzip`,
      firstLoadGzip / 1000,
      FIRST_LOAD_BUDGET_KB,
      'kB',
    );
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
