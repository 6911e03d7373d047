import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceToSegment, simplifyLine } from './simplify';

describe('distanceToSegment', () => {
  it('measures to the nearest point of the segment, or to a point for a zero-length one', () => {
    expect(distanceToSegment([1, 1], [0, 0], [2, 0])).toBe(1);
    expect(distanceToSegment([3, 0], [0, 0], [2, 0])).toBe(1);
    expect(distanceToSegment([3, 4], [0, 0], [0, 0])).toBe(5);
  });
});

describe('simplifyLine', () => {
  const zigzag: Position[] = [
    [0, 0],
    [1, 0.05],
    [2, -0.05],
    [3, 2],
    [4, 0.02],
    [5, 0],
  ];

  it('drops points within the tolerance and keeps the ends and the real corners', () => {
    expect(simplifyLine(zigzag, 0.1)).toEqual([
      [0, 0],
      [2, -0.05],
      [3, 2],
      [4, 0.02],
      [5, 0],
    ]);
    expect(simplifyLine(zigzag, 10)).toEqual([
      [0, 0],
      [5, 0],
    ]);
  });

  it('keeps everything at tolerance 0 and short lines as they are', () => {
    expect(simplifyLine(zigzag, 0)).toEqual(zigzag);
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 1],
        ],
        5,
      ),
    ).toHaveLength(2);
  });

  it('keeps a closed ring a triangle at least, so it still has an area', () => {
    const square: Position[] = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    const kept = simplifyLine(square, 100);
    expect(kept.length).toBeGreaterThanOrEqual(4);
    expect(kept[0]).toEqual([0, 0]);
    expect(kept.at(-1)).toEqual([0, 0]);
  });

  it('never moves a dropped point farther than the tolerance from the result', () => {
    const wiggly: Position[] = Array.from({ length: 200 }, (_, i) => [
      i / 10,
      Math.sin(i / 7) * 0.3 + Math.sin(i * 1.7) * 0.02,
    ]);
    const kept = simplifyLine(wiggly, 0.05);
    expect(kept.length).toBeLessThan(wiggly.length / 2);
    for (const p of wiggly) {
      const nearest = Math.min(
        ...kept.slice(1).map((b, i) => distanceToSegment(p, kept[i] ?? b, b)),
      );
      expect(nearest).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });
});
