import { formatNumber } from '../../i18n/i18n';
import type { KeyboardEvent } from 'react';
import type { FigureNames } from '../../model/casualties';
import type { MapSizing } from '../../state/viewState';
import type { MapMark } from './mapMarks';
import { CountRingsView } from './CountRingsView';
import { markLabel } from './markText';

/** Props of one mark: its geometry and what happens when the reader points at or chooses it. */
export interface MapMarkViewProps {
  /** The mark to draw, laid out (position, radius, rings, label). */
  mark: MapMark;
  /** Whether the mark shows events or casualty figures, for its accessible name. */
  sizing: MapSizing;
  /** The dataset's actors and sources, to say who claims the mark's figure. */
  names: FigureNames;
  /** Prefix for the ids of this map's gradients. */
  idPrefix: string;
  /** Called on click, Enter or Space: filters by the place, or zooms into a group. */
  onChoose: (mark: MapMark) => void;
  /** Shows the tooltip for a mark pointed at or focused, or hides it (null). */
  onHint: (mark: MapMark | null) => void;
  /** Called when the mark takes keyboard focus, so the map can pan it into view. */
  onFocusMark: (mark: MapMark) => void;
}

/** Half the smallest comfortable touch target (24 px, WCAG 2.5.8). */
const MIN_HIT_RADIUS = 12;

/**
 * One place (or group of places) on the map: a disc sized by its events, or the casualty rings
 * of its largest figure of people killed; a ring when the selected event is there. A button: Enter, Space or a
 * click toggles the place in the place filter (a loose group zooms in instead).
 */
export function MapMarkView({
  mark,
  sizing,
  names,
  idPrefix,
  onChoose,
  onHint,
  onFocusMark,
}: MapMarkViewProps) {
  const { rings } = mark;
  const empty = sizing === 'casualties' ? rings === null : mark.count === 0;
  const gradientId = `${idPrefix}-fade-${mark.key.replace(/\s+/g, '_')}`;
  const className = [
    'map-mark',
    `map-mark--${sizing}`,
    empty ? 'map-mark--empty' : '',
    mark.highlighted ? 'map-mark--highlighted' : '',
    mark.active ? 'map-mark--active' : '',
    rings?.approximate ? 'map-mark--approximate' : '',
  ]
    .filter(Boolean)
    .join(' ');

  function onKeyDown(event: KeyboardEvent<SVGGElement>) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onChoose(mark);
    }
  }

  return (
    <g
      className={className}
      transform={`translate(${mark.x},${mark.y})`}
      role="button"
      tabIndex={0}
      aria-label={markLabel(mark, sizing, names)}
      aria-pressed={mark.placeId === null ? undefined : mark.active}
      data-place-id={mark.placeId ?? undefined}
      data-places={mark.members.map((m) => m.location.id).join(' ')}
      onClick={() => onChoose(mark)}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onHint(mark)}
      onMouseLeave={() => onHint(null)}
      onFocus={() => {
        onFocusMark(mark);
        onHint(mark);
      }}
      onBlur={() => onHint(null)}
    >
      <circle className="map-mark__hit" r={Math.max(MIN_HIT_RADIUS, mark.r + 4)} />
      {mark.highlighted && <circle className="map-mark__highlight" r={mark.r + 5} />}
      {rings ? (
        <CountRingsView rings={rings} gradientId={gradientId} />
      ) : (
        <circle className="map-mark__disc" r={mark.r} />
      )}
      {sizing === 'events' && mark.r >= 10 && (
        <text
          className="map-mark__count"
          dominantBaseline="central"
          textAnchor="middle"
          aria-hidden="true"
        >
          {formatNumber(mark.count)}
        </text>
      )}
      <circle className="map-mark__focus" r={Math.max(mark.r, 6) + 4} />
    </g>
  );
}
