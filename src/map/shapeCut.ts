/**
 * Cuts a world topology down to the countries a dataset's places need, so the map ships kilobytes
 * instead of the whole world. Used at build time (scripts/vite-plugin-map-shapes.ts, on
 * world-atlas 50m) and at run time for a dataset elsewhere in the world (on world-atlas 110m).
 *
 * 1. The frame: the countries containing the places, and the places, padded (`frameFor`).
 * 2. Every polygon whose bounding box reaches at least `MIN_OVERLAP_DEGREES` into the frame is
 *    kept, unless it is an islet smaller than `minPolygonDegrees` (a country keeps its largest
 *    polygon in any case). A polygon that only grazes the frame would be clamped to a sliver that
 *    simplification can turn inside out, which d3-geo would then read as the whole globe.
 * 3. The kept arcs are clamped to the frame: a point outside moves to the nearest point on the
 *    frame's edge. Inside the frame every shape stays exactly as it was (clamping is a retraction
 *    onto the box, so it changes no winding number there); outside, shapes collapse onto the edge.
 * 4. Arcs are simplified (Douglas–Peucker, `tolerance` degrees; ends kept, so shared borders stay
 *    joined) and quantized over the frame.
 *
 * vite.config.ts loads this module (through the plugin), so its relative imports name their .ts
 * files, as Vite's native config loader needs.
 */
import type { Position } from 'geojson';
import type {
  ArcIndexes,
  GeometryObject,
  MultiPolygon,
  Polygon,
  Topology,
} from 'topojson-specification';
import { boxOfPositions, clampToBox, type LonLatBox } from './lonLatBox.ts';
import {
  countryFeatures,
  frameFor,
  type CountryProperties,
  type CountryTopology,
  type MapShapes,
} from './mapShapes.ts';
import { simplifyLine } from './simplify.ts';
import { decodeArcs, encodeArcs } from './topologyArcs.ts';

/** How finely to keep the shapes. */
export interface CutOptions {
  /** Douglas–Peucker tolerance in degrees; 0 keeps every point. */
  tolerance: number;
  /** Grid size of the quantization over the frame (e.g. 10,000). */
  quantization: number;
  /** Polygons whose bounding box is smaller than this, in degrees, are dropped. */
  minPolygonDegrees: number;
}

type CountryGeometry = Polygon<CountryProperties> | MultiPolygon<CountryProperties>;

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
  const frame = frameFor(countryFeatures(world), points) ?? {
    west: -180,
    south: -90,
    east: 180,
    north: 90,
  };
  const arcs = decodeArcs(world as Topology);
  const arcBox = (index: number) => boxOfPositions(arcs[index < 0 ? ~index : index] ?? []);
  const ringBox = (ring: ArcIndexes) => boxOfPositions(ring.flatMap(boxCorners(arcBox)));

  const kept: { geometry: CountryGeometry; polygons: ArcIndexes[][] }[] = [];
  for (const geometry of world.objects.countries.geometries) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
    const sized = polygons.flatMap((polygon) => {
      const outer = polygon[0];
      const box = outer ? ringBox(outer) : null;
      return box
        ? [{ polygon, box, size: Math.max(box.east - box.west, box.north - box.south) }]
        : [];
    });
    const largest = Math.max(...sized.map((p) => p.size));
    const inFrame = sized.filter(
      (p) =>
        overlap(p.box, frame) >= MIN_OVERLAP_DEGREES &&
        (p.size >= options.minPolygonDegrees || p.size === largest),
    );
    if (inFrame.length > 0) kept.push({ geometry, polygons: inFrame.map((p) => p.polygon) });
  }

  const newIndex = new Map<number, number>();
  const outArcs: Position[][] = [];
  const remap = (index: number): number => {
    const old = index < 0 ? ~index : index;
    let mapped = newIndex.get(old);
    if (mapped === undefined) {
      mapped = outArcs.length;
      newIndex.set(old, mapped);
      const clamped = (arcs[old] ?? []).map((p) => clampToBox(p, frame));
      outArcs.push(simplifyLine(clamped, options.tolerance));
    }
    return index < 0 ? ~mapped : mapped;
  };

  const geometries = kept.map(({ geometry, polygons }): GeometryObject<CountryProperties> => {
    const remapped = polygons.map((polygon) => polygon.map((ring) => ring.map(remap)));
    const base = {
      ...(geometry.id === undefined ? {} : { id: geometry.id }),
      properties: { name: geometry.properties?.name ?? '' },
    };
    return remapped.length === 1 && remapped[0]
      ? { ...base, type: 'Polygon', arcs: remapped[0] }
      : { ...base, type: 'MultiPolygon', arcs: remapped };
  });

  const { transform, arcs: encoded } = encodeArcs(outArcs, frame, options.quantization);
  return {
    frame,
    topology: {
      type: 'Topology',
      transform,
      objects: { countries: { type: 'GeometryCollection', geometries } },
      arcs: encoded,
    },
  };
}

/** The smaller side of the intersection of two boxes, in degrees (negative when apart). */
function overlap(a: LonLatBox, b: LonLatBox): number {
  return Math.min(
    Math.min(a.east, b.east) - Math.max(a.west, b.west),
    Math.min(a.north, b.north) - Math.max(a.south, b.south),
  );
}

function boxCorners(arcBox: (index: number) => LonLatBox | null): (index: number) => Position[] {
  return (index) => {
    const box = arcBox(index);
    return box
      ? [
          [box.west, box.south],
          [box.east, box.north],
        ]
      : [];
  };
}
