/**
 * The base map for a dataset: which countries are the story's own (emphasised), which are their
 * land neighbours (muted) and which are only context (fainter), the borders between them, and
 * what the projection must fit.
 */
import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';
import type { GeoPermissibleObjects } from 'd3';
import { mesh, neighbors } from 'topojson-client';
import { boxOfPositions } from './lonLatBox';
import {
  countriesContaining,
  countryFeatures,
  type CountryFeature,
  type MapShapes,
} from './mapShapes';

/** How a country is drawn: the story's own, a land neighbour of one, or context. */
export type CountryRole = 'focus' | 'neighbour' | 'context';

/** A country ready to draw. */
export interface MapCountry extends CountryFeature {
  role: CountryRole;
}

/** Everything the base map draws, in lon/lat. */
export interface MapScene {
  countries: MapCountry[];
  /** Land borders between countries, each drawn once. */
  borders: MultiLineString;
  /** What the projection fits: the focus countries and the points. */
  fitTarget: GeoPermissibleObjects;
}

/** Degrees shown around points that lie in no country. */
const POINT_MARGIN = 2;

/** The scene for `points` ([lon, lat]) on `shapes`. */
export function mapScene(shapes: MapShapes, points: readonly Position[]): MapScene {
  const { topology } = shapes;
  const all = countryFeatures(topology);
  const focus = new Set(countriesContaining(all, points).map((country) => country.index));
  const adjacency = neighbors(topology.objects.countries.geometries);
  const nextToFocus = new Set([...focus].flatMap((index) => adjacency[index] ?? []));
  const countries = all.map((country): MapCountry => ({
    ...country,
    role: focus.has(country.index)
      ? 'focus'
      : nextToFocus.has(country.index)
        ? 'neighbour'
        : 'context',
  }));
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const focusFeatures: Feature[] = countries
    .filter((country) => country.role === 'focus')
    .map((country) => country.feature);
  // Without a country around them, points alone would fit to a needle's eye: fit a box instead.
  const fitPoints =
    focusFeatures.length > 0 ? [...points] : [...points, ...boxCorners(points, POINT_MARGIN)];
  const fitFeatures: Feature[] =
    fitPoints.length > 0
      ? [
          ...focusFeatures,
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'MultiPoint', coordinates: fitPoints },
          },
        ]
      : countries.map((country) => country.feature);
  const fitTarget: FeatureCollection = { type: 'FeatureCollection', features: fitFeatures };
  return { countries, borders, fitTarget };
}

function boxCorners(points: readonly Position[], margin: number): Position[] {
  const box = boxOfPositions(points);
  if (!box) return [];
  return [
    [box.west - margin, box.south - margin],
    [box.east + margin, box.north + margin],
  ];
}
