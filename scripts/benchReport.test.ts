import { describe, expect, it } from 'vitest';
import {
  type AppResult,
  checkTargets,
  formatGrowthTable,
  formatResultsTable,
  formatTargets,
  growthExponent,
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

describe('growthExponent', () => {
  it('is the slope on a log-log scale: 0 when flat, 1 when in proportion, 2 when squared', () => {
    expect(growthExponent({ events: 1000, value: 16.7 }, { events: 100_000, value: 16.7 })).toBe(0);
    expect(growthExponent({ events: 1000, value: 5 }, { events: 100_000, value: 500 })).toBeCloseTo(
      1,
    );
    expect(growthExponent({ events: 10, value: 1 }, { events: 1000, value: 10_000 })).toBeCloseTo(
      2,
    );
  });

  it('has none without two positive figures at two sizes', () => {
    expect(growthExponent({ events: 1000, value: 0 }, { events: 10_000, value: 5 })).toBeNull();
    expect(growthExponent({ events: 1000, value: 3 }, { events: 1000, value: 5 })).toBeNull();
  });
});

describe('formatGrowthTable', () => {
  const grown: SizeResult[] = [
    {
      events: 100_000,
      fileBytes: 80e6,
      ours: app({ firstPaint: 3000, zoomP95: 16.7, filter: 180, heap: 190e6 }),
      vis: app({}),
    },
    {
      events: 1_000,
      fileBytes: 8e5,
      ours: app({ firstPaint: 30, zoomP95: 16.7, filter: 90, heap: 11e6 }),
      vis: app({}),
    },
    {
      events: 10_000,
      fileBytes: 8e6,
      ours: app({ firstPaint: 300, zoomP95: 16.7, heap: 30e6 }),
      vis: app({}),
    },
    {
      events: 500_000,
      kind: 'ACLED CSV',
      fileBytes: 2e8,
      ours: app({ firstPaint: 20_000 }),
      vis: app({}),
    },
  ];
  const table = formatGrowthTable(grown);
  const lines = table.split('\n');

  it('has a column per size, smallest first, each figure with its factor over the size before', () => {
    expect(lines[0]).toMatch(/^metric\s+1,000\s+10,000\s+100,000\s+k, 10,000 → 100,000$/);
    expect(table).toMatch(
      /load: parsed → first paint\s+30\.0 ms\s+300\.0 ms \(×10\)\s+3000\.0 ms \(×10\)\s+1\.00$/m,
    );
    expect(table).toMatch(
      /zoom frame time, p95\s+16\.7 ms\s+16\.7 ms \(×1\.0\)\s+16\.7 ms \(×1\.0\)\s+0\.00$/m,
    );
  });

  it('skips a missing figure, measuring growth between the last two figures there are', () => {
    // 90 ms at 1,000, nothing at 10,000, 180 ms at 100,000: ×2 over 100× the events.
    expect(table).toMatch(
      /filter click → updated, p95\s+90\.0 ms\s+—\s+180\.0 ms \(×2\.0\)\s+0\.15$/m,
    );
    expect(table).toMatch(/search → updated, p95\s+—\s+—\s+—\s+—$/m);
  });

  it('leaves out a kind of dataset measured at one size only', () => {
    expect(table).not.toContain('ACLED');
    expect(formatGrowthTable(grown.slice(3))).toBe('');
  });
});
