/**
 * What every export starts from: the view the reader has (the events that pass the filters and lie
 * in the timeline's window), the dataset of just those events with the actors, places and sources
 * they use, the view in words, and a file name that says what the file is.
 */
import { formatDayRange } from '../model/formatTime';
import type { Dataset } from '../model/schema';
import type { DataProvenance } from '../state/dataProvenance';
import { provenanceLine } from '../state/dataProvenance';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import type { TimeWindow, ViewState } from '../state/viewState';
import { slugify } from './datasetBuilder';
import { categoryLabel } from '../i18n/vocabularyWords';
import { intlLocale, t } from '../i18n/i18n';

/** The view an export is made of. */
export interface ExportView {
  index: DatasetIndex;
  /** The events that pass the filters, in the story's order. */
  events: readonly IndexedEvent[];
  state: ViewState;
  window: TimeWindow;
  provenance: DataProvenance;
  /** The page's address (which holds the whole view), for links and citations. */
  pageUrl: string;
  /** When the export is made. */
  now: Date;
}

/** The events of the view: those that pass the filters and are drawn in the window. */
export function eventsInView(view: ExportView): IndexedEvent[] {
  const { start, end } = view.window;
  return view.events.filter((entry) => entry.start < end && entry.end > start);
}

/**
 * A valid dataset of `events` alone: the actors, places and sources they use (and those these
 * lean on: groups an actor is a member of, places a place lies within, the publication's source),
 * `after` kept only between events that are in it.
 */
export function datasetOfEvents(dataset: Dataset, events: readonly IndexedEvent[]): Dataset {
  const kept = new Set(events.map((entry) => entry.event.id));
  const actors = new Set<string>();
  const places = new Set<string>();
  const sources = new Set<string>();
  if (dataset.published) sources.add(dataset.published.source);
  const byId = {
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    locations: new Map(dataset.locations.map((l) => [l.id, l])),
  };
  const addActor = (id: string) => {
    const stack = [id];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (actors.has(next)) continue;
      actors.add(next);
      stack.push(...(byId.actors.get(next)?.memberOf ?? []));
    }
  };
  const addPlace = (id: string) => {
    for (let next: string | undefined = id; next !== undefined && !places.has(next);) {
      places.add(next);
      next = byId.locations.get(next)?.within;
    }
  };
  const ordered = dataset.events.filter((event) => kept.has(event.id));
  for (const event of ordered) {
    event.actors.forEach((a) => addActor(a.actor));
    event.locations.forEach(addPlace);
    for (const casualty of event.casualties) {
      if (casualty.group !== 'unspecified') addActor(casualty.group);
      if (casualty.claimedBy !== null) addActor(casualty.claimedBy);
      casualty.sources.forEach((s) => sources.add(s));
    }
    for (const citation of event.citations) {
      sources.add(citation.source);
      for (const step of citation.via ?? [])
        (typeof step === 'string' ? [step] : step).forEach((s) => sources.add(s));
    }
  }
  return {
    ...dataset,
    actors: dataset.actors.filter((a) => actors.has(a.id)),
    locations: dataset.locations.filter((l) => places.has(l.id)),
    sources: dataset.sources.filter((s) => sources.has(s.id)),
    events: ordered.map((event) => {
      if (event.after === undefined) return event;
      const after = event.after.filter((id) => kept.has(id));
      const rest = { ...event };
      delete rest.after;
      return after.length === 0 ? rest : { ...rest, after };
    }),
  };
}

/** Names joined as alternatives in the reader's language: "Almaty or Aktobe", "Almaty eller Aktobe". */
function alternatives(names: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(), { type: 'disjunction' }).format(names);
}

/** The filters of the view, one phrase each: "actor: Protesters", "5–6 January 2022". */
function filterPhrases(view: Pick<ExportView, 'index' | 'state'>): string[] {
  const { index, state } = view;
  const parts: string[] = [];
  const names = (ids: readonly string[], lookup: (id: string) => string | undefined) =>
    alternatives(ids.map((id) => lookup(id) ?? id));
  if (state.actors.length > 0) {
    parts.push(
      t('export.filter.actors', {
        count: state.actors.length,
        names: names(state.actors, (id) => index.actorsById.get(id)?.name),
      }),
    );
  }
  if (state.locations.length > 0) {
    parts.push(
      t('export.filter.places', {
        count: state.locations.length,
        names: names(state.locations, (id) => index.locationsById.get(id)?.name),
      }),
    );
  }
  if (state.categories.length > 0) {
    parts.push(
      t('export.filter.categories', {
        count: state.categories.length,
        names: alternatives(state.categories.map((c) => categoryLabel(c))),
      }),
    );
  }
  if (state.query.trim() !== '') parts.push(t('export.filter.text', { query: state.query.trim() }));
  if (state.from !== null || state.to !== null) {
    const zone = index.dataset.timeZone;
    const from = state.from ?? null;
    const to = state.to ?? null;
    if (from !== null && to !== null) {
      parts.push(formatDayRange(Date.parse(`${from}T00:00Z`), Date.parse(`${to}T00:00Z`), 'UTC'));
    } else if (from !== null) parts.push(t('export.filter.from', { day: from }));
    else if (to !== null) parts.push(t('export.filter.until', { day: to }));
    if (zone !== 'UTC') parts[parts.length - 1] += ` (${zone})`;
  }
  return parts;
}

/** Whether the view filters nothing (its words are then "all events"). */
export function filtersNothing(view: Pick<ExportView, 'index' | 'state'>): boolean {
  return filterPhrases(view).length === 0;
}

/** The filters of the view in words: "actor: Protesters; place: Almaty; 5–6 January 2022". */
export function filterInWords(view: Pick<ExportView, 'index' | 'state'>): string {
  const parts = filterPhrases(view);
  return parts.length === 0 ? t('export.filter.all') : parts.join('; ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as YYYY-MM-DD on the reader's calendar. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The part of a file name that says what the view filters: "actor-protesters_location-almaty". */
function filterSlug(state: ViewState): string {
  const parts: string[] = [];
  if (state.actors.length > 0) parts.push(`actor-${state.actors.join('+')}`);
  if (state.locations.length > 0) parts.push(`location-${state.locations.join('+')}`);
  if (state.categories.length > 0) parts.push(`category-${state.categories.join('+')}`);
  if (state.query.trim() !== '') parts.push(`q-${slugify(state.query, 'text')}`);
  if (state.from !== null) parts.push(`from-${state.from}`);
  if (state.to !== null) parts.push(`to-${state.to}`);
  return parts.join('_');
}

/** A file name that says what it holds: "kazakhstan-2022-01_actor-protesters_2026-12-01.csv". */
export function exportFileName(
  view: Pick<ExportView, 'index' | 'state' | 'now'>,
  extension: string,
): string {
  const filters = filterSlug(view.state);
  const name = [view.index.dataset.id, filters, localDay(view.now)]
    .filter((p) => p !== '')
    .join('_');
  // Long filters are cut so the name stays within what file systems take.
  return `${name.length > 200 ? `${name.slice(0, 180)}…_${localDay(view.now)}` : name}.${extension}`;
}

/** Where the data of a view came from, in words, or null for the bundled story. */
export function dataFrom(provenance: DataProvenance): string | null {
  const line = provenanceLine(provenance);
  if (line === null) return null;
  return provenance.kind === 'address' ? `${line} (${provenance.url})` : line;
}

/** The words around a picture of the view: the story's title, the filter, the source credit. */
export function pictureWords(view: ExportView): { title: string; filter: string; credit: string } {
  const { dataset } = view.index;
  const published = dataset.published;
  const source = published ? view.index.sourcesById.get(published.source)?.name : undefined;
  const credit = [
    source === undefined
      ? null
      : published
        ? t('export.picture.sourceOn', { source, day: published.date })
        : t('export.picture.source', { source }),
    dataFrom(view.provenance)?.concat('.') ?? null,
    t('export.picture.madeWith', { day: localDay(view.now) }),
  ].filter((part) => part !== null);
  const count = eventsInView(view).length;
  return {
    title: dataset.title,
    filter: t('export.picture.filter', { filter: filterInWords(view), count }),
    credit: credit.join(' '),
  };
}
