/**
 * Cuts a world topology down to the countries a dataset's places need, so the map ships kilobytes
 * instead of the whole world. Runs at build time only (see `vite-plugin-map-shapes.ts`, on
 * world-atlas 1:50m); the browser never cuts.
 *
 * 1. The frame: the countries containing the places, and the places, padded (`frameFor`).
 * 2. Every polygon whose bounding box reaches at least `MIN_OVERLAP_DEGREES` into the frame is
 *    kept, unless it is an islet smaller than `minRingArea` (a country keeps its largest polygon
 *    in any case); topojson-simplify's `filter` drops the rest and the arcs no one uses. A polygon
 *    that only grazes the frame would be clamped to a sliver that simplification can turn inside
 *    out, which d3-geo would then read as the whole globe.
 * 3. The kept arcs are clamped to the frame: a point outside moves to the nearest point on the
 *    frame's edge. Inside the frame every shape stays exactly as it was (clamping is a retraction
 *    onto the box, so it changes no winding number there); outside, shapes collapse onto the edge.
 * 4. topojson-simplify's `presimplify` and `simplify` drop the points whose Visvalingam triangle
 *    is smaller than `minWeight` (arc ends are kept, so shared borders stay joined), and
 *    topojson-client's `quantize` snaps what is left to a grid over the frame.
 */
import type { Position } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import { feature, quantize, transform } from 'topojson-client';
import { filter, planarRingArea, presimplify, simplify } from 'topojson-simplify';
import { boxOfPositions, type LonLatBox } from '../../src/map/base/lonLatBox.ts';
import {
  countryFeatures,
  frameFor,
  WHOLE_WORLD,
  type CountryTopology,
  type MapShapes,
} from '../../src/map/base/mapShapes.ts';

/** How finely to keep the shapes. */
export interface CutOptions {
  /** Smallest Visvalingam triangle kept, in square degrees; 0 keeps every point. */
  minWeight: number;
  /** Grid size of the quantization over the frame (e.g. 10,000). */
  quantization: number;
  /** Polygons whose outer ring encloses less than this, in square degrees, are dropped. */
  minRingArea: number;
}

/** How far into the frame, in degrees both ways, a polygon's box must reach to be kept. */
export const MIN_OVERLAP_DEGREES = 0.5;

/**
 * The shapes the map needs for `points` ([lon, lat]), cut from `world` (a topology with a
 * `countries` object, such as world-atlas). With no points, the frame is the whole world.
 */
export function cutShapes(
  world: CountryTopology,
  points: readonly Position[],
  options: CutOptions,
): MapShapes {
  const frame = frameFor(countryFeatures(world), points) ?? WHOLE_WORLD;
  const keep = outerRingsToKeep(world, frame, options.minRingArea);
  const framed = filter(world, (ring, interior) => interior || keep.has(ring));
  const clamped = clampArcs(framed, frame);
  const simplified = simplify(presimplify(clamped), options.minWeight);
  const { west, south, east, north } = frame;
  const grid = options.quantization - 1;
  const topology = quantize(
    { ...simplified, bbox: [west, south, east, north] },
    { scale: [(east - west) / grid || 1, (north - south) / grid || 1], translate: [west, south] },
  );
  const countries = topology.objects.countries;
  return {
    frame,
    topology: {
      ...topology,
      objects: {
        countries:
          countries.type === 'GeometryCollection'
            ? countries
            : { type: 'GeometryCollection', geometries: [] },
      },
    },
  };
}

/**
 * The outer rings of the polygons that reach into `frame`. topojson-simplify's `filter` hands its
 * callback each polygon's own arc list (typed as coordinates in @types), so they are told by identity.
 */
function outerRingsToKeep(
  world: CountryTopology,
  frame: LonLatBox,
  minRingArea: number,
): Set<unknown> {
  const keep = new Set<unknown>();
  for (const geometry of world.objects.countries.geometries) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
    const outers = polygons.flatMap((polygon) => {
      const ring = polygon[0];
      if (!ring) return [];
      const [coordinates = []] = feature(world, { type: 'Polygon', arcs: [ring] }).geometry
        .coordinates;
      const box = boxOfPositions(coordinates);
      const area = planarRingArea(coordinates.map(([x = 0, y = 0]): [number, number] => [x, y]));
      return box ? [{ ring, box, area }] : [];
    });
    const largest = Math.max(...outers.map((outer) => outer.area));
    for (const { ring, box, area } of outers) {
      if (overlap(box, frame) < MIN_OVERLAP_DEGREES) continue;
      if (area >= minRingArea || area === largest) keep.add(ring);
    }
  }
  return keep;
}

/** The topology with absolute arcs (no transform), every point clamped to `box`. */
function clampArcs<O extends Objects>(topology: Topology<O>, box: LonLatBox): Topology<O> {
  const absolute = transform(topology.transform ?? null);
  return {
    type: 'Topology',
    objects: topology.objects,
    arcs: topology.arcs.map((arc) =>
      arc.map((point, i) => clampToBox(absolute(point, i > 0), box)),
    ),
  };
}

/** The nearest point of `box` to `position` (itself when inside). */
export function clampToBox([lon = 0, lat = 0]: Position, box: LonLatBox): [number, number] {
  return [
    Math.min(box.east, Math.max(box.west, lon)),
    Math.min(box.north, Math.max(box.south, lat)),
  ];
}

/** The smaller side of the intersection of two boxes, in degrees (negative when apart). */
function overlap(a: LonLatBox, b: LonLatBox): number {
  return Math.min(
    Math.min(a.east, b.east) - Math.max(a.west, b.west),
    Math.min(a.north, b.north) - Math.max(a.south, b.south),
  );
}
