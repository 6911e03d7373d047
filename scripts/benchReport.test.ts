import { describe, expect, it } from 'vitest';
import {
  type AppResult,
  checkTargets,
  formatResultsTable,
  formatTargets,
  METRICS,
  ratio,
  type SizeResult,
} from './benchReport';

function app(values: Partial<Record<keyof AppResult, number>>): AppResult {
  return Object.fromEntries(
    METRICS.map(({ key }) => {
      const value = values[key];
      return [key, value === undefined ? { error: 'timed out (>120 s)' } : { value }];
    }),
  ) as AppResult;
}

const sizes: SizeResult[] = [
  {
    events: 10_000,
    fileBytes: 8e6,
    ours: app({ firstPaint: 100, filter: 20, heap: 50e6, zoomP95: 16.7 }),
    vis: app({ firstPaint: 2000, filter: 100, heap: 200e6, zoomP95: 50 }),
  },
  {
    events: 100_000,
    fileBytes: 80e6,
    ours: app({ firstPaint: 900, zoomP95: 16.66, panP95: 33.3, filter: 80 }),
    vis: app({}),
  },
];

describe('ratio', () => {
  it('divides vis by ours, and has none without both figures', () => {
    expect(ratio({ value: 10 }, { value: 150 })).toBe(15);
    expect(ratio({ value: 10 }, { error: 'timed out' })).toBeNull();
    expect(ratio({ value: 0 }, { value: 5 })).toBeNull();
  });
});

describe('formatResultsTable', () => {
  const table = formatResultsTable(sizes);

  it('prints a row per size and metric with ours, vis-timeline and the ratio', () => {
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^events\s+metric\s+ours\s+vis-timeline\s+vis\/ours$/);
    expect(lines).toHaveLength(2 + 2 * METRICS.length + 1);
    expect(table).toMatch(/10,000\s+load: parsed → first paint\s+100\.0 ms\s+2000\.0 ms\s+20×/);
    expect(table).toMatch(/filter click → updated, p95\s+20\.0 ms\s+100\.0 ms\s+5\.0×/);
    expect(table).toMatch(/JS heap after load \(after GC\)\s+50\.0 MB\s+200\.0 MB\s+4\.0×/);
  });

  it('shows why a figure is missing', () => {
    expect(table).toMatch(
      /search → updated, p95\s+timed out \(>120 s\)\s+timed out \(>120 s\)\s+—/,
    );
  });
});

describe('checkTargets', () => {
  it('checks the limits of each size measured, and the first-load budget', () => {
    const checks = checkTargets(sizes, 146_000);
    const find = (text: string) => checks.find((check) => check.target.includes(text));
    expect(find('10,000 events: filter click → updated, p95 ≤ 50 ms')?.met).toBe(true);
    expect(find('10,000 events: search')?.met).toBeNull();
    expect(find('100,000 events: zoom frame time, p95 ≤ 16.7 ms')?.met).toBe(true);
    expect(find('100,000 events: pan frame time, p95')?.met).toBe(false);
    expect(find('100,000 events: filter click → updated, p95 ≤ 100 ms')?.met).toBe(true);
    expect(find('100,000 events: JS heap')?.detail).toBe('not measured');
    expect(find('first load')).toEqual({
      target: 'first load ≤ 165 kB JS+CSS gzip',
      met: true,
      detail: '146.0 kB',
    });
    const over = checkTargets(sizes, 165_100).find((check) => check.target.includes('first load'));
    expect(over?.met).toBe(false);
    expect(formatTargets(checks)).toMatch(/^✓ 10,000 events: filter click/);
  });

  it('checks 500,000 events, generated or imported, against their own limits', () => {
    const large = (kind?: string): SizeResult => ({
      events: 500_000,
      ...(kind ? { kind } : {}),
      fileBytes: 3e8,
      ours: app({ longestTask: 250, heap: 390e6, firstPaint: 2900 }),
      vis: app({}),
    });
    const checks = checkTargets([large(), large('ACLED CSV')], null);
    const find = (text: string) => checks.find((check) => check.target.includes(text));
    expect(find('500,000 events: load: longest main-thread task ≤ 200 ms')?.met).toBe(false);
    expect(find('500,000 events (ACLED CSV): JS heap after load (after GC) ≤ 400 MB')?.met).toBe(
      true,
    );
    expect(find('500,000 events: load: parsed → first paint ≤ 3,000 ms')?.met).toBe(true);
  });
});
