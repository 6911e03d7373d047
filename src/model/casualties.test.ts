import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  casualtySummary,
  countBar,
  countScale,
  countScaleMax,
  describeCount,
  formatCount,
} from './casualties';
import type { Casualty, CasualtyCount } from './schema';

const count = (min: number, max: number | null, approximate = false): CasualtyCount => ({
  min,
  max,
  approximate,
  text: 'as worded',
});

const casualty = (kind: Casualty['kind'], c: CasualtyCount): Casualty => ({
  kind,
  group: 'unspecified',
  count: c,
  asOf: '2022-01-05',
  claimedBy: null,
  sources: ['wire'],
});

describe('formatCount', () => {
  it('writes an exact figure as the number', () => {
    expect(formatCount(count(8, 8))).toBe('8');
    expect(formatCount(count(0, 0))).toBe('0');
  });

  it('marks an approximate figure with a tilde and groups thousands', () => {
    expect(formatCount(count(1000, 1000, true))).toBe('~1,000');
    expect(formatCount(count(12345, 12345))).toBe('12,345');
  });

  it('writes an open-ended figure as "at least" with a plus', () => {
    expect(formatCount(count(24, null))).toBe('24+');
    expect(formatCount(count(2000, null, true))).toBe('~2,000+');
  });

  it('writes a range with an en dash', () => {
    expect(formatCount(count(10, 19))).toBe('10–19');
    expect(formatCount(count(10, 19, true))).toBe('~10–19');
    expect(formatCount(count(900, 1200))).toBe('900–1,200');
  });
});

describe('describeCount', () => {
  it('spells out each kind of figure', () => {
    expect(describeCount(count(8, 8))).toBe('8');
    expect(describeCount(count(1000, 1000, true))).toBe('about 1,000');
    expect(describeCount(count(24, null))).toBe('at least 24');
    expect(describeCount(count(24, null, true))).toBe('at least around 24');
    expect(describeCount(count(10, 19))).toBe('10 to 19');
    expect(describeCount(count(10, 19, true))).toBe('about 10 to 19');
  });
});

describe('casualtySummary', () => {
  it('lists every figure with its kind, in the order given', () => {
    expect(
      casualtySummary([
        casualty('killed', count(24, null)),
        casualty('injured', count(1000, 1000, true)),
        casualty('hospitalized', count(10, 19)),
        casualty('intensive-care', count(3, 3)),
      ]),
    ).toBe('24+ killed · ~1,000 injured · 10–19 in hospital · 3 in intensive care');
  });

  it('keeps contested figures of the same kind apart', () => {
    expect(
      casualtySummary([casualty('killed', count(8, 8)), casualty('killed', count(225, 225))]),
    ).toBe('8 killed · 225 killed');
  });

  it('is empty for no figures', () => {
    expect(casualtySummary([])).toBe('');
  });
});

describe('countScaleMax', () => {
  it('is the largest number any count mentions', () => {
    expect(countScaleMax([count(8, 8), count(10, 19), count(24, null)])).toBe(24);
    expect(countScaleMax([count(8, 8), count(10, 1900)])).toBe(1900);
  });

  it('is at least 1, even for no counts or only zeros', () => {
    expect(countScaleMax([])).toBe(1);
    expect(countScaleMax([count(0, 0)])).toBe(1);
  });
});

describe('countBar', () => {
  const x = (n: number) => n * 10;

  it('draws an exact figure as a solid bar alone', () => {
    expect(countBar(count(8, 8), x)).toEqual({
      solidEnd: 80,
      whisker: null,
      fade: null,
      approximate: false,
    });
  });

  it('draws a closed range as a bar to the lowest figure and a whisker to the highest', () => {
    expect(countBar(count(10, 19), x)).toEqual({
      solidEnd: 100,
      whisker: [100, 190],
      fade: null,
      approximate: false,
    });
  });

  it('draws an open-ended count as a bar to the lowest figure and a fade after it', () => {
    expect(countBar(count(24, null), x)).toEqual({
      solidEnd: 240,
      whisker: null,
      fade: [240, 288],
      approximate: false,
    });
    expect(countBar(count(24, null), x, 20).fade).toEqual([240, 260]);
  });

  it('carries the approximate flag of the figure', () => {
    expect(countBar(count(1000, 1000, true), x).approximate).toBe(true);
    expect(countBar(count(10, 19, true), x).approximate).toBe(true);
    expect(countBar(count(24, null, true), x).approximate).toBe(true);
  });

  it('never collapses a range or an open end into one number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
        fc.boolean(),
        (min, extra, approximate) => {
          const max = extra === null ? null : min + extra;
          const bar = countBar(count(min, max, approximate), countScale(200_000, 0, 500));
          if (max === null) expect(bar.fade).not.toBeNull();
          else if (max > min) expect(bar.whisker).not.toBeNull();
          else expect(bar.whisker ?? bar.fade).toBeNull();
          expect(bar.approximate).toBe(approximate);
        },
      ),
    );
  });
});

describe('countScale', () => {
  it('maps 1 to the start of the range', () => {
    expect(countScale(1000, 4, 400)(1)).toBeCloseTo(4);
  });

  it('clamps counts below 1 (including 0) to the start', () => {
    const x = countScale(1000, 4, 400);
    expect(x(0)).toBeCloseTo(4);
    expect(x(0.5)).toBeCloseTo(4);
  });

  it('leaves room beyond the largest figure and clamps beyond that', () => {
    const x = countScale(1000, 4, 400);
    expect(x(1000)).toBeLessThan(400);
    expect(x(1_000_000)).toBeCloseTo(400);
  });

  it('uses a domain up to at least 10, so small counts do not fill the strip', () => {
    const x = countScale(2, 0, 100);
    expect(x(10)).toBeCloseTo(100);
    expect(x(2)).toBeLessThan(50);
  });

  it('is monotonic: a larger count is never drawn shorter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (maxCount, a, b) => {
          const x = countScale(maxCount, 0, 600);
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(x(low)).toBeLessThanOrEqual(x(high));
          expect(x(low)).toBeGreaterThanOrEqual(0);
          expect(x(high)).toBeLessThanOrEqual(600);
        },
      ),
    );
  });
});
