import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from './editDistance';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['tokayev', 'tokayev', 0],
    ['tokaev', 'tokayev', 1],
    ['kitten', 'sitting', 3],
    ['city-hall-stormed', 'city-hall-storm', 2],
    ['almaty', 'almata', 1],
  ])('between %j and %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('gives the distance when it is within the limit', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('gives a number above the limit when the distance is beyond it', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBeGreaterThan(2);
    expect(editDistance('a', 'abcdefgh', 3)).toBeGreaterThan(3);
    expect(editDistance('abcdefgh', 'zyxwvuts', 0)).toBeGreaterThan(0);
  });

  it('agrees with the unlimited distance whenever that is within the limit', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(12), (a, b, limit) => {
        const exact = editDistance(a, b);
        const limited = editDistance(a, b, limit);
        if (exact <= limit) expect(limited).toBe(exact);
        else expect(limited).toBeGreaterThan(limit);
      }),
      { numRuns: 500 },
    );
  });

  it('is a metric: symmetric and obeying the triangle inequality', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
      }),
      { numRuns: 300 },
    );
  });
});
