/**
 * Boxes in longitude and latitude degrees: the frame the map's shapes cover, the bounds of the
 * places a dataset needs, and the tests between them.
 */
import type { Position } from 'geojson';

/** A box in degrees with west < east (it never crosses the antimeridian) and south < north. */
export interface LonLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** How much to grow a box: a fraction of its span on each side, and at least `minDegrees`. */
export interface BoxPadding {
  lonFraction: number;
  latFraction: number;
  minDegrees: number;
}

/** The smallest box holding every position, or null for none. */
export function boxOfPositions(positions: Iterable<Position>): LonLatBox | null {
  let box: LonLatBox | null = null;
  for (const [lon = 0, lat = 0] of positions) {
    box =
      box === null
        ? { west: lon, south: lat, east: lon, north: lat }
        : {
            west: Math.min(box.west, lon),
            south: Math.min(box.south, lat),
            east: Math.max(box.east, lon),
            north: Math.max(box.north, lat),
          };
  }
  return box;
}

/** The smallest box holding every box, or null for none. */
export function unionOfBoxes(boxes: Iterable<LonLatBox>): LonLatBox | null {
  let union: LonLatBox | null = null;
  for (const box of boxes) {
    union =
      union === null
        ? { ...box }
        : {
            west: Math.min(union.west, box.west),
            south: Math.min(union.south, box.south),
            east: Math.max(union.east, box.east),
            north: Math.max(union.north, box.north),
          };
  }
  return union;
}

/** `box` grown on every side, kept within the globe's [-180, 180] × [-90, 90]. */
export function padBox(box: LonLatBox, padding: BoxPadding): LonLatBox {
  const lon = Math.max((box.east - box.west) * padding.lonFraction, padding.minDegrees);
  const lat = Math.max((box.north - box.south) * padding.latFraction, padding.minDegrees);
  return {
    west: Math.max(-180, box.west - lon),
    south: Math.max(-90, box.south - lat),
    east: Math.min(180, box.east + lon),
    north: Math.min(90, box.north + lat),
  };
}

/** True when `inner` lies within `outer` (to within `tolerance` degrees). */
export function boxContainsBox(outer: LonLatBox, inner: LonLatBox, tolerance = 1e-6): boolean {
  return (
    inner.west >= outer.west - tolerance &&
    inner.south >= outer.south - tolerance &&
    inner.east <= outer.east + tolerance &&
    inner.north <= outer.north + tolerance
  );
}
