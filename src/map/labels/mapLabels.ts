/**
 * All the map's labels for the current zoom: the places' names beside their marks and the
 * countries' names on their visible pieces, placed so that none collide (see `labelPlacement.ts`).
 * The focus country's name goes first (it has few places to go), then the places, busiest first,
 * then the other countries, biggest visible piece first. In casualty mode a place's label carries
 * its largest figure of people killed as a reading ("Almaty · read as: about 24 or more killed").
 */
import { t } from '../../i18n/i18n';
import { countryLabelRequests, type ProjectedCountry } from './countryLabels';
import {
  AROUND_MARK,
  placeLabels,
  type Box,
  type LabelRequest,
  type PlacedLabel,
} from './labelPlacement';
import type { MapMark } from '../marks/mapMarks';
import { figureText, shortName } from '../marks/markText';

/** The font size of place names, in pixels (see map.css). */
export const PLACE_FONT_SIZE = 12;

/** The labels for `marks` and `countries` at `zoom` in a `size` viewport, avoiding `avoid`. */
export function mapLabels(
  marks: readonly MapMark[],
  countries: readonly ProjectedCountry[],
  zoom: { k: number; x: number; y: number },
  size: { width: number; height: number },
  avoid: readonly Box[],
): PlacedLabel[] {
  const placeRequests: LabelRequest[] = marks.map((mark) => ({
    id: mark.key,
    text: [
      mark.place ? shortName(mark.place) : t('map.label.places', { count: mark.members.length }),
      ...(mark.rings && mark.figure ? [figureText(mark.figure)] : []),
    ].join(' · '),
    x: mark.x,
    y: mark.y,
    offset: outerEdge(mark),
    fontSize: PLACE_FONT_SIZE,
    priority: 1000 + mark.count,
    positions: AROUND_MARK,
    kind: mark.count === 0 && mark.rings === null ? 'place-empty' : 'place',
  }));
  const circles = marks.map((mark) => ({
    id: mark.key,
    x: mark.x,
    y: mark.y,
    r: outerEdge(mark) + 2,
  }));
  return placeLabels(
    [...placeRequests, ...countryLabelRequests(countries, zoom, size)],
    circles,
    size,
    avoid,
  );
}

/** How far a mark reaches: its radius, and the ring around it when the selected event is there. */
function outerEdge(mark: MapMark): number {
  return mark.r + (mark.highlighted ? 6 : 0);
}
