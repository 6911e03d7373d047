import { describe, expect, it } from 'vitest';
import { casualtySummary, countScaleMax, describeCount, formatCount } from './casualties';
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
