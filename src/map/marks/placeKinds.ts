/**
 * Which places the map draws as points and which it lists as areas beside it.
 *
 * A country is an area: an event placed only at "Kazakhstan" or "Russia" has no point, so it is
 * listed beside the map ("Kazakhstan, nationwide") instead of being drawn at the country's
 * centroid, where it would look like a city. Every other kind (building, site, city, region,
 * other) is a point at its coordinates; a region is small enough on a country map that its
 * centroid reads as "around here".
 */
import type { Location } from '../../model/schema';

/** True for places the map lists beside it instead of drawing: countries. */
export function isAreaPlace(location: Pick<Location, 'kind'>): boolean {
  return location.kind === 'country';
}

/**
 * The coordinates the map must show: those of the point places, or, when a dataset has only
 * areas, those of the areas (so the map still shows the right countries).
 */
export function coordinatesToShow(
  locations: readonly Pick<Location, 'kind' | 'coordinates'>[],
): [number, number][] {
  const placed = locations.flatMap((location) =>
    location.coordinates === undefined
      ? []
      : [{ kind: location.kind, coordinates: location.coordinates }],
  );
  const points = placed.filter((location) => !isAreaPlace(location));
  return (points.length > 0 ? points : placed).map((location) => location.coordinates);
}
