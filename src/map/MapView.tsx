import { t } from '../i18n/i18n';
import { useId, useMemo } from 'react';
import { countScaleMax } from '../model/casualties';
import type { Location } from '../model/schema';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import type { MapSizing } from '../state/viewState';
import type { FirstRenderTable } from '../state/preparedIndex';
import { AreaChips } from './AreaChips';
import { MapFigure } from './MapFigure';
import { MapLegend } from './MapLegend';
import { radiusScale } from './marks/markSize';
import {
  areaLabel,
  eventCountsAt,
  mapOverview,
  PLACE_TABLE,
  tallyPlaces,
} from './marks/placeAggregation';
import { coordinatesToShow } from './marks/placeKinds';
import { useMapShapes } from './base/useMapShapes';
import './map.css';
import { MAP_PANEL_ID } from './mapPanelId';

/** Props of the map: the events to place, the view they follow, and how choosing a place filters. */
export interface MapViewProps {
  /** The dataset: its places, and the events at each. */
  index: DatasetIndex;
  /**
   * The events that pass the filters and lie in the timeline's (committed) window, found once by
   * the page (state/timeIndex.ts `eventsInWindow`): the map shows where they happened.
   */
  inView: readonly IndexedEvent[];
  /** The selected event's places (highlighted). */
  selectedPlaces: readonly string[];
  /** The place filter (marks and chips in it are shown pressed). */
  filteredPlaces: readonly string[];
  /** Whether marks are sized by events or by casualty figures. */
  sizing: MapSizing;
  /** Switches between sizing by events and by casualty figures. */
  onSizingChange: (sizing: MapSizing) => void;
  /** Adds the place to the place filter, or takes it out. */
  onTogglePlace: (id: string) => void;
}

/** What the marks can be sized by, in the order the buttons show them. */
const SIZINGS: readonly MapSizing[] = ['events', 'casualties'];

/** The tables the map's first render reads, which a large dataset's first view makes beforehand. */
export const MAP_FIRST_RENDER_TABLES: readonly FirstRenderTable[] = [PLACE_TABLE];

/**
 * The map panel: where the events in the timeline's view happened. Points for buildings, sites,
 * cities and regions; chips beside the map for events placed only at a country. Drawn with d3-geo
 * from shapes cut at build time; works offline.
 */
export function MapView(props: MapViewProps) {
  const { index, sizing } = props;
  const headingId = useId();
  // What the map reads of the whole dataset: its places, which events are at a point (so that
  // counting those in view is a walk over them, not a search of every event's places on each
  // filter click), and the figures its scale is set from; made once per dataset.
  const { places, listsPoint, pointFigures } = useMemo(() => mapOverview(index), [index]);
  const points = useMemo(() => coordinatesToShow(index.dataset.locations), [index]);
  const load = useMapShapes(points);

  const { inView } = props;
  // Points and areas in one pass over the events in view (at 100,000 events each pass is tens
  // of milliseconds of a filter click).
  const { pointTallies, areaChips } = useMemo(() => {
    const tallies = tallyPlaces(
      [...places.points, ...places.areas],
      inView,
      index.shownAt,
      index.events,
    );
    return {
      pointTallies: tallies.slice(0, places.points.length),
      areaChips: tallies.slice(places.points.length).map((tally) => ({
        tally,
        label: areaLabel(tally.location, index.dataset.locations),
      })),
    };
  }, [places, inView, index]);

  const scaleMax = useMemo(() => {
    const pointIds = places.points.map((p) => p.id);
    const events = Math.max(1, ...pointIds.map((id) => index.eventsByPlace.get(id)?.length ?? 0));
    // One kind only (MAP_FIGURE_KIND): killed and injured never share a scale.
    return { events, casualties: countScaleMax(pointFigures), figures: pointFigures };
  }, [places, index, pointFigures]);
  const max = sizing === 'events' ? scaleMax.events : scaleMax.casualties;
  const radius = useMemo(() => radiusScale(max), [max]);
  const footprint = useMemo(() => radiusScale(scaleMax.events), [scaleMax.events]);
  const overall = useMemo(() => {
    const counts = eventCountsAt(places.points, index);
    return (location: Location) => counts.get(location.id) ?? 0;
  }, [places, index]);

  const selected = useMemo(() => new Set(props.selectedPlaces), [props.selectedPlaces]);
  const filtered = useMemo(() => new Set(props.filteredPlaces), [props.filteredPlaces]);
  const atPoints = useMemo(() => {
    let count = 0;
    for (const entry of inView) count += listsPoint[entry.order] ?? 0;
    return count;
  }, [listsPoint, inView]);

  return (
    <section className="panel map-panel" id={MAP_PANEL_ID} aria-labelledby={headingId}>
      <div className="map-panel__header">
        <h2 id={headingId} className="panel__title">
          {t('map.title')}
        </h2>
        <div className="map__sizing" role="group" aria-label={t('map.sizing.label')}>
          <span className="map__sizing-label" aria-hidden="true">
            {t('map.sizing.short')}
          </span>
          {SIZINGS.map((value) => (
            <button
              key={value}
              type="button"
              className="button button--small map__sizing-option"
              aria-pressed={sizing === value}
              onClick={() => props.onSizingChange(value)}
            >
              {t(`map.sizing.${value}`)}
            </button>
          ))}
        </div>
      </div>
      <p className="map__caption">{t('map.caption', { count: inView.length, atPoints })}</p>
      {load.status === 'ready' ? (
        <MapFigure
          shapes={load.shapes}
          points={points}
          places={places.points}
          tallies={pointTallies}
          locationsById={index.locationsById}
          names={index}
          sizing={sizing}
          radius={radius}
          overall={overall}
          footprint={footprint}
          selected={selected}
          filtered={filtered}
          onTogglePlace={props.onTogglePlace}
        />
      ) : (
        <p className="map__status" role="status">
          {load.status === 'loading'
            ? t('map.loading')
            : t('map.loadFailed', { message: load.message })}
        </p>
      )}
      <AreaChips
        areas={areaChips}
        sizing={sizing}
        names={index}
        selected={selected}
        filtered={filtered}
        onTogglePlace={props.onTogglePlace}
      />
      <MapLegend sizing={sizing} radius={radius} max={max} figures={scaleMax.figures} />
    </section>
  );
}
