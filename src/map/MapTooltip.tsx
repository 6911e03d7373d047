import { claimantText, type FigureNames } from '../model/casualties';
import { formatNumber } from '../i18n/i18n';
import type { MapSizing } from '../state/viewState';
import type { MapMark } from './marks/mapMarks';
import {
  mappedFigureText,
  noMappedFigureText,
  eventCountText,
  figureText,
  markTitle,
  shortName,
} from './marks/markText';

/** Props: the mark pointed at or focused, and the map's size (to keep the tooltip inside). */
export interface MapTooltipProps {
  /** The mark pointed at or focused. */
  mark: MapMark;
  /** Whether to say the events or the largest figure of people killed there. */
  sizing: MapSizing;
  /** The dataset's actors and sources, to say who claims the figure. */
  names: FigureNames;
  /** The map's size in pixels, to keep the tooltip inside it. */
  size: { width: number; height: number };
}

const HALF_WIDTH = 120;

/** The name, local name and count of the mark under the pointer or focus (and its places). */
export function MapTooltip({ mark, sizing, names, size }: MapTooltipProps) {
  // Below the mark in the upper half of the map, above it in the lower half.
  const below = mark.y < size.height / 2;
  const left = Math.min(
    Math.max(mark.x, HALF_WIDTH + 4),
    Math.max(HALF_WIDTH + 4, size.width - HALF_WIDTH - 4),
  );
  const top = below ? mark.y + mark.r + 8 : mark.y - mark.r - 8;
  return (
    <div
      className={below ? 'map__tooltip map__tooltip--below' : 'map__tooltip'}
      role="tooltip"
      style={{ left, top }}
    >
      <strong>{markTitle(mark)}</strong>
      <span>
        {eventCountText(mark.count)}
        {sizing === 'casualties' && ` · ${mark.figure ? mappedFigureText() : noMappedFigureText()}`}
      </span>
      {sizing === 'casualties' && mark.figure && (
        <span className="map__tooltip-figure">
          {mark.figure.casualty.count.text} — {claimantText(mark.figure.casualty, names)}
          <span className="map__tooltip-reading">{figureText(mark.figure)}</span>
        </span>
      )}
      {mark.members.length > 1 && (
        <ul className="map__tooltip-places">
          {mark.members.map((member) => (
            <li key={member.location.id}>
              <span className="map__tooltip-count">{formatNumber(member.orders.length)}</span>
              {shortName(member.location)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
