import { lazy, Suspense, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3';
import { t } from '../i18n/i18n';
import { formatDayRange, formatEventTimeShort } from '../model/formatTime';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import type { LaneMode, TimeWindow } from '../state/viewState';
import { Tooltip } from '../ui/Tooltip';
import { zoomKeyName } from '../ui/zoomKey';
import { useElementWidth } from '../ui/useElementWidth';
import { useStableHeight } from '../ui/useStableHeight';
import { CasualtyStrip, type FigureTableToggle } from './CasualtyStrip';
import { casualtyRows } from './casualtyBars';
import { eventsInWindow, offscreenEvents, type TimeIndex } from '../state/timeIndex';
import { groupIntoLanes } from './layout';
import { coarseNote, timelineGeometry } from './markGeometry';
import { createTextMeasurer } from './textMeasure';
import { TimelineAxis } from './TimelineAxis';
import { TimelineEdges } from './TimelineEdges';
import { timelineKeyAction, zoomAnchor } from './timelineKeys';
import { placeList, TimelineMarks } from './TimelineMarks';
import { TimelineToolbar } from './TimelineToolbar';
import { chooseTickInterval, timeTicks } from './ticks';
import { useTimelineZoom } from './useTimelineZoom';
import './timeline.css';

/** Props of the timeline: the events to draw and the view it shows. Free of loading and URLs. */
export interface TimelineProps {
  /** The dataset: its time zone, places and actors, for labels and lanes. */
  index: DatasetIndex;
  /** The events that pass the filters, in the story's order. */
  events: readonly IndexedEvent[];
  /** The same events indexed by time (built once by the page, shared with the map). */
  timeIndex: TimeIndex;
  /** The visible window (as committed to the URL). */
  window: TimeWindow;
  /** The events in that window, found once by the page (and shared with the map). */
  inView: readonly IndexedEvent[];
  /** What "Fit all" shows: the story's period and what is near it. */
  fitAll: TimeWindow;
  /** The zoom's reference: every event, however distant. */
  fullWindow: TimeWindow;
  /** True when the window is the default one (nothing to reset). */
  isDefaultWindow: boolean;
  /** How rows are grouped into lanes (none, actor, location, category). */
  lanes: LaneMode;
  /** The open event (its mark is outlined; zoom keeps it in place), or null. */
  selected: IndexedEvent | null;
  /** True when filters are on: an empty timeline then says so and offers to clear them. */
  filtering: boolean;
  /** Clears the filters (from the empty timeline's message). */
  onClearFilters: () => void;
  /** The link that opens an event, so each mark is a real link. */
  hrefFor: (eventId: string) => string;
  /** Opens an event (a click, a tap, or Enter on a mark). */
  onSelect: (eventId: string) => void;
  /** A new window (null: back to the default view); the caller replaces the history entry. */
  onWindowChange: (window: TimeWindow | null) => void;
  /** Changes the lane grouping ("Group rows by"). */
  onLanesChange: (lanes: LaneMode) => void;
  /** The id of the chart region, for skip links and for focus to return to. */
  chartId?: string;
  /** The page's table of every figure in view: the casualty strip's button shows or hides it. */
  figureTable?: FigureTableToggle;
}

// Only large datasets need the canvas: it loads on first use, not with the page.
const TimelineCanvas = lazy(() =>
  import('./TimelineCanvas').then((module) => ({ default: module.TimelineCanvas })),
);

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

/** The interactive timeline: toolbar, context band, axis, marks in rows or lanes, casualty strip. */
export function Timeline(props: TimelineProps) {
  const { index, events, timeIndex, lanes, selected, onWindowChange } = props;
  const { timeZone } = index.dataset;
  const viewportRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewportRef, 800);
  const [wheelHint, setWheelHint] = useState(false);
  const window = useTimelineZoom(viewportRef, width, props.fullWindow, props.window, {
    onCommit: onWindowChange,
    onPlainWheel: setWheelHint,
  });
  const [hint, setHint] = useState<{ entry: IndexedEvent; x: number; y: number } | null>(null);
  const [cursorId, setCursorId] = useState<string | null>(null);
  const helpId = useId();
  const measure = useMemo(() => createTextMeasurer(), []);
  const selectedId = selected?.event.id ?? null;

  const x = useMemo(
    () => scaleLinear().domain([window.start, window.end]).range([0, width]),
    [window.start, window.end, width],
  );
  const ticks = useMemo(
    () => timeTicks(window.start, window.end, width, timeZone),
    [window, width, timeZone],
  );
  // The finest unit the axis reads: an instant known only to a coarser one is drawn hatched.
  // Half-day ticks still read as days (a noon line is not a time of day): only ticks six hours
  // apart or closer make the axis read hours.
  const interval = chooseTickInterval(window.end - window.start, width);
  const axisUnit = interval.unit === 'hour' && interval.step >= 12 ? 'day' : interval.unit;
  // The page found the events in the committed window; only a gesture's live window needs a search.
  const committedInView = props.inView;
  const inView = useMemo(
    () => (window === props.window ? committedInView : eventsInWindow(timeIndex, window)),
    [timeIndex, window, props.window, committedInView],
  );
  const mode = drawingMode(events.length, inView.length);
  // Small datasets keep one stable layout of every event; large ones lay out what is in view.
  const laidOut = mode === 'all' ? events : inView;
  const laneList = useMemo(
    () => (mode === 'canvas' ? [] : groupIntoLanes(laidOut, lanes, index)),
    [mode, laidOut, lanes, index],
  );
  const geometry = useMemo(
    () => timelineGeometry(laneList, x, lanes !== 'none', { width, measure, axisUnit }),
    [laneList, x, lanes, width, measure, axisUnit],
  );
  // Zooming re-flows rows and figures; the timeline keeps its tallest height for the same events
  // and lanes, so opening or zooming never makes the page below it jump.
  const timelineRef = useRef<HTMLDivElement>(null);
  const minHeight = useStableHeight(
    timelineRef,
    `${lanes}:${events.length}:${events[0]?.event.id ?? ''}:${events.at(-1)?.event.id ?? ''}`,
  );
  // The casualty strip and the context band follow the committed window, not every frame of a
  // gesture. A figure is in view when its `asOf` is, whatever its event's span.
  const committed = props.window;
  const figures = useMemo(
    () => casualtyRows(events, committed, index.events),
    [events, committed, index.events],
  );
  const offscreen = useMemo(() => offscreenEvents(timeIndex, committed), [timeIndex, committed]);
  const anchor = zoomAnchor(window, selected?.body ?? null);

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
    const next = timelineKeyAction(e.key, { window, fitAll: props.fitAll, anchor });
    if (!next) return;
    e.preventDefault();
    onWindowChange(next);
  }

  const rangeLabel = formatDayRange(window.start, Math.max(window.start, window.end - 1), timeZone);
  const empty = inView.length === 0;

  return (
    <div className="timeline" ref={timelineRef} style={{ minHeight }}>
      <TimelineToolbar
        window={window}
        fitAll={props.fitAll}
        anchor={anchor}
        isDefaultWindow={props.isDefaultWindow}
        rangeLabel={rangeLabel}
        inView={inView.length}
        total={events.length}
        lanes={lanes}
        onLanesChange={props.onLanesChange}
        onWindowChange={onWindowChange}
      />
      <TimelineEdges
        offscreen={offscreen}
        timeZone={timeZone}
        hrefFor={props.hrefFor}
        onSelect={props.onSelect}
      />
      <p id={helpId} className="visually-hidden">
        {t('timeline.help')}
      </p>
      {/* The dates stay in sight while reading down the rows: the axis sticks to the top. */}
      <div className="timeline__axis">
        <TimelineAxis ticks={ticks} x={x} width={width} />
      </div>
      {/* Keyboard zoom and pan work anywhere in the timeline, including on a focused mark. */}
      {/* eslint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex -- a focusable, labelled region is the keyboard's way to zoom and pan when no mark is focused */}
      <div
        className="timeline__viewport"
        ref={viewportRef}
        id={props.chartId}
        role="region"
        aria-label={t('timeline.chart')}
        aria-describedby={helpId}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        {/* eslint-enable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */}
        {mode === 'canvas' ? (
          <Suspense
            fallback={
              <p className="timeline-canvas__note">
                {t('timeline.drawing', { count: inView.length })}
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
              onZoomTo={onWindowChange}
              axisUnit={axisUnit}
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
            measure={measure}
          />
        )}
        {empty && (
          <div className="timeline__empty">
            {events.length === 0 ? (
              <>
                <p>{props.filtering ? t('timeline.empty.filtered') : t('timeline.empty.none')}</p>
                {props.filtering && (
                  <button type="button" className="button" onClick={props.onClearFilters}>
                    {t('timeline.empty.clearFilters')}
                  </button>
                )}
              </>
            ) : (
              <p>{t('timeline.empty.stretch')}</p>
            )}
          </div>
        )}
        {wheelHint && (
          <p className="timeline__wheel-hint wheel-hint" role="status">
            {t('timeline.wheelHint', { key: zoomKeyName() })}
          </p>
        )}
        <p className="visually-hidden" aria-live="polite">
          {cursorId !== null && hint
            ? t('timeline.cursor', {
                title: hint.entry.event.title,
                when: formatEventTimeShort(hint.entry.event.time, timeZone),
              })
            : ''}
        </p>
        {hint && (
          <Tooltip x={hint.x} y={hint.y + 18} containerWidth={width}>
            <strong>{hint.entry.event.title}</strong>
            <span>
              {formatEventTimeShort(hint.entry.event.time, timeZone)}
              {/* At an hour's zoom, a day-precise event says its time of day is not given. */}
              {coarseNote(hint.entry, axisUnit) && (
                <span className="timeline__hint-note"> · {coarseNote(hint.entry, axisUnit)}</span>
              )}
            </span>
            <span>{placeList(hint.entry.event.locations, index)}</span>
          </Tooltip>
        )}
      </div>
      <CasualtyStrip
        rows={figures}
        index={index}
        onSelect={props.onSelect}
        figureTable={props.figureTable}
      />
    </div>
  );
}
