import { t } from '../i18n/i18n';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Position } from 'geojson';
import type { FigureNames } from '../model/casualties';
import type { Location } from '../model/schema';
import { useMeasuredWidth } from '../ui/useElementWidth';
import { projectOuterRings } from './labels/countryLabels';
import type { Box } from './labels/labelPlacement';
import { mapLabels } from './labels/mapLabels';
import { MapBase } from './base/MapBase';
import type { MapSizing } from '../state/viewState';
import { layoutMarks, placeMarks, type MapMark } from './marks/mapMarks';
import { MapMarkView } from './marks/MapMarkView';
import { mapScene } from './base/mapScene';
import type { MapShapes } from './base/mapShapes';
import { MapTooltip } from './MapTooltip';
import type { PlaceTally } from './marks/placeAggregation';
import { fitProjection, mapHeightFor } from './base/projection';
import { MAX_MAP_ZOOM, useMapZoom } from './useMapZoom';
import { zoomKeyName } from '../ui/zoomKey';

/** Props: the shapes, what to show on them, and what choosing a place does. */
export interface MapFigureProps {
  /** The country shapes to draw and the frame they cover. */
  shapes: MapShapes;
  /** The coordinates the map must show (see `coordinatesToShow`). */
  points: readonly Position[];
  /** The places with a point (the same for every `tallies` of a dataset). */
  places: readonly Location[];
  /** The events and figures at each of `places`, in its order, among those in view. */
  tallies: readonly PlaceTally[];
  /** Every place of the dataset, to name groups after the place they lie within. */
  locationsById: ReadonlyMap<string, Location>;
  /** The dataset's actors and sources, to say who claims a figure (a `DatasetIndex` will do). */
  names: FigureNames;
  /** Whether marks are sized by events or by casualty figures. */
  sizing: MapSizing;
  /** The radius of a mark for a count, on the scale the legend shows. */
  radius: (n: number) => number;
  /** The number of events at a place over the whole dataset. */
  overall: (location: Location) => number;
  /** The radius for an `overall` number, which grouping and keyboard order go by. */
  footprint: (n: number) => number;
  /** The selected event's places (their marks get a ring). */
  selected: ReadonlySet<string>;
  /** The place filter (marks in it are shown pressed). */
  filtered: ReadonlySet<string>;
  /** Adds the place to the place filter, or takes it out. */
  onTogglePlace: (id: string) => void;
}

/** Room at the edges for marks and labels. */
const PADDING = 22;
const ZOOM_STEP = 2;

/** Where the zoom buttons sit over the map (see map.css), so that no label goes under them. */
function zoomControlsBox(width: number): Box {
  return { x0: width - 46, y0: 0, x1: width, y1: 120 };
}

/** The map itself: countries, marks and labels, with zoom and pan and its zoom buttons. */
export function MapFigure(props: MapFigureProps) {
  const { shapes, points, tallies, sizing, radius, locationsById } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  // Nothing is drawn before the width is known: that first render is never painted.
  const { width, measured } = useMeasuredWidth(containerRef, 480);
  const height = mapHeightFor(width);
  const size = useMemo(() => ({ width, height }), [width, height]);
  const idPrefix = useId();
  const [hint, setHint] = useState<MapMark | null>(null);

  const scene = useMemo(() => mapScene(shapes, points), [shapes, points]);
  const projection = useMemo(() => fitProjection(scene.fitTarget, size, PADDING), [scene, size]);
  const projectedCountries = useMemo(
    () =>
      measured
        ? scene.countries.map((country) => ({
            country,
            rings: projectOuterRings(country, projection),
          }))
        : [],
    [measured, scene, projection],
  );
  const zoom = useMapZoom(svgRef, size);
  const { k, x: tx, y: ty } = zoom.transform;

  // Where the places go and which are drawn together, per zoom: a filter click does not move
  // or regroup them, so only their counts and figures are laid out again.
  const position = useCallback(
    (location: Location): [number, number] | null => {
      const xy = location.coordinates ? projection(location.coordinates) : null;
      return xy ? [xy[0] * k + tx, xy[1] * k + ty] : null;
    },
    [projection, k, tx, ty],
  );
  const placement = useMemo(
    () =>
      measured
        ? placeMarks(props.places, {
            position,
            overall: props.overall,
            footprint: props.footprint,
          })
        : null,
    [measured, props.places, position, props.overall, props.footprint],
  );
  const marks = useMemo(
    () =>
      placement === null
        ? []
        : layoutMarks(
            {
              tallies,
              position,
              radius,
              overall: props.overall,
              footprint: props.footprint,
              sizing,
              locationsById,
              selected: props.selected,
              filtered: props.filtered,
            },
            placement,
          ),
    [
      tallies,
      position,
      placement,
      radius,
      props.overall,
      props.footprint,
      sizing,
      locationsById,
      props.selected,
      props.filtered,
    ],
  );

  const labels = useMemo(
    () =>
      measured
        ? mapLabels(marks, projectedCountries, { k, x: tx, y: ty }, size, [
            zoomControlsBox(size.width),
          ])
        : [],
    [measured, marks, projectedCountries, k, tx, ty, size],
  );

  function choose(mark: MapMark) {
    if (mark.placeId !== null) {
      props.onTogglePlace(mark.placeId);
      return;
    }
    const [bx, by] = zoom.transform.invert([mark.x, mark.y]);
    zoom.zoomTo(bx, by, 4);
  }

  function reveal(mark: MapMark) {
    const outside = mark.x < 0 || mark.y < 0 || mark.x > width || mark.y > height;
    if (!outside) return;
    const [bx, by] = zoom.transform.invert([mark.x, mark.y]);
    zoom.centreOn(bx, by);
  }

  const isZoomed = k !== 1 || tx !== 0 || ty !== 0;

  return (
    <div className="map__viewport" ref={containerRef} style={{ height }}>
      {zoom.wheelHint && (
        <p className="map__wheel-hint wheel-hint" role="status">
          {t('map.wheelHint', { key: zoomKeyName() })}
        </p>
      )}
      <div className="map__zoom" role="group" aria-label={t('map.zoom')}>
        <button
          type="button"
          className="button button--icon"
          aria-label={t('map.zoomIn')}
          title={t('map.zoomIn')}
          disabled={k >= MAX_MAP_ZOOM}
          onClick={() => zoom.zoomBy(ZOOM_STEP)}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          className="button button--icon"
          aria-label={t('map.zoomOut')}
          title={t('map.zoomOut')}
          disabled={!isZoomed}
          onClick={() => zoom.zoomBy(1 / ZOOM_STEP)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          className="button button--icon"
          aria-label={t('map.zoomReset')}
          title={t('map.zoomReset')}
          disabled={!isZoomed}
          onClick={zoom.reset}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path
              d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
            />
          </svg>
        </button>
      </div>
      <svg
        ref={svgRef}
        className="map__svg"
        width={width}
        height={height}
        role="group"
        aria-label={t('map.places')}
      >
        <rect className="map-water" width={width} height={height} aria-hidden="true" />
        {measured && (
          <MapBase scene={scene} projection={projection} transform={zoom.transform.toString()} />
        )}
        <g className="map-labels" aria-hidden="true">
          {labels.map((label) => (
            <text
              key={label.id}
              className={`map-label map-label--${label.kind}`}
              style={{ fontSize: label.fontSize, letterSpacing: label.letterSpacing }}
              x={label.x}
              y={label.y}
              textAnchor={label.anchor}
              dominantBaseline="central"
            >
              {label.text}
            </text>
          ))}
        </g>
        <g className="map-marks">
          {marks.map((mark) => (
            <MapMarkView
              key={mark.key}
              mark={mark}
              sizing={sizing}
              names={props.names}
              idPrefix={idPrefix}
              onChoose={choose}
              onHint={setHint}
              onFocusMark={reveal}
            />
          ))}
        </g>
      </svg>
      {hint && (
        <MapTooltip
          mark={marks.find((m) => m.key === hint.key) ?? hint}
          sizing={sizing}
          names={props.names}
          size={size}
        />
      )}
    </div>
  );
}
