import { describe, expect, it } from 'vitest';
import { createRandom, mulberry32 } from './random';

describe('mulberry32', () => {
  it('repeats its sequence for a seed, and stays in [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(2)()).not.toBe(draws[0]);
  });

  it('gives the reference first value for seed 0', () => {
    // The first output of the published mulberry32 for seed 0, pinned so changes are noticed.
    expect(mulberry32(0)()).toBeCloseTo(0.26642920868471265, 15);
  });
});

describe('createRandom', () => {
  it('draws integers in range, both ends included', () => {
    const random = createRandom(5);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(1, 3)));
    expect(seen).toEqual(new Set([1, 2, 3]));
  });

  it('never picks an item of weight 0, and favours heavy ones', () => {
    const random = createRandom(9);
    const picks = Array.from({ length: 2000 }, () => random.weighted(['a', 'b', 'c'], [1, 0, 3]));
    expect(picks).not.toContain('b');
    expect(picks.filter((p) => p === 'c').length).toBeGreaterThan(
      picks.filter((p) => p === 'a').length * 2,
    );
  });

  it('samples distinct items, at most as many as there are', () => {
    const random = createRandom(3);
    const chosen = random.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(chosen).size).toBe(3);
    expect(random.sample([1, 2], 5).sort()).toEqual([1, 2]);
  });

  it('draws normals centred on 0 with spread 1', () => {
    const random = createRandom(11);
    const draws = Array.from({ length: 5000 }, () => random.normal());
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(variance).toBeGreaterThan(0.9);
    expect(variance).toBeLessThan(1.1);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});
