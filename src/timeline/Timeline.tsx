import { lazy, Suspense, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3';
import { formatDayRange, formatEventTimeShort } from '../model/formatTime';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import { LANE_MODES, type LaneMode, type TimeWindow } from '../state/viewState';
import { useElementWidth } from '../ui/useElementWidth';
import { useStableHeight } from '../ui/useStableHeight';
import { CasualtyStrip } from './CasualtyStrip';
import { casualtyRows } from './casualtyBars';
import { groupIntoLanes } from './layout';
import { timelineGeometry } from './markGeometry';
import { createTimeIndex, eventsInWindow } from './dense';
import { TimelineAxis } from './TimelineAxis';
import { TimelineMarks } from './TimelineMarks';
import { timeTicks } from './ticks';
import { panWindow, zoomWindow } from './timeWindow';
import { useTimelineZoom } from './useTimelineZoom';
import './timeline.css';

/** Props of the timeline: the events to draw and the view it shows. Free of loading and URLs. */
export interface TimelineProps {
  /** The dataset: its time zone, places and actors, for labels and lanes. */
  index: DatasetIndex;
  /** The events that pass the filters, in time order. */
  events: readonly IndexedEvent[];
  /** The visible window. */
  window: TimeWindow;
  /** The window that shows every event ("Fit all"), also the zoom's reference. */
  fullWindow: TimeWindow;
  /** True when the window is the default one (nothing to reset). */
  isDefaultWindow: boolean;
  /** How rows are grouped into lanes (none, actor, location, category). */
  lanes: LaneMode;
  /** The open event's id (its mark is outlined), or null. */
  selectedId: string | null;
  /** The link that opens an event, so each mark is a real link. */
  hrefFor: (eventId: string) => string;
  /** Opens an event (a click, a tap, or Enter on a mark). */
  onSelect: (eventId: string) => void;
  /** A new window (null: back to the default view); the caller replaces the history entry. */
  onWindowChange: (window: TimeWindow | null) => void;
  /** Changes the lane grouping ("Group rows by"). */
  onLanesChange: (lanes: LaneMode) => void;
}

const LANE_LABELS: Record<LaneMode, string> = {
  none: 'None',
  actor: 'Actor',
  location: 'Location',
  category: 'Category',
};

// Only large datasets need the canvas: it loads on first use, not with the page.
const TimelineCanvas = lazy(() =>
  import('./TimelineCanvas').then((module) => ({ default: module.TimelineCanvas })),
);

const ZOOM_STEP = 1.6;
/**
 * Up to this many events, the whole dataset is laid out once in SVG (stable rows while panning).
 * Measured with `npm run bench`: at 1,000 events in SVG a zoom frame took 100 ms (p95); through
 * the canvas path it stays within a 60 Hz frame.
 */
const SVG_ALL_LIMIT = 400;
/** In larger datasets, up to this many events in view are drawn in SVG with labels. */
const SVG_VIEW_LIMIT = 250;

/** How the marks are drawn: every event in SVG, the events in view in SVG, or a canvas. */
export function drawingMode(total: number, inView: number): 'all' | 'view' | 'canvas' {
  if (total <= SVG_ALL_LIMIT) return 'all';
  return inView <= SVG_VIEW_LIMIT ? 'view' : 'canvas';
}

/** The interactive timeline: axis, marks in rows or lanes, zoom and pan, and the casualty strip. */
export function Timeline(props: TimelineProps) {
  const { index, events, fullWindow, lanes, selectedId, onWindowChange } = props;
  const { timeZone } = index.dataset;
  const viewportRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewportRef, 800);
  const window = useTimelineZoom(viewportRef, width, fullWindow, props.window, onWindowChange);
  const [hint, setHint] = useState<{ entry: IndexedEvent; x: number; y: number } | null>(null);
  const [cursorId, setCursorId] = useState<string | null>(null);
  const helpId = useId();

  const x = useMemo(
    () => scaleLinear().domain([window.start, window.end]).range([0, width]),
    [window.start, window.end, width],
  );
  const ticks = useMemo(
    () => timeTicks(window.start, window.end, width, timeZone),
    [window, width, timeZone],
  );
  const timeIndex = useMemo(() => createTimeIndex(events), [events]);
  const inView = useMemo(() => eventsInWindow(timeIndex, window), [timeIndex, window]);
  const mode = drawingMode(events.length, inView.length);
  // Small datasets keep one stable layout of every event; large ones lay out what is in view.
  const laidOut = mode === 'all' ? events : inView;
  const laneList = useMemo(
    () => (mode === 'canvas' ? [] : groupIntoLanes(laidOut, lanes, index)),
    [mode, laidOut, lanes, index],
  );
  const geometry = useMemo(
    () => timelineGeometry(laneList, x, lanes !== 'none'),
    [laneList, x, lanes],
  );
  // Zooming re-flows rows and figures; the timeline keeps its tallest height for the same events
  // and lanes, so opening or zooming never makes the page below it jump.
  const timelineRef = useRef<HTMLDivElement>(null);
  const minHeight = useStableHeight(
    timelineRef,
    `${lanes}:${events.length}:${events[0]?.event.id ?? ''}:${events.at(-1)?.event.id ?? ''}`,
  );
  // The casualty strip follows the committed window, not every frame of a gesture. A figure is in
  // view when its `asOf` is, whatever its event's span, so every shown event is looked at.
  const committed = props.window;
  const figures = useMemo(() => casualtyRows(events, committed), [events, committed]);

  /** Arrow up and down walk through the events in view; Enter opens the one walked to. */
  function moveCursor(step: number) {
    if (inView.length === 0) return;
    const from = inView.findIndex((e) => e.event.id === (cursorId ?? selectedId));
    const next =
      inView[
        from === -1
          ? step > 0
            ? 0
            : inView.length - 1
          : Math.min(inView.length - 1, Math.max(0, from + step))
      ];
    if (!next) return;
    setCursorId(next.event.id);
    const mark = geometry.marks.find((m) => m.entry === next);
    setHint({ entry: next, x: mark?.x ?? x(next.start), y: mark?.y ?? 0 });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveCursor(e.key === 'ArrowDown' ? 1 : -1);
      return;
    }
    if (e.key === 'Enter' && e.target === e.currentTarget && cursorId !== null) {
      e.preventDefault();
      props.onSelect(cursorId);
      return;
    }
    const actions: Record<string, () => TimeWindow | null> = {
      '+': () => zoomWindow(window, ZOOM_STEP),
      '=': () => zoomWindow(window, ZOOM_STEP),
      '-': () => zoomWindow(window, 1 / ZOOM_STEP),
      _: () => zoomWindow(window, 1 / ZOOM_STEP),
      ArrowLeft: () => panWindow(window, -0.2),
      ArrowRight: () => panWindow(window, 0.2),
      '0': () => fullWindow,
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    onWindowChange(action());
  }

  const rangeLabel = formatDayRange(window.start, Math.max(window.start, window.end - 1), timeZone);

  return (
    <div className="timeline" ref={timelineRef} style={{ minHeight }}>
      <div className="timeline__toolbar">
        <div className="timeline__zoom" role="group" aria-label="Zoom">
          <button
            type="button"
            className="button button--icon"
            onClick={() => onWindowChange(zoomWindow(window, ZOOM_STEP))}
            aria-label="Zoom in"
            title="Zoom in (+)"
          >
            <span aria-hidden="true">+</span>
          </button>
          <button
            type="button"
            className="button button--icon"
            onClick={() => onWindowChange(zoomWindow(window, 1 / ZOOM_STEP))}
            aria-label="Zoom out"
            title="Zoom out (−)"
          >
            <span aria-hidden="true">−</span>
          </button>
          <button
            type="button"
            className="button"
            onClick={() => onWindowChange(fullWindow)}
            title="Show every event (0)"
          >
            Fit all
          </button>
          {/* Always present, so zooming never shifts the layout. */}
          <button
            type="button"
            className="button button--quiet"
            disabled={props.isDefaultWindow}
            onClick={() => onWindowChange(null)}
            title="Back to the opening view of the story"
          >
            Reset view
          </button>
        </div>
        <p className="timeline__range" role="status" aria-label="Timeline range">
          <span className="timeline__range-dates">{rangeLabel}</span>{' '}
          <span className="timeline__range-count">
            · {inView.length.toLocaleString('en-GB')} of {events.length.toLocaleString('en-GB')}{' '}
            {events.length === 1 ? 'event' : 'events'} in view
          </span>
        </p>
        <label className="timeline__lanes">
          <span>Group rows by</span>
          <select value={lanes} onChange={(e) => props.onLanesChange(e.target.value as LaneMode)}>
            {LANE_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {LANE_LABELS[mode]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={helpId} className="visually-hidden">
        Use plus and minus to zoom, the left and right arrow keys to move in time, and 0 to fit all
        events. The up and down arrow keys step through the events in view and Enter opens one; Tab
        also moves between events when they are drawn one by one.
      </p>
      {/* Keyboard zoom and pan work anywhere in the timeline, including on a focused mark. */}
      {/* eslint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex -- a focusable, labelled region is the keyboard's way to zoom and pan when no mark is focused */}
      <div
        className="timeline__viewport"
        ref={viewportRef}
        role="region"
        aria-label="Timeline chart"
        aria-describedby={helpId}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        {mode === 'canvas' ? (
          <Suspense
            fallback={
              <p className="timeline-canvas__note">
                Drawing {inView.length.toLocaleString('en-GB')} events…
              </p>
            }
          >
            <TimelineCanvas
              events={inView}
              timeIndex={timeIndex}
              window={window}
              x={x}
              width={width}
              selectedId={selectedId}
              cursorId={cursorId}
              onSelect={props.onSelect}
              onHint={setHint}
              onZoomTo={(w) => onWindowChange(w)}
            />
          </Suspense>
        ) : (
          <TimelineMarks
            geometry={geometry}
            ticks={ticks}
            x={x}
            width={width}
            index={index}
            selectedId={selectedId}
            hrefFor={props.hrefFor}
            onSelect={props.onSelect}
            onHint={setHint}
            showLaneHeaders={lanes !== 'none'}
            cursorId={cursorId}
          />
        )}
        <TimelineAxis ticks={ticks} x={x} width={width} />
        {/* eslint-enable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */}
        <p className="visually-hidden" aria-live="polite">
          {cursorId !== null && hint
            ? `${hint.entry.event.title}, ${formatEventTimeShort(hint.entry.event.time, timeZone)}. Enter opens it.`
            : ''}
        </p>
        {hint && (
          <div
            className="timeline__tooltip"
            role="tooltip"
            style={{
              left: Math.min(Math.max(hint.x, 8), Math.max(8, width - 260)),
              top: hint.y + 18,
            }}
          >
            <strong>{hint.entry.event.title}</strong>
            <span>{formatEventTimeShort(hint.entry.event.time, timeZone)}</span>
            <span>
              {hint.entry.event.locations
                .map((id) => index.locationsById.get(id)?.name ?? id)
                .join(', ')}
            </span>
          </div>
        )}
      </div>
      <CasualtyStrip rows={figures} index={index} onSelect={props.onSelect} />
    </div>
  );
}
