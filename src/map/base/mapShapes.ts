/**
 * The country shapes the map draws: a TopoJSON topology of countries with the frame inside which
 * it is exact. The bundled story's are cut at build time (scripts/map-shapes/) to a frame around
 * its places; for a dataset elsewhere the map draws world-atlas 1:110m whole, framed to the globe.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { geoArea, geoBounds, geoContains } from 'd3';
import {
  boxOfPositions,
  padBox,
  unionOfBoxes,
  type BoxPadding,
  type LonLatBox,
} from './lonLatBox.ts';

/** The properties each country keeps. */
export interface CountryProperties {
  name: string;
}

/** A topology whose `countries` object holds one polygon or multipolygon per country. */
export type CountryTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

/** What the map draws: the topology and the frame (lon/lat box) inside which it is exact. */
export interface MapShapes {
  topology: CountryTopology;
  frame: LonLatBox;
}

/** The frame of shapes that cover the whole globe. */
export const WHOLE_WORLD: LonLatBox = { west: -180, south: -90, east: 180, north: 90 };

/** A country as GeoJSON, with its index in the topology's `countries` geometries. */
export interface CountryFeature {
  index: number;
  id: string;
  name: string;
  feature: Feature<Polygon | MultiPolygon, CountryProperties>;
}

/** How far the frame reaches beyond the countries the places are in. */
export const FRAME_PADDING: BoxPadding = { lonFraction: 0.35, latFraction: 0.5, minDegrees: 3 };

/**
 * The countries of a topology as GeoJSON features. Other geometry types are left out, and so is
 * a shape that d3-geo reads as more than half the globe: a ring turned inside out, which would
 * paint the whole map and contain every place.
 */
export function countryFeatures(topology: CountryTopology): CountryFeature[] {
  return topology.objects.countries.geometries.flatMap((geometry, index) => {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
    const shape = feature(topology, geometry) as Feature<Polygon | MultiPolygon, CountryProperties>;
    if (geoArea(shape) > 2 * Math.PI) return [];
    const name = geometry.properties?.name ?? '';
    return [{ index, id: String(geometry.id ?? name), name, feature: shape }];
  });
}

/** The countries containing at least one of `points`. */
export function countriesContaining(
  countries: readonly CountryFeature[],
  points: readonly Position[],
): CountryFeature[] {
  return countries.filter((country) => {
    const box = vertexBox(country);
    return points.some(
      ([lon = 0, lat = 0]) =>
        lon >= box.west &&
        lon <= box.east &&
        lat >= box.south &&
        lat <= box.north &&
        geoContains(country.feature, [lon, lat]),
    );
  });
}

const vertexBoxes = new WeakMap<CountryFeature, LonLatBox>();

/**
 * A quick test before the exact one: the box around a country's vertices, grown by a degree
 * (edges are great-circle arcs, which bulge a little beyond their ends).
 */
function vertexBox(country: CountryFeature): LonLatBox {
  let box = vertexBoxes.get(country);
  if (!box) {
    const { geometry } = country.feature;
    const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
    const found = boxOfPositions(rings.flat());
    box = found
      ? padBox(found, { lonFraction: 0, latFraction: 0, minDegrees: 1 })
      : { west: 0, south: 0, east: -1, north: -1 };
    vertexBoxes.set(country, box);
  }
  return box;
}

/**
 * The box the map needs for `points`: the countries they lie in and the points themselves,
 * padded by FRAME_PADDING. Null when there are no points. A country that crosses the
 * antimeridian counts as spanning every longitude.
 */
export function frameFor(
  countries: readonly CountryFeature[],
  points: readonly Position[],
): LonLatBox | null {
  const boxes = countriesContaining(countries, points).map(({ feature: shape }) => {
    const [[west, south], [east, north]] = geoBounds(shape);
    return west <= east ? { west, south, east, north } : { west: -180, south, east: 180, north };
  });
  const pointBox = boxOfPositions(points);
  const box = unionOfBoxes(pointBox ? [...boxes, pointBox] : boxes);
  return box && padBox(box, FRAME_PADDING);
}
