import { describe, expect, it } from 'vitest';
import { median, percentile, summarizeFrames } from './benchStats';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(samples, 1)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNull();
  });
});

describe('median', () => {
  it('takes the middle, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('summarizeFrames', () => {
  it('counts frames that dropped at least one refresh at 60 Hz', () => {
    const summary = summarizeFrames([16.7, 16.6, 33.3, 16.7, 50]);
    expect(summary).toEqual({ frames: 5, median: 16.7, p95: 50, max: 50, long: 2 });
  });
});
