import type { FigureNames } from '../model/casualties';
import type { MapSizing } from '../state/viewState';
import type { PlaceTally } from './marks/placeAggregation';
import { formatNumber, t } from '../i18n/i18n';
import { eventCountText, figureText, mappedFigureWords } from './marks/markText';

/** One area: its tally and the label of its chip ("Kazakhstan, nationwide"). */
export interface AreaChip {
  tally: PlaceTally;
  label: string;
}

/** Props: the areas, what is highlighted and filtered, and what choosing one does. */
export interface AreaChipsProps {
  /** The places drawn as chips: countries and places without a point on the map. */
  areas: readonly AreaChip[];
  /** Whether the chips count events or show the largest figure of people killed. */
  sizing: MapSizing;
  /** The dataset's actors and sources, to say who claims a figure. */
  names: FigureNames;
  /** The selected event's places (their chips are outlined). */
  selected: ReadonlySet<string>;
  /** The place filter (chips in it are shown pressed). */
  filtered: ReadonlySet<string>;
  /** Adds the place to the place filter, or takes it out. */
  onTogglePlace: (id: string) => void;
}

/**
 * The events without a point: placed at a whole country ("Kazakhstan, nationwide", "Russia").
 * Listed beside the map, never dropped; each chip toggles its place in the place filter.
 */
export function AreaChips({
  areas,
  sizing,
  names,
  selected,
  filtered,
  onTogglePlace,
}: AreaChipsProps) {
  if (areas.length === 0) return null;
  return (
    <div className={`map-areas map-areas--${sizing}`}>
      <h3 className="map-areas__title">{t('map.areas.title')}</h3>
      <ul className="chip-list">
        {areas.map(({ tally, label }) => {
          const { location } = tally;
          const figure = sizing === 'casualties' ? tally.largest : null;
          const count = tally.orders.length;
          const highlighted = selected.has(location.id);
          const local = location.localName ? ` (${location.localName})` : '';
          const words =
            sizing === 'casualties' ? mappedFigureWords(figure, names) : eventCountText(count);
          return (
            <li key={location.id}>
              <button
                type="button"
                className={[
                  'chip chip--button map-area',
                  (sizing === 'casualties' ? figure === null : count === 0)
                    ? 'map-area--empty'
                    : '',
                  highlighted ? 'map-area--highlighted' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                aria-pressed={filtered.has(location.id)}
                aria-label={t('map.mark.label', {
                  title: `${label}${local}`,
                  what: words,
                  within: '',
                  selected: highlighted ? t('map.selectedPlace') : '',
                })}
                data-place-id={location.id}
                onClick={() => onTogglePlace(location.id)}
              >
                <span className="map-area__name">{label}</span>
                <span className="map-area__count" aria-hidden="true">
                  {sizing === 'casualties'
                    ? figure
                      ? figureText(figure)
                      : '–'
                    : formatNumber(count)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
