/**
 * Where a country's name goes: the centroid of the largest visible piece of the country, so that
 * "RUSSIA" sits in the strip of Russia the map shows, not at Russia's centre far off screen.
 * d3 does the geometry: the projection cuts each outer ring at the antimeridian and the viewport,
 * and a planar `geoIdentity` applies the zoom and clips to the screen for the area and centroid.
 */
import { geoIdentity, geoPath, polygonContains, type GeoContext, type GeoProjection } from 'd3';
import type { MultiPolygon, Polygon } from 'geojson';
import type { LabelRequest } from './labelPlacement';
import type { MapCountry } from '../base/mapScene';

/** A ring of screen points. */
export type Ring = [number, number][];

/** A country's outer rings, projected (unzoomed). */
export interface ProjectedCountry {
  country: MapCountry;
  rings: Ring[];
}

/**
 * The outer ring of each of a country's polygons, projected by `projection` (and so cut where it
 * cuts: at the antimeridian and at its clip extent). A ring cut in two comes back as two rings.
 */
export function projectOuterRings(country: MapCountry, projection: GeoProjection): Ring[] {
  const geometry: Polygon | MultiPolygon = country.feature.geometry;
  const outers = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings: Ring[] = [];
  let ring: Ring = [];
  const collect: GeoContext = {
    beginPath() {},
    moveTo(x, y) {
      ring = [[x, y]];
      rings.push(ring);
    },
    lineTo(x, y) {
      ring.push([x, y]);
    },
    closePath() {},
    arc() {},
  };
  const path = geoPath(projection, collect);
  for (const [outer] of outers) {
    if (outer) path({ type: 'Polygon', coordinates: [outer] });
  }
  return rings.filter((r) => r.length >= 3);
}

/** The part of a ring on screen: its area, its centroid, and whether the centroid lies in it. */
export interface VisiblePiece {
  area: number;
  centroid: [number, number];
  /** False for a crescent, whose centroid (where a name would go) lies off the country. */
  holdsCentroid: boolean;
}

/**
 * The part of `ring` (unzoomed screen points) that shows at `zoom` in a `size` viewport, or null
 * when none of it does or it has no area.
 */
export function visiblePiece(
  ring: Ring,
  zoom: { k: number; x: number; y: number },
  size: { width: number; height: number },
): VisiblePiece | null {
  const screen = geoIdentity()
    .scale(zoom.k)
    .translate([zoom.x, zoom.y])
    .clipExtent([
      [0, 0],
      [size.width, size.height],
    ]);
  const first = ring[0];
  if (!first) return null;
  const piece: Polygon = { type: 'Polygon', coordinates: [[...ring, first]] };
  const path = geoPath(screen);
  const area = path.area(piece);
  if (!(area > 0)) return null;
  const [cx = NaN, cy = NaN] = path.centroid(piece);
  // The centroid lies on screen, so it is in the visible piece exactly when it is in the ring.
  const onScreen: Ring = ring.map(([x, y]) => [x * zoom.k + zoom.x, y * zoom.k + zoom.y]);
  return { area, centroid: [cx, cy], holdsCentroid: polygonContains(onScreen, [cx, cy]) };
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
    let best: VisiblePiece | null = null;
    for (const ring of rings) {
      const piece = visiblePiece(ring, zoom, size);
      if (piece && (best === null || piece.area > best.area)) best = piece;
    }
    if (!best?.holdsCentroid) return [];
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
