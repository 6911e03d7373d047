import { lazy, Suspense } from 'react';
import { MapErrorBoundary } from './MapErrorBoundary';
import type { MapViewProps } from './MapView';
import './mapLayout.css';

/**
 * The map's code (d3-geo, the shapes, the marks) is a chunk of its own, fetched when the map is
 * first shown, so the timeline never waits for it and a reader who hides the map never loads it.
 */
const MapViewChunk = lazy(() =>
  import('./MapView').then((module) => ({ default: module.MapView })),
);

/** What stands in the map's place while its code loads: the panel, its title and a blank map. */
function MapPlaceholder() {
  return (
    <section className="panel map-panel" aria-label="Map" aria-busy="true">
      <h2 className="panel__title">Map</h2>
      <div className="map-placeholder__box" />
    </section>
  );
}

/** `MapView`, loaded on first use. */
export function LazyMapView(props: MapViewProps) {
  return (
    <MapErrorBoundary>
      <Suspense fallback={<MapPlaceholder />}>
        <MapViewChunk {...props} />
      </Suspense>
    </MapErrorBoundary>
  );
}
