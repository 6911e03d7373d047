/**
 * Where a country's name goes: the centroid of the largest visible piece of the country, so that
 * "RUSSIA" sits in the strip of Russia the map shows, not at Russia's centre far off screen.
 * Plain planar geometry on projected rings: clip to the viewport, then area and centroid.
 */
import type { GeoProjection } from 'd3';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LabelRequest } from './labels';
import type { MapCountry } from './mapScene';

/** A ring of screen points. */
export type Ring = [number, number][];

/** A country's outer rings, projected (unzoomed). */
export interface ProjectedCountry {
  country: MapCountry;
  rings: Ring[];
}

/** The outer ring of each of a country's polygons, projected; unprojectable points are skipped. */
export function projectOuterRings(country: MapCountry, projection: GeoProjection): Ring[] {
  const geometry: Polygon | MultiPolygon = country.feature.geometry;
  const outers: Position[][] =
    geometry.type === 'Polygon'
      ? geometry.coordinates.slice(0, 1)
      : geometry.coordinates.flatMap((polygon) => polygon.slice(0, 1));
  return outers.map((ring) =>
    ring.flatMap(([lon = 0, lat = 0]) => {
      const xy = projection([lon, lat]);
      return xy ? [xy] : [];
    }),
  );
}

/** Sutherland–Hodgman: the part of `ring` inside the rectangle [x0, x1] × [y0, y1]. */
export function clipRingToRect(ring: Ring, x0: number, y0: number, x1: number, y1: number): Ring {
  const edges: [
    (p: [number, number]) => boolean,
    (a: [number, number], b: [number, number]) => [number, number],
  ][] = [
    [(p) => p[0] >= x0, (a, b) => atX(a, b, x0)],
    [(p) => p[0] <= x1, (a, b) => atX(a, b, x1)],
    [(p) => p[1] >= y0, (a, b) => atY(a, b, y0)],
    [(p) => p[1] <= y1, (a, b) => atY(a, b, y1)],
  ];
  let output = ring;
  for (const [inside, cross] of edges) {
    const input = output;
    output = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length] ?? current;
      if (inside(current)) {
        if (!inside(previous)) output.push(cross(previous, current));
        output.push(current);
      } else if (inside(previous)) {
        output.push(cross(previous, current));
      }
    });
  }
  return output;
}

function atX(a: [number, number], b: [number, number], x: number): [number, number] {
  return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
}

function atY(a: [number, number], b: [number, number], y: number): [number, number] {
  return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

/** The unsigned area and the centroid of a simple ring (null centroid for no area). */
export function ringAreaCentroid(ring: Ring): { area: number; centroid: [number, number] | null } {
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  ring.forEach(([x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length] ?? [x, y];
    const cross = x * ny - nx * y;
    twiceArea += cross;
    cx += (x + nx) * cross;
    cy += (y + ny) * cross;
  });
  if (twiceArea === 0) return { area: 0, centroid: null };
  return { area: Math.abs(twiceArea) / 2, centroid: [cx / (3 * twiceArea), cy / (3 * twiceArea)] };
}

/** True when the point is inside the ring (even-odd rule). */
export function ringContains(ring: Ring, [px, py]: [number, number]): boolean {
  let inside = false;
  ring.forEach(([x, y], i) => {
    const [px2, py2] = ring[(i + ring.length - 1) % ring.length] ?? [x, y];
    if (y > py !== py2 > py && px < ((px2 - x) * (py - y)) / (py2 - y) + x) inside = !inside;
  });
  return inside;
}

/** How the names of countries look, by role. */
const LABEL_STYLE = {
  // Above place labels (priority 1000+), which have more positions to choose from.
  focus: { fontSize: 12, letterSpacing: 2.5, priority: 5000 },
  neighbour: { fontSize: 11, letterSpacing: 1.5, priority: 200 },
  context: { fontSize: 10, letterSpacing: 1, priority: 100 },
} as const;

/**
 * Label requests for the countries' names at zoom `k`, offset `[tx, ty]`, in a `width` × `height`
 * viewport: one per country whose largest visible piece is big enough to hold its name, at that
 * piece's centroid. Names are in capitals; bigger pieces win ties.
 */
export function countryLabelRequests(
  countries: readonly ProjectedCountry[],
  zoom: { k: number; x: number; y: number },
  size: { width: number; height: number },
): LabelRequest[] {
  return countries.flatMap(({ country, rings }) => {
    let best: { area: number; centroid: [number, number]; ring: Ring } | null = null;
    for (const ring of rings) {
      const screen: Ring = ring.map(([x, y]) => [x * zoom.k + zoom.x, y * zoom.k + zoom.y]);
      const visible = clipRingToRect(screen, 0, 0, size.width, size.height);
      if (visible.length < 3) continue;
      const { area, centroid } = ringAreaCentroid(visible);
      if (centroid && (best === null || area > best.area)) best = { area, centroid, ring: visible };
    }
    if (!best || !ringContains(best.ring, best.centroid)) return [];
    const style = LABEL_STYLE[country.role];
    const text = country.name.toUpperCase();
    const roughWidth = text.length * style.fontSize * 0.75;
    if (best.area < roughWidth * style.fontSize * 4) return [];
    return [
      {
        id: `country:${country.id}`,
        text,
        x: best.centroid[0],
        y: best.centroid[1],
        offset: style.fontSize * 0.9,
        fontSize: style.fontSize,
        letterSpacing: style.letterSpacing,
        capitals: true,
        priority: style.priority + Math.min(99, best.area / 1000),
        positions: ['center', 'below', 'above'],
        kind: `country-${country.role}`,
      },
    ];
  });
}
