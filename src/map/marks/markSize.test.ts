import { describe, expect, it } from 'vitest';
import {
  EMPTY_RADIUS,
  FADE_WIDTH,
  MAX_RADIUS,
  MIN_RADIUS,
  countRings,
  legendSamples,
  legendValues,
  outerRadius,
  radiusScale,
} from './markSize';

const count = (min: number, max: number | null, approximate = false) => ({
  min,
  max,
  approximate,
  text: 'x',
});

describe('radiusScale', () => {
  it('makes area proportional to the number, between the smallest and largest radius', () => {
    const r = radiusScale(16);
    expect(r(16)).toBe(MAX_RADIUS);
    expect(r(4)).toBeCloseTo(MAX_RADIUS / 2);
    expect(r(1)).toBe(Math.max(MIN_RADIUS, MAX_RADIUS / 4));
    expect(r(0)).toBe(EMPTY_RADIUS);
    expect(r(100)).toBe(MAX_RADIUS);
  });

  it('copes with an empty dataset', () => {
    expect(radiusScale(0)(1)).toBe(MAX_RADIUS);
  });
});

describe('countRings', () => {
  const r = radiusScale(100);

  it('draws an exact figure as a disc', () => {
    expect(countRings(count(25, 25), r)).toEqual({
      disc: r(25),
      ring: null,
      fade: null,
      approximate: false,
    });
  });

  it('draws a range as a disc to the lower figure and a ring at the upper', () => {
    expect(countRings(count(10, 64), r)).toMatchObject({ disc: r(10), ring: r(64), fade: null });
  });

  it('draws an open-ended figure with a fading ring, never a made-up upper figure', () => {
    const rings = countRings(count(24, null), r);
    expect(rings).toMatchObject({ disc: r(24), ring: null, fade: [r(24), r(24) + FADE_WIDTH] });
    expect(outerRadius(rings)).toBe(r(24) + FADE_WIDTH);
  });

  it('keeps "approximate"', () => {
    expect(countRings(count(1000, 1000, true), r).approximate).toBe(true);
  });
});

describe('legendValues and legendSamples', () => {
  it('gives 1, a round middle value and the maximum', () => {
    expect(legendValues(7)).toEqual([1, 2, 7]);
    expect(legendValues(24)).toEqual([1, 5, 24]);
    expect(legendValues(1000)).toEqual([1, 200, 1000]);
    expect(legendValues(2)).toEqual([1, 2]);
    expect(legendValues(0)).toEqual([1]);
  });

  it('lays the samples out left to right without overlap', () => {
    const r = radiusScale(24);
    const { samples, width } = legendSamples(24, r);
    expect(samples.map((s) => s.value)).toEqual([1, 5, 24]);
    samples.slice(1).forEach((sample, i) => {
      const before = samples[i];
      if (before) expect(sample.cx - sample.r).toBeGreaterThan(before.cx + before.r);
    });
    const last = samples.at(-1);
    expect(width).toBeGreaterThan((last?.cx ?? 0) + (last?.r ?? 0));
  });
});
