import { memo, useMemo } from 'react';
import { geoPath, type GeoProjection } from 'd3';
import type { MapScene } from './mapScene';

/** Props: the scene and the (unzoomed) projection; the zoom is applied as an SVG transform. */
export interface MapBaseProps {
  /** The countries with their roles, and the borders between them. */
  scene: MapScene;
  /** The unzoomed projection the paths are computed with. */
  projection: GeoProjection;
  /** SVG transform of the current zoom. */
  transform: string;
}

/**
 * The countries and the borders between them: the story's own country emphasised, its
 * neighbours muted, the rest fainter. Paths are computed once per projection; zooming only
 * changes the group's transform (strokes keep their width).
 */
export const MapBase = memo(function MapBase({ scene, projection, transform }: MapBaseProps) {
  const paths = useMemo(() => {
    const path = geoPath(projection);
    return {
      countries: scene.countries.map((country) => ({
        key: `${country.id}-${country.index}`,
        role: country.role,
        d: path(country.feature) ?? '',
      })),
      borders: path(scene.borders) ?? '',
    };
  }, [scene, projection]);

  return (
    <g className="map-base" transform={transform} aria-hidden="true">
      {paths.countries
        .filter((c) => c.role !== 'focus')
        .map((c) => (
          <path key={c.key} className={`map-country map-country--${c.role}`} d={c.d} />
        ))}
      <path className="map-borders" d={paths.borders} />
      {paths.countries
        .filter((c) => c.role === 'focus')
        .map((c) => (
          <path key={c.key} className="map-country map-country--focus" d={c.d} />
        ))}
    </g>
  );
});
