/**
 * The exports that are text: Chronicle JSON (a valid dataset of the view), Chronicle's CSV (the
 * documented columns, casualty figures and sources flattened readably) and GeoJSON (RFC 7946).
 * Each is a pure function of the view.
 */
import Papa from 'papaparse';
import { formatEventTime, timeCertaintyInWords } from '../model/formatTime';
import type { ChronicleEvent, Dataset, TimePoint } from '../model/schema';
import { isDuration } from '../model/time';
import { activeLanguage, t } from '../i18n/i18n';
import { LANGUAGE_TAGS } from '../i18n/languages';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import { datasetAsLoaded, sameLanguage } from '../state/localize';
import { CHRONICLE_CSV_COLUMNS, casualtyCell, type ChronicleCsvColumn } from './chronicleCsv';
import {
  dataFrom,
  datasetOfEvents,
  eventsInView,
  filterInWords,
  localDay,
  type ExportView,
} from './exportView';

/** `summary` with `note` after it, within the summary's limit. */
function summaryWith(summary: string | undefined, note: string): string {
  return [summary, note]
    .filter((part) => part !== undefined)
    .join('\n\n')
    .slice(0, 5_000);
}

/**
 * The dataset with the export's note (written in the page's language) in the summary that a
 * reader of that language reads: the dataset's own when the page is in the dataset's language,
 * else the page language's translation of it where the dataset has one; a dataset with no such
 * translation has only its own summary, so the note goes there.
 */
function withOrigin(dataset: Dataset, note: string): Dataset {
  const page = LANGUAGE_TAGS[activeLanguage()];
  const translated = sameLanguage(page, dataset.language)
    ? undefined
    : Object.entries(dataset.translations ?? {}).find(
        ([tag, fields]) => sameLanguage(tag, page) && fields?.summary !== undefined,
      );
  if (translated === undefined) {
    return { ...dataset, summary: summaryWith(dataset.summary, note) };
  }
  const [tag, fields] = translated;
  return {
    ...dataset,
    translations: {
      ...dataset.translations,
      [tag]: { ...fields, summary: summaryWith(fields?.summary, note) },
    },
  };
}

/** The view as a Chronicle dataset (valid, with what its events use), its origin in the summary. */
export function viewAsJson(view: ExportView): string {
  const dataset = datasetOfEvents(datasetAsLoaded(view.index.dataset), eventsInView(view));
  const origin = [
    t('export.origin', {
      day: localDay(view.now),
      filter: filterInWords(view),
      count: dataset.events.length,
      url: view.pageUrl,
    }),
    dataFrom(view.provenance),
  ].filter((line) => line !== null);
  return `${JSON.stringify(withOrigin(dataset, origin.join(' ')), null, 2)}\n`;
}

/**
 * A time as the CSV's `time` column reads it: one ISO 8601 / EDTF string where EDTF can say it
 * ("2022-01-05~", "[2022-01-02..2022-01-06]", "2022-01-05/2022-01-07"), else the time object as
 * JSON (EDTF has no qualifiers for clock times, and no estimate within bounds). `basis` is left
 * out: it has a column of its own.
 */
export function timeText(time: ChronicleEvent['time']): string {
  const point = (p: TimePoint): string | null => {
    const mark = p.approximate && p.uncertain ? '%' : p.approximate ? '~' : p.uncertain ? '?' : '';
    if (p.precision !== undefined || p.estimate !== undefined) return null;
    if (p.at !== undefined) return mark !== '' && p.at.includes('T') ? null : `${p.at}${mark}`;
    return mark === '' ? `[${p.notBefore ?? ''}..${p.notAfter ?? ''}]` : null;
  };
  const parts = isDuration(time) ? [point(time.start), point(time.end)] : [point(time)];
  if (parts.every((part) => part !== null)) return parts.join('/');
  const written = { ...time };
  delete written.basis;
  return JSON.stringify(written);
}

function eventRow(
  index: DatasetIndex,
  event: ChronicleEvent,
  dataFromText: string | null,
): Record<string, string> {
  const actorName = (id: string) => index.actorsById.get(id)?.name ?? id;
  const sourceName = (id: string) => index.sourcesById.get(id)?.name ?? id;
  const place = event.locations[0];
  const shownAt = place === undefined ? undefined : index.locationsById.get(index.shownAt(place));
  const cells: Record<ChronicleCsvColumn, string> = {
    id: event.id,
    title: event.title,
    time: timeText(event.time),
    time_basis: event.time.basis ?? '',
    summary: event.summary ?? '',
    categories: event.categories.join('; '),
    actors: event.actors
      .map((a) => (a.role ? `${actorName(a.actor)} (${a.role})` : actorName(a.actor)))
      .join('; '),
    // One place per row, as the import reads it: the first, at the point the map shows it.
    location: place === undefined ? '' : (index.locationsById.get(place)?.name ?? place),
    latitude: shownAt?.coordinates ? String(shownAt.coordinates[1]) : '',
    longitude: shownAt?.coordinates ? String(shownAt.coordinates[0]) : '',
    sources: event.citations.map((c) => sourceName(c.source)).join('; '),
    source_urls: event.citations
      .map((c) => c.url ?? index.sourcesById.get(c.source)?.url ?? '')
      .join('; '),
    casualties: event.casualties
      .map((c) =>
        casualtyCell({
          kind: c.kind,
          min: c.count.min,
          max: c.count.max,
          asOf: c.asOf,
          claimedBy: c.claimedBy === null ? null : actorName(c.claimedBy),
          sources: c.sources.map(sourceName),
        }),
      )
      .join('; '),
  };
  return dataFromText === null ? cells : { ...cells, data_from: dataFromText };
}

/** The view as Chronicle's CSV: one row per event, the documented columns (and where the data is from). */
export function viewAsCsv(view: ExportView): string {
  const from = dataFrom(view.provenance);
  const columns: string[] = CHRONICLE_CSV_COLUMNS.map(([key]) => key);
  if (from !== null) columns.push('data_from');
  const rows = eventsInView(view).map(({ event }) => eventRow(view.index, event, from));
  return `${Papa.unparse({ fields: columns, data: rows.map((row) => columns.map((c) => row[c] ?? '')) }, { newline: '\r\n' })}\r\n`;
}

/** An instant as RFC 3339 in UTC: "2022-01-05T08:30:00Z". */
const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function feature(view: ExportView, entry: IndexedEvent) {
  const { index } = view;
  const { event } = entry;
  const zone = index.dataset.timeZone;
  const points = [...new Set(event.locations.map((id) => index.shownAt(id)))]
    .map((id) => index.locationsById.get(id)?.coordinates)
    .filter((c) => c !== undefined);
  const [first] = points;
  const geometry =
    first === undefined
      ? null
      : points.length === 1
        ? { type: 'Point' as const, coordinates: [first[0], first[1]] }
        : { type: 'MultiPoint' as const, coordinates: points.map(([lon, lat]) => [lon, lat]) };
  const instant = entry.timing.kind === 'instant' && entry.end - entry.start <= 60_000;
  const when = instant
    ? { type: 'Instant', start: rfc3339(entry.start) }
    : { type: 'Interval', start: rfc3339(entry.start), end: rfc3339(entry.end) };
  return {
    type: 'Feature' as const,
    id: event.id,
    geometry,
    properties: {
      id: event.id,
      title: event.title,
      summary: event.summary ?? null,
      time: formatEventTime(event.time, zone, 'long'),
      timeCertainty: timeCertaintyInWords(event.time, zone),
      timeWritten: timeText(event.time),
      start: rfc3339(entry.body.start),
      end: rfc3339(entry.body.end),
      earliest: rfc3339(entry.start),
      latest: rfc3339(entry.end),
      categories: event.categories,
      places: event.locations.map((id) => index.locationsById.get(id)?.name ?? id),
      actors: event.actors.map((a) => index.actorsById.get(a.actor)?.name ?? a.actor),
      casualties: event.casualties.map((c) => c.count.text),
      sources: event.citations.map((c) => index.sourcesById.get(c.source)?.name ?? c.source),
      url: new URL(`?${new URLSearchParams({ event: event.id })}`, view.pageUrl).href,
    },
    when,
  };
}

/**
 * The view as GeoJSON (RFC 7946): one feature per event, at its places' coordinates (a place known
 * only as lying within another at that one's, as the map shows it) as `[longitude, latitude]`, or
 * with a null geometry when it has no place; its time in `properties` and in a `when` member.
 */
export function viewAsGeoJson(view: ExportView): string {
  const collection = {
    type: 'FeatureCollection',
    title: view.index.dataset.title,
    view: filterInWords(view),
    exported: view.now.toISOString(),
    ...(dataFrom(view.provenance) === null ? {} : { dataFrom: dataFrom(view.provenance) }),
    features: eventsInView(view).map((entry) => feature(view, entry)),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
