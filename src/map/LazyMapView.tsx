import { t } from '../i18n/i18n';
import { Suspense, useState, type ComponentType } from 'react';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { lazyChunk } from '../ui/lazyChunk';
import type { MapViewProps } from './MapView';
import type { FirstRenderTable } from '../state/preparedIndex';
import './mapLayout.css';
import { MAP_PANEL_ID } from './mapPanelId';

/**
 * The map's code (d3-geo, the shapes, the marks) is a chunk of its own, so the first load stays
 * small and a reader who hides the map never fetches it. It is fetched while the dataset loads
 * (see `preloadMapView`), so it is usually there by the first paint.
 */
/** The map component once its chunk has arrived, so it can render without a fallback. */
let loaded: ComponentType<MapViewProps> | null = null;
/** The tables the map's first render reads, once its chunk has arrived. */
let tables: readonly FirstRenderTable[] = [];

const mapView = lazyChunk(() =>
  import('./MapView').then((module) => {
    loaded = module.MapView;
    tables = module.MAP_FIRST_RENDER_TABLES;
    return module.MapView;
  }),
);
const MapViewChunk = mapView.Chunk;

/**
 * The tables the map's first render reads, for a large dataset's first view to make beforehand
 * (`prepareView`): none while the map's code has not arrived (or is not fetched, with `map=0`).
 */
export function mapFirstRenderTables(): readonly FirstRenderTable[] {
  return tables;
}

/**
 * Starts fetching the map's chunk while the dataset loads, so that the panel is drawn complete at
 * the first paint and does not change height under the reader. Nothing waits for it.
 */
export const preloadMapView = mapView.preload;

/** What stands in the map's place while its code loads: the panel, its title and a blank map. */
function MapPlaceholder() {
  return (
    <section
      className="panel map-panel"
      id={MAP_PANEL_ID}
      aria-label={t('map.title')}
      aria-busy="true"
    >
      <h2 className="panel__title">{t('map.title')}</h2>
      <div className="map-placeholder__box" />
    </section>
  );
}

/** Props of the map's failure notice. */
export interface MapFailedProps {
  /** What the map threw, or why its code did not load. */
  error: Error;
}

/**
 * What stands in the map's place when it fails (its chunk not loading offline, a drawing error):
 * a notice inside the panel, while the timeline, the list and the detail stay usable.
 */
export function MapFailed({ error }: MapFailedProps) {
  return (
    <section className="panel map-panel" id={MAP_PANEL_ID} aria-label={t('map.title')}>
      <h2 className="panel__title">{t('map.title')}</h2>
      <p className="notice notice--error">{t('map.failed', { message: error.message })}</p>
    </section>
  );
}

/** `MapView`, drawn at once when its chunk is already here, else after it loads. */
export function LazyMapView(props: MapViewProps) {
  // Decided once per mount: switching from the lazy path to the loaded one later would remount
  // the map and lose its zoom and the keyboard focus inside it.
  const [Ready] = useState(() => loaded);
  return (
    <ErrorBoundary label="The map" fallback={(error) => <MapFailed error={error} />}>
      {Ready ? (
        <Ready {...props} />
      ) : (
        <Suspense fallback={<MapPlaceholder />}>
          <MapViewChunk {...props} />
        </Suspense>
      )}
    </ErrorBoundary>
  );
}
