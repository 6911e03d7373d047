import { memo } from 'react';
import { formatShortList, t } from '../i18n/i18n';
import { CATEGORIES, primaryCategory, type Category } from '../model/vocabulary';
import { formatEventTimeShort } from '../model/formatTime';
import type { DatasetIndex } from '../state/datasetIndex';
import { categoryColor, eventColor } from '../ui/categories';
import {
  coarseNote,
  type MarkGeometry,
  type MeasureText,
  type TimelineGeometry,
} from './markGeometry';
import type { AxisTick } from './ticks';
import { isPlainClick } from '../ui/isPlainClick';

/** Props: what to draw, where the reader's attention is, and what selecting does. */
export interface TimelineMarksProps {
  /** The laid-out marks and lanes (see markGeometry.ts). */
  geometry: TimelineGeometry;
  /** The axis ticks, for the gridlines behind the marks. */
  ticks: readonly AxisTick[];
  /** The time scale: epoch milliseconds to pixels. */
  x: (ms: number) => number;
  /** The chart's width in pixels. */
  width: number;
  /** The dataset, to describe each mark (date and places) to screen readers. */
  index: DatasetIndex;
  /** The open event's id (its mark is outlined), or null. */
  selectedId: string | null;
  /** The link that opens an event, so each mark is a real link. */
  hrefFor: (eventId: string) => string;
  /** Opens an event on a plain click or Enter (other clicks follow the link). */
  onSelect: (eventId: string) => void;
  /** Shows the tooltip for a mark pointed at or focused, or hides it (null). */
  onHint: (mark: MarkGeometry | null) => void;
  /** Whether to draw lane names and rules (rows are grouped into lanes). */
  showLaneHeaders: boolean;
  /** The event the arrow keys have walked to, outlined like a focus. */
  cursorId: string | null;
  /** Measures label text (for the open event's whole title). */
  measure: MeasureText;
}

const BAR = 9;

/** Everything drawn for a mark, left to right: shape, label, bracket and fades. */
function reachOf(mark: MarkGeometry): { x0: number; x1: number } {
  const parts = [
    { x0: mark.x - 8, x1: mark.x + mark.width + 8 },
    { x0: mark.labelX, x1: mark.labelX + mark.labelWidth },
    mark.bracket,
    mark.fade?.start ?? null,
    mark.fade?.end ?? null,
  ].filter((part) => part !== null);
  return {
    x0: Math.min(...parts.map((part) => part.x0)),
    x1: Math.max(...parts.map((part) => part.x1)),
  };
}

/** An event's places by name, listed in the active language's way ("Almaty, Aktobe"). */
export function placeList(locationIds: readonly string[], index: DatasetIndex): string {
  const names = locationIds.map((id) => index.locationsById.get(id)?.name ?? id);
  return formatShortList(names);
}

/** The accessible name of a mark: what, when and where. */
export function markDescription(mark: MarkGeometry, index: DatasetIndex): string {
  const { event } = mark.entry;
  const places = placeList(event.locations, index);
  const written = formatEventTimeShort(event.time, index.dataset.timeZone);
  // A hatched mark says what the axis would otherwise suggest is known ("the time of day is not given").
  const note = mark.coarse ? coarseNote(mark.entry, 'minute') : null;
  const when = note ? t('marks.whenWithNote', { when: written, note }) : written;
  return [event.title, when, places].filter(Boolean).join(' — ');
}

/**
 * The marks themselves: spans as bars, short or precise times as points, approximate ones fuzzy.
 * Memoised: the timeline re-renders on its own for a tooltip or its kept height, with the same
 * marks, which need not be laid out again.
 */
export const TimelineMarks = memo(function TimelineMarks(props: TimelineMarksProps) {
  const { geometry, ticks, x, width, index, selectedId, onSelect, onHint } = props;
  // Marks whose shape, label, bracket or fade reach into view, the open one last (drawn on top).
  const visible = geometry.marks
    .filter((m) => reachOf(m).x1 >= -12 && reachOf(m).x0 <= width + 12)
    .sort(
      (a, b) => Number(a.entry.event.id === selectedId) - Number(b.entry.event.id === selectedId),
    );
  return (
    <svg className="timeline-marks" width={width} height={geometry.height}>
      <defs>
        {CATEGORIES.map((c) => (
          <g key={c}>
            <linearGradient id={`fuzzy-${c}`} x1="0" x2="1" y1="0" y2="0">
              <stop offset="0%" style={{ stopColor: categoryColor(c), stopOpacity: 0.08 }} />
              <stop offset="22%" style={{ stopColor: categoryColor(c), stopOpacity: 0.7 }} />
              <stop offset="78%" style={{ stopColor: categoryColor(c), stopOpacity: 0.7 }} />
              <stop offset="100%" style={{ stopColor: categoryColor(c), stopOpacity: 0.08 }} />
            </linearGradient>
            <linearGradient id={`fade-in-${c}`} x1="0" x2="1" y1="0" y2="0">
              <stop offset="0%" style={{ stopColor: categoryColor(c), stopOpacity: 0 }} />
              <stop offset="100%" style={{ stopColor: categoryColor(c), stopOpacity: 0.85 }} />
            </linearGradient>
            <linearGradient id={`fade-out-${c}`} x1="0" x2="1" y1="0" y2="0">
              <stop offset="0%" style={{ stopColor: categoryColor(c), stopOpacity: 0.85 }} />
              <stop offset="100%" style={{ stopColor: categoryColor(c), stopOpacity: 0 }} />
            </linearGradient>
            {/* Hatching: somewhere in this day (month, year), the time within it not given. */}
            <pattern
              id={`coarse-${c}`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" style={{ fill: categoryColor(c), fillOpacity: 0.16 }} />
              <rect width="2.5" height="6" style={{ fill: categoryColor(c), fillOpacity: 0.75 }} />
            </pattern>
          </g>
        ))}
        <linearGradient id="bracket-open-start" x1="0" x2="1" y1="0" y2="0">
          <stop offset="0%" className="bracket-stop bracket-stop--clear" />
          <stop offset="100%" className="bracket-stop" />
        </linearGradient>
        <linearGradient id="bracket-open-end" x1="0" x2="1" y1="0" y2="0">
          <stop offset="0%" className="bracket-stop" />
          <stop offset="100%" className="bracket-stop bracket-stop--clear" />
        </linearGradient>
      </defs>
      <g aria-hidden="true">
        {ticks.map((t) => (
          <line
            key={t.value}
            x1={x(t.value)}
            x2={x(t.value)}
            y1={0}
            y2={geometry.height}
            className={t.context ? 'gridline gridline--major' : 'gridline'}
          />
        ))}
        {props.showLaneHeaders &&
          geometry.lanes.map((lane, i) => (
            <g key={lane.key}>
              {i > 0 && (
                <line x1={0} x2={width} y1={lane.y - 5} y2={lane.y - 5} className="lane-rule" />
              )}
              <text x={8} y={lane.y + 16} className="lane-label">
                {lane.label} <tspan className="lane-count">({lane.count})</tspan>
              </text>
            </g>
          ))}
      </g>
      <g role="list" aria-label={t('marks.label')}>
        {visible.map((mark) => {
          const { event } = mark.entry;
          const selected = event.id === selectedId;
          const colour = eventColor(event.categories);
          const fuzzy = mark.approximate;
          const first = primaryCategory(event.categories);
          // The open event's label is never cut: its whole title, kept inside the chart.
          const label = selected && mark.labelCut ? event.title : mark.label;
          const labelWidth =
            selected && mark.labelCut ? props.measure(event.title) : mark.labelWidth;
          const labelX =
            selected && mark.labelCut
              ? Math.max(4, Math.min(mark.labelX, width - labelWidth - 4))
              : mark.labelX;
          const hitStart = Math.min(mark.x, labelX) - 9;
          const className = [
            'mark',
            selected && 'mark--selected',
            event.id === props.cursorId && 'mark--cursor',
            fuzzy && 'mark--approximate',
            mark.coarse && 'mark--coarse',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <g key={mark.key} role="listitem">
              <a
                href={props.hrefFor(event.id)}
                className={className}
                aria-label={markDescription(mark, index)}
                aria-current={selected ? 'true' : undefined}
                data-event-id={event.id}
                onClick={(e) => {
                  if (!isPlainClick(e)) return;
                  e.preventDefault();
                  onSelect(event.id);
                }}
                onMouseEnter={() => onHint(mark)}
                onMouseLeave={() => onHint(null)}
                onFocus={() => onHint(mark)}
                onBlur={() => onHint(null)}
              >
                {/* A generous, invisible hit area so small marks are easy to click and tap. */}
                <rect
                  x={hitStart}
                  y={mark.y - 17}
                  width={Math.max(mark.x + mark.width, labelX + labelWidth) + 6 - hitStart}
                  height={30}
                  rx={5}
                  className="mark__hit"
                />
                {mark.bracket && <MarkBracket mark={mark} />}
                {mark.fade ? (
                  <DurationBar mark={mark} category={first} />
                ) : mark.isPoint ? (
                  mark.isClockTime ? (
                    <path
                      d={`M${mark.x},${mark.y - 7}l7,7l-7,7l-7,-7z`}
                      style={{ fill: colour }}
                      className="mark__shape"
                    />
                  ) : (
                    <circle
                      cx={mark.x}
                      cy={mark.y}
                      r={6.5}
                      style={{ fill: fuzzy ? `url(#fuzzy-${first})` : colour, stroke: colour }}
                      className="mark__shape"
                    />
                  )
                ) : (
                  <rect
                    x={mark.x}
                    y={mark.y + 1}
                    width={mark.width}
                    height={BAR}
                    rx={3}
                    style={{
                      fill: mark.coarse
                        ? `url(#coarse-${first})`
                        : fuzzy
                          ? `url(#fuzzy-${first})`
                          : colour,
                      stroke: colour,
                    }}
                    className="mark__shape"
                  />
                )}
                <text x={labelX} y={mark.labelY} className="mark__label">
                  {label}
                </text>
              </a>
            </g>
          );
        })}
      </g>
    </svg>
  );
});

/**
 * The quiet bracket of an instant known only within bounds: a thin line from the earliest to the
 * latest it may be, with a tick at each bound, fading out on a side that has no bound.
 */
function MarkBracket({ mark }: { mark: MarkGeometry }) {
  const { bracket } = mark;
  if (!bracket) return null;
  const y = mark.y + 5;
  const tick = (at: number) => <line x1={at} x2={at} y1={y - 4} y2={y + 4} />;
  return (
    <g className="mark__bracket">
      <line
        x1={bracket.x0}
        x2={bracket.x1}
        y1={y}
        y2={y}
        stroke={
          bracket.openStart
            ? 'url(#bracket-open-start)'
            : bracket.openEnd
              ? 'url(#bracket-open-end)'
              : undefined
        }
      />
      {!bracket.openStart && tick(bracket.x0)}
      {!bracket.openEnd && tick(bracket.x1)}
    </g>
  );
}

/** A duration with uncertain ends: solid where it surely went on, fading where an end may lie. */
function DurationBar({ mark, category }: { mark: MarkGeometry; category: Category }) {
  const { fade } = mark;
  if (!fade) return null;
  const colour = categoryColor(category);
  const solidStart = fade.start ? fade.start.x1 : mark.x;
  const solidEnd = fade.end ? fade.end.x0 : mark.x + mark.width;
  return (
    <g className="mark__shape mark__shape--duration">
      {fade.start && (
        <rect
          x={fade.start.x0}
          y={mark.y + 1}
          width={Math.max(1, fade.start.x1 - fade.start.x0)}
          height={BAR}
          style={{ fill: `url(#fade-in-${category})` }}
        />
      )}
      <rect
        x={solidStart}
        y={mark.y + 1}
        width={Math.max(2, solidEnd - solidStart)}
        height={BAR}
        style={{ fill: colour }}
      />
      {fade.end && (
        <rect
          x={fade.end.x0}
          y={mark.y + 1}
          width={Math.max(1, fade.end.x1 - fade.end.x0)}
          height={BAR}
          style={{ fill: `url(#fade-out-${category})` }}
        />
      )}
    </g>
  );
}
