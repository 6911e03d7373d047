/**
 * Test fixture: three square countries as a world-atlas-like topology. A and B share the border
 * at 10°E; B also has an island south-east of A, and C lies far away. Rings run clockwise, as
 * d3-geo expects. Used by the map's tests and by the build-time shape cut's.
 */
import type { CountryTopology } from './mapShapes';

/** A fresh copy of the fixture (tests may change what they get). */
export function squareCountries(): CountryTopology {
  return {
    type: 'Topology',
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: 'A', properties: { name: 'A' }, arcs: [[0, -2]] },
          { type: 'MultiPolygon', id: 'B', properties: { name: 'B' }, arcs: [[[1, 2]], [[3]]] },
          { type: 'Polygon', id: 'C', properties: { name: 'C' }, arcs: [[4]] },
        ],
      },
    },
    arcs: [
      [
        [10, 0],
        [0, 0],
        [0, 10],
        [10, 10],
      ],
      [
        [10, 0],
        [10, 10],
      ],
      [
        [10, 10],
        [20, 10],
        [20, 0],
        [10, 0],
      ],
      [
        [12, -5.4],
        [12, -4.8],
        [13, -4.8],
        [13, -5.4],
        [12, -5.4],
      ],
      [
        [100, 50],
        [100, 60],
        [110, 60],
        [110, 50],
        [100, 50],
      ],
    ],
  };
}
