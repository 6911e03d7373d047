/** The words the map uses for its marks and chips: names, counts and accessible labels. */
import { claimantText, readingText, type FigureNames } from '../../model/casualties';
import type { Location } from '../../model/schema';
import type { CasualtyFigure } from '../../state/datasetIndex';
import type { MapSizing } from '../../state/viewState';
import type { MapMark } from './mapMarks';
import { MAP_FIGURE_KIND } from './placeAggregation';
import { casualtyKindLabel } from '../../i18n/vocabularyWords';
import { formatShortList, t } from '../../i18n/i18n';

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
  return t('map.eventCount', { count });
}

/** "read as: about 24 or more killed": a figure's numeric reading, marked as one (labels, chips). */
export function figureText(figure: CasualtyFigure): string {
  return readingText(figure.casualty.count, figure.casualty.kind);
}

/**
 * A figure in words, its source's words first: "“dozens” — Saltanat Azirbek, Almaty police;
 * read as: about 24 or more killed".
 */
export function figureWords(figure: CasualtyFigure, names: FigureNames): string {
  return t('map.figureWords', {
    text: figure.casualty.count.text,
    claimant: claimantText(figure.casualty, names),
    reading: figureText(figure),
  });
}

/** What the map sizes by in casualty mode, in words: "largest figure of people killed". */
export function mappedFigureText(): string {
  return t('map.mappedFigure', { kind: casualtyKindLabel(MAP_FIGURE_KIND) });
}

/** "no figures of people killed in view". */
export function noMappedFigureText(): string {
  return t('map.noMappedFigure', { kind: casualtyKindLabel(MAP_FIGURE_KIND) });
}

/** "largest figure of people killed: …" or "no figures of people killed in view". */
export function mappedFigureWords(figure: CasualtyFigure | null, names: FigureNames): string {
  return figure
    ? t('map.mappedFigureWords', { what: mappedFigureText(), words: figureWords(figure, names) })
    : noMappedFigureText();
}

/** The name a mark shows and is announced by: its place, or "3 places" for a loose group. */
export function markTitle(mark: MapMark): string {
  return mark.place
    ? nameWithLocal(mark.place)
    : t('map.mark.group', { count: mark.members.length });
}

/**
 * The accessible name of a mark: "Almaty (Алматы): 7 events, counting 4 places within it";
 * in casualty mode the largest figure of people killed instead of the count, in its source's
 * words; and a note when the selected event is there. Choosing the mark is described by its role
 * and pressed state, or, for a loose group, by "zoom in".
 */
export function markLabel(mark: MapMark, sizing: MapSizing, names: FigureNames): string {
  const what =
    sizing === 'casualties' ? mappedFigureWords(mark.figure, names) : eventCountText(mark.count);
  const others = mark.members.length - 1;
  const within =
    others === 0
      ? ''
      : mark.place
        ? t('map.mark.within', { count: others })
        : t('map.mark.members', {
            places: formatShortList(mark.members.map((m) => shortName(m.location))),
          });
  const selected = mark.highlighted ? t('map.selectedPlace') : '';
  return t('map.mark.label', { title: markTitle(mark), what, within, selected });
}
