import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { decodeArcs, encodeArcs } from './topologyArcs';

describe('decodeArcs', () => {
  it('undoes the transform and the delta encoding', () => {
    const topology: Topology = {
      type: 'Topology',
      transform: { scale: [0.5, 2], translate: [10, 20] },
      objects: {},
      arcs: [
        [
          [2, 3],
          [2, -1],
        ],
      ],
    };
    expect(decodeArcs(topology)).toEqual([
      [
        [11, 26],
        [12, 24],
      ],
    ]);
  });

  it('copies the arcs of a topology without a transform', () => {
    const topology: Topology = { type: 'Topology', objects: {}, arcs: [[[1.5, 2.5]]] };
    expect(decodeArcs(topology)).toEqual([[[1.5, 2.5]]]);
  });
});

describe('encodeArcs', () => {
  const box = { west: 0, south: 0, east: 10, north: 10 };

  it('round-trips to within half a grid step', () => {
    const arcs = [
      [
        [1.234, 5.678],
        [9.99, 0.01],
        [3, 3],
      ],
    ];
    const encoded = encodeArcs(arcs, box, 1001);
    const decoded = decodeArcs({ type: 'Topology', objects: {}, ...encoded });
    decoded[0]?.forEach(([x = 0, y = 0], i) => {
      expect(Math.abs(x - (arcs[0]?.[i]?.[0] ?? 0))).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(y - (arcs[0]?.[i]?.[1] ?? 0))).toBeLessThanOrEqual(0.005 + 1e-9);
    });
  });

  it('drops points that snap onto the one before, but keeps two points per arc', () => {
    const encoded = encodeArcs(
      [
        [
          [1, 1],
          [1.001, 1.001],
          [5, 5],
        ],
        [
          [2, 2],
          [2.0001, 2.0001],
        ],
      ],
      box,
      11,
    );
    expect(encoded.arcs).toEqual([
      [
        [1, 1],
        [4, 4],
      ],
      [
        [2, 2],
        [0, 0],
      ],
    ]);
  });
});
