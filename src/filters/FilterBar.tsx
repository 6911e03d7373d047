import { useCallback, useMemo, useState } from 'react';
import type { DatasetIndex } from '../state/datasetIndex';
import {
  clearFilters,
  dayRangeSpan,
  filterCounts,
  filtersOf,
  isFiltering,
  timeFilterCounts,
} from '../state/filter';
import { formatDayRange } from '../model/formatTime';
import type { ViewState } from '../state/viewState';
import { fitAllWindow, storyWindow } from '../state/storyWindow';
import { asCategories, categoryOptions } from './facetOptions';
import { FacetSelect } from './FacetSelect';
import { SearchBox } from './SearchBox';
import { TimeRangeFilter } from './TimeRangeFilter';
import { categoryLabel } from '../i18n/vocabularyWords';
import { formatNumber, t } from '../i18n/i18n';
import './filters.css';

/** Props: the dataset, the current view, how many events pass, and how to change the filters. */
export interface FilterBarProps {
  /** The dataset: the options to offer and the counts behind them. */
  index: DatasetIndex;
  /** The view state, whose filters the bar shows. */
  state: ViewState;
  /** How many events pass the filters now. */
  visibleCount: number;
  /** Changes the filters (the page writes the change into the URL). */
  onChange: (patch: Partial<ViewState>) => void;
}

/** Filters by actor, location, source, category, text and time, with counts and one-click clear. */
export function FilterBar({ index, state, visibleCount, onChange }: FilterBarProps) {
  // Only the filters change the counts; the selection and the zoom do not.
  const filters = filtersOf(state);
  const counts = useMemo(() => filterCounts(index, filters), [index, filters]);
  const timeCounts = useMemo(() => timeFilterCounts(index, filters), [index, filters]);
  const overview = useMemo(() => {
    const story = storyWindow(index.events);
    return story ?? fitAllWindow(index.events) ?? { start: 0, end: 86_400_000 };
  }, [index]);
  const commitQuery = useCallback((query: string) => onChange({ query }), [onChange]);
  const total = index.events.length;
  const filtering = isFiltering(state);
  // On phones the time filter folds away behind a "Dates" button; wide screens always show it.
  const [datesOpen, setDatesOpen] = useState(false);
  const datesActive = state.from !== null || state.to !== null;
  const datesShown = datesOpen || datesActive;

  const actorOptions = index.dataset.actors.map((a) => ({
    id: a.id,
    label: a.name,
    count: counts.actors.get(a.id) ?? 0,
  }));
  const locationOptions = index.dataset.locations.map((l) => ({
    id: l.id,
    label: l.localName ? `${l.name} (${l.localName})` : l.name,
    count: counts.locations.get(l.id) ?? 0,
  }));
  // The sources the view rests on (every source of a dataset without later reporting).
  const sourceOptions = (index.reporting?.sources ?? index.dataset.sources)
    .map((source) => ({
      id: source.id,
      label: source.name,
      count: counts.sources.get(source.id) ?? 0,
    }))
    .filter((o) => o.count > 0 || state.sources.includes(o.id));
  const categoryFacet = categoryOptions(counts, state.categories);

  return (
    <section className="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="visually-hidden">
        {t('filters.heading')}
      </h2>
      <div className="filters__row">
        <SearchBox value={state.query} onCommit={commitQuery} />
        <div className="filters__facets">
          <FacetSelect
            label={t('filters.actor')}
            options={actorOptions}
            selected={state.actors}
            onChange={(actors) => onChange({ actors })}
          />
          <FacetSelect
            label={t('filters.location')}
            options={locationOptions}
            selected={state.locations}
            onChange={(locations) => onChange({ locations })}
          />
          <FacetSelect
            label={t('filters.source')}
            options={sourceOptions}
            selected={state.sources}
            onChange={(sources) => onChange({ sources })}
          />
          <FacetSelect
            label={t('filters.category')}
            options={categoryFacet}
            selected={state.categories}
            onChange={(categories) => onChange({ categories: asCategories(categories) })}
          />
          <button
            type="button"
            className={
              datesActive
                ? 'button facet__button facet__button--active filters__dates-toggle'
                : 'button facet__button filters__dates-toggle'
            }
            aria-expanded={datesShown}
            aria-controls="time-filter"
            onClick={() => setDatesOpen((open) => !open)}
          >
            {t('filters.dates')}
            <span aria-hidden="true" className="facet__caret">
              ▾
            </span>
          </button>
        </div>
      </div>
      <TimeRangeFilter
        id="time-filter"
        className={datesShown ? 'time-filter time-filter--open' : 'time-filter'}
        index={index}
        events={index.events}
        overview={overview}
        from={state.from}
        to={state.to}
        onChange={onChange}
      />
      {/* Unfiltered, the count is the header's and the timeline's to show; it is still read out. */}
      <div className={filtering ? 'filters__summary' : 'filters__summary visually-hidden'}>
        <p className="filters__count" role="status" aria-label={t('filters.shownLabel')}>
          <ShownCount visible={visibleCount} total={total} />
        </p>
        {filtering && (
          <>
            <ul className="chip-list" aria-label={t('filters.active')}>
              {state.actors.map((id) => (
                <ActiveChip
                  key={`a-${id}`}
                  label={index.actorsById.get(id)?.name ?? id}
                  onRemove={() => onChange({ actors: state.actors.filter((a) => a !== id) })}
                />
              ))}
              {state.locations.map((id) => (
                <ActiveChip
                  key={`l-${id}`}
                  label={index.locationsById.get(id)?.name ?? id}
                  onRemove={() => onChange({ locations: state.locations.filter((a) => a !== id) })}
                />
              ))}
              {state.sources.map((id) => (
                <ActiveChip
                  key={`s-${id}`}
                  label={index.sourcesById.get(id)?.name ?? id}
                  onRemove={() => onChange({ sources: state.sources.filter((a) => a !== id) })}
                />
              ))}
              {state.categories.map((id) => (
                <ActiveChip
                  key={`c-${id}`}
                  label={categoryLabel(id)}
                  onRemove={() =>
                    onChange({ categories: state.categories.filter((a) => a !== id) })
                  }
                />
              ))}
              {state.query && (
                <ActiveChip
                  label={t('filters.query', { query: state.query })}
                  onRemove={() => onChange({ query: '' })}
                />
              )}
              {(state.from || state.to) && (
                <ActiveChip
                  label={daysInWords(state.from, state.to, index.dataset.timeZone)}
                  onRemove={() => onChange({ from: null, to: null, includePossible: false })}
                />
              )}
            </ul>
            <button
              type="button"
              className="button button--quiet filters__clear"
              onClick={() => onChange(clearFilters(state))}
            >
              {t('filters.clear')}
            </button>
          </>
        )}
      </div>
      {timeCounts && (timeCounts.possible > 0 || state.includePossible) && (
        <div className="filters__possible">
          <p>
            {t('filters.possible', { certain: timeCounts.certain, possible: timeCounts.possible })}
          </p>
          <label className="filters__possible-toggle">
            <input
              type="checkbox"
              checked={state.includePossible}
              onChange={(e) => onChange({ includePossible: e.target.checked })}
            />{' '}
            {t('filters.alsoShow', { count: timeCounts.possible })}
          </label>
        </div>
      )}
    </section>
  );
}

/** The chosen days in words: "2 January 2022", "2–6 January 2022", "from 2 January 2022". */
function daysInWords(from: string | null, to: string | null, timeZone: string): string {
  const span = dayRangeSpan(from, to, timeZone);
  if (!span) return '';
  if (!Number.isFinite(span.start))
    return t('filters.until', { day: formatDayRange(span.end - 1, span.end - 1, timeZone) });
  if (!Number.isFinite(span.end))
    return t('filters.fromDay', { day: formatDayRange(span.start, span.start, timeZone) });
  return formatDayRange(span.start, span.end - 1, timeZone);
}

/** "27 of 120 events", the number shown in bold wherever the language puts it. */
function ShownCount({ visible, total }: { visible: number; total: number }) {
  const marker = '\u0000';
  const [before = '', after = ''] = t('filters.shown', { visible: marker, total }).split(marker);
  return (
    <>
      {before}
      <strong>{formatNumber(visible)}</strong>
      {after}
    </>
  );
}

function ActiveChip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <li className="chip chip--active">
      {label}
      <button
        type="button"
        className="chip__remove"
        onClick={onRemove}
        aria-label={t('filters.remove', { label })}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </li>
  );
}
