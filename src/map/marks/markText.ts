/** The words the map uses for its marks and chips: names, counts and accessible labels. */
import { CASUALTY_KIND_LABELS, describeCount, formatCount } from '../../model/casualties';
import type { Location } from '../../model/schema';
import type { CasualtyFigure } from '../../state/datasetIndex';
import type { MapSizing } from '../../state/viewState';
import type { MapMark } from './mapMarks';

/** A place's name without its parenthesised gloss: "Almaty mayor's office". */
export function shortName(location: Pick<Location, 'name'>): string {
  return location.name.replace(/\s*\([^)]*\)\s*$/, '') || location.name;
}

/** "Almaty (Алматы)", or the name alone when there is no local name or it is the same. */
export function nameWithLocal(location: Pick<Location, 'name' | 'localName'>): string {
  const name = shortName(location);
  return location.localName && location.localName !== name
    ? `${name} (${location.localName})`
    : name;
}

/** "no events in view", "1 event", "7 events". */
export function eventCountText(count: number): string {
  if (count === 0) return 'no events in view';
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'event' : 'events'}`;
}

/** "24+ killed": a figure in the compact form of the casualty strip. */
export function figureText(figure: CasualtyFigure): string {
  return `${formatCount(figure.casualty.count)} ${CASUALTY_KIND_LABELS[figure.casualty.kind]}`;
}

/** "at least 24 killed": a figure in words, for screen readers. */
export function figureWords(figure: CasualtyFigure): string {
  return `${describeCount(figure.casualty.count)} ${CASUALTY_KIND_LABELS[figure.casualty.kind]}`;
}

/** The name a mark shows and is announced by: its place, or "3 places" for a loose group. */
export function markTitle(mark: MapMark): string {
  return mark.place ? nameWithLocal(mark.place) : `${mark.members.length} places close together`;
}

/**
 * The accessible name of a mark: "Almaty (Алматы): 7 events, counting 4 places within it";
 * in casualty mode the largest figure instead of the count; and a note when the selected event is
 * there. Choosing the mark is described by its role and pressed state, or, for a loose group,
 * by "zoom in".
 */
export function markLabel(mark: MapMark, sizing: MapSizing): string {
  const what =
    sizing === 'casualties'
      ? mark.figure
        ? `largest casualty figure reported: ${figureWords(mark.figure)}`
        : 'no casualty figures in view'
      : eventCountText(mark.count);
  const others = mark.members.length - 1;
  const within =
    others === 0
      ? ''
      : mark.place
        ? `, counting ${others} ${others === 1 ? 'place' : 'places'} within it`
        : ` (${mark.members.map((m) => shortName(m.location)).join(', ')}); zoom in to tell them apart`;
  const selected = mark.highlighted ? '; a place of the selected event' : '';
  return `${markTitle(mark)}: ${what}${within}${selected}`;
}
