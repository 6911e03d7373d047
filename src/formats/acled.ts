/**
 * ACLED exports: the 31 columns of March 2023 on, and the older set (with `event_id_no_cnty`,
 * `data_id`, `iso3`, without `disorder_type`, `civilian_targeting`, `tags`); dates day first
 * ("05-01-2022", the codebook's form) or ISO ("2022-01-05", the API's), or "5 January 2022".
 *
 * Honest to what ACLED says and no more: `time_precision` 2 (the source gives the week) and 3
 * (the month) become times known only within bounds, with ACLED's coded day as the estimate;
 * `geo_precision` 2 and 3 say the point is near the place or stands for its region; `actor1` and
 * `actor2` are actors without roles ("Actor 1 and Actor 2 do not imply directionality");
 * `fatalities` is one casualty figure claimed by ACLED, an estimate, with the `source` text as
 * its sources; `notes` is the summary.
 */
import type { Category } from '../model/vocabulary';
import type { CsvFormat, CsvRow } from './csvFormat';
import { fitText, type DatasetBuilder, type EventInput } from './datasetBuilder';
import { addDays, parseDayDate } from './importTime';
import type { CsvFieldSpec } from './importTypes';
import { t, type MessageKey } from '../i18n/i18n';

const NOT_READ = 'importer.field.notRead';

const field = (key: string, becomes: MessageKey, headers: string[] = [key]): CsvFieldSpec => ({
  key,
  headers,
  becomes,
  ...(becomes === NOT_READ ? { ignored: true } : {}),
});

const FIELDS: readonly CsvFieldSpec[] = [
  field('event_id_cnty', 'importer.acledField.eventId'),
  field('event_date', 'importer.acledField.eventDate'),
  field('year', NOT_READ),
  field('time_precision', 'importer.acledField.timePrecision'),
  field('disorder_type', NOT_READ),
  field('event_type', 'importer.acledField.eventType'),
  field('sub_event_type', 'importer.acledField.subEventType'),
  field('actor1', 'importer.acledField.actor1'),
  field('assoc_actor_1', 'importer.acledField.assocActor1'),
  field('inter1', 'importer.acledField.inter1'),
  field('actor2', 'importer.acledField.actor2'),
  field('assoc_actor_2', 'importer.acledField.assocActor2'),
  field('inter2', 'importer.acledField.inter2'),
  field('interaction', NOT_READ),
  field('civilian_targeting', NOT_READ),
  field('iso', NOT_READ),
  field('region', NOT_READ),
  field('country', 'importer.acledField.country'),
  field('admin1', 'importer.acledField.admin1'),
  field('admin2', NOT_READ),
  field('admin3', NOT_READ),
  field('location', 'importer.acledField.location'),
  field('latitude', 'importer.acledField.latitude'),
  field('longitude', 'importer.acledField.longitude'),
  field('geo_precision', 'importer.acledField.geoPrecision'),
  field('source', 'importer.acledField.source'),
  field('source_scale', NOT_READ),
  field('notes', 'importer.acledField.notes'),
  field('fatalities', 'importer.acledField.fatalities'),
  field('tags', NOT_READ),
  field('timestamp', 'importer.acledField.timestamp'),
];

/** ACLED's event types as Chronicle's categories. */
const EVENT_TYPE_CATEGORIES: Record<string, Category[]> = {
  protests: ['protest'],
  riots: ['protest', 'violence'],
  battles: ['violence'],
  'violence against civilians': ['violence'],
  'explosions/remote violence': ['violence'],
  'strategic developments': ['politics'],
};

/** ACLED's sub-event types with a better category than their event type's. */
const SUB_EVENT_CATEGORIES: Record<string, Category[]> = {
  arrests: ['security-operation'],
  'excessive force against protesters': ['protest', 'violence', 'security-operation'],
  'protest with intervention': ['protest', 'security-operation'],
  agreement: ['politics'],
};

type ActorKind =
  'government' | 'security-forces' | 'military' | 'protesters' | 'organization' | 'other';

/** ACLED's actor types (inter1, inter2), as text or as the numeric codes 1–8. */
const ACTOR_TYPES: readonly [RegExp, ActorKind, string][] = [
  [/^(1|state forces)$/i, 'security-forces', 'State forces'],
  [/^(2|rebel groups?)$/i, 'other', 'Rebel group'],
  [/^(3|political militias?)$/i, 'other', 'Political militia'],
  [/^(4|identity militias?)$/i, 'other', 'Identity militia'],
  [/^(5|rioters)$/i, 'protesters', 'Rioters'],
  [/^(6|protesters)$/i, 'protesters', 'Protesters'],
  [/^(7|civilians)$/i, 'other', 'Civilians'],
  [/^(8|external\/other forces)$/i, 'other', 'External or other forces'],
];

function actorType(text: string): { kind: ActorKind; words: string | null } {
  const found = ACTOR_TYPES.find(([pattern]) => pattern.test(text.trim()));
  return found ? { kind: found[1], words: found[2] } : { kind: 'other', words: null };
}

/** A timestamp in seconds since 1970 as an ISO date-time in UTC, or null. */
function unixTime(text: string): string | null {
  if (!/^\d{9,11}$/.test(text)) return null;
  return new Date(Number(text) * 1000).toISOString().replace(/:\d{2}\.\d{3}Z$/, 'Z');
}

/** The event's time from its coded day and ACLED's time precision. */
function acledTime(row: CsvRow, day: string): EventInput['time'] | null {
  const precision = row.get('time_precision');
  switch (precision) {
    case '':
    case '1':
      return { at: day };
    case '2':
      return {
        notBefore: addDays(day, -3),
        notAfter: addDays(day, 3),
        estimate: day,
        basis: `ACLED time_precision 2: the source gives the week or weekend, not the day; ACLED coded ${day}, and the week around it is taken as the bounds`,
      };
    case '3':
      return {
        notBefore: day.slice(0, 7),
        notAfter: day.slice(0, 7),
        estimate: day,
        basis: `ACLED time_precision 3: the source gives the month, not the day; ACLED coded ${day}`,
      };
    default:
      row.skip('time_precision', t('importer.acled.timePrecision', { value: precision }));
      return null;
  }
}

function coordinates(row: CsvRow): [number, number] | null {
  const lat = Number(row.get('latitude'));
  const lon = Number(row.get('longitude'));
  if (row.get('latitude') === '' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    row.skip('latitude', t('importer.acled.latitude', { value: row.get('latitude') }));
    return null;
  }
  if (row.get('longitude') === '' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    row.skip('longitude', t('importer.acled.longitude', { value: row.get('longitude') }));
    return null;
  }
  return [lon, lat];
}

/** The place of the event, as precise as ACLED's geo_precision says it is. */
function place(row: CsvRow, builder: DatasetBuilder, at: [number, number]): string | null {
  const precision = row.get('geo_precision');
  const location = row.get('location');
  const region = row.get('admin1');
  const country = row.get('country');
  if (!['', '1', '2', '3'].includes(precision)) {
    row.skip('geo_precision', t('importer.acled.geoPrecision', { value: precision }));
    return null;
  }
  if (location === '' && region === '') {
    row.skip('location', t('importer.acled.noLocation'));
    return null;
  }
  const where = [location || region, country].filter((part) => part !== '').join(', ');
  const [name, kind] =
    precision === '3' && region !== ''
      ? [
          `${[region, country].filter((p) => p !== '').join(', ')} (somewhere in the region)`,
          'region' as const,
        ]
      : precision === '2'
        ? [`Near ${where}`, 'other' as const]
        : [where, 'city' as const];
  return builder.location(`${name}|${at.join(',')}`, name, () => ({
    name: fitText(name, 'name'),
    kind,
    coordinates: at,
  }));
}

function actorsOf(row: CsvRow, builder: DatasetBuilder): NonNullable<EventInput['actors']> {
  const actors: NonNullable<EventInput['actors']> = [];
  const seen = new Set<string>();
  const add = (name: string, typeField: string | null, role?: string) => {
    const type =
      typeField === null ? { kind: 'other' as const, words: null } : actorType(row.get(typeField));
    const id = builder.actor(name, () => ({
      name: fitText(name, 'name'),
      kind: type.kind,
      ...(type.words === null ? {} : { description: `ACLED actor type: ${type.words}.` }),
    }));
    if (seen.has(id)) return;
    seen.add(id);
    actors.push(role === undefined ? id : { actor: id, role });
  };
  for (const [main, associated, type] of [
    ['actor1', 'assoc_actor_1', 'inter1'],
    ['actor2', 'assoc_actor_2', 'inter2'],
  ] as const) {
    const name = row.get(main);
    if (name !== '') add(name, type);
    for (const other of row
      .get(associated)
      .split(';')
      .map((n) => n.trim())) {
      if (other !== '') add(other, null, name === '' ? 'associated' : `associated with ${name}`);
    }
  }
  return actors;
}

function fatalities(
  row: CsvRow,
  day: string,
  sources: string[],
  acled: string,
): EventInput['casualties'] {
  const text = row.get('fatalities');
  if (text === '') return [];
  if (!/^\d+$/.test(text)) {
    row.note('fatalities', t('importer.acled.fatalitiesNotWhole', { value: text }));
    return [];
  }
  const count = Number(text);
  if (count === 0) return [];
  if (sources.length === 0) {
    row.note('fatalities', t('importer.acled.fatalitiesNoSource'));
    return [];
  }
  return [
    {
      kind: 'killed',
      count: {
        min: count,
        max: count,
        approximate: true,
        text: `${count} reported fatalities (ACLED’s estimate)`,
      },
      asOf: unixTime(row.get('timestamp')) ?? day,
      claimedBy: acled,
      sources,
    },
  ];
}

function readRow(row: CsvRow, builder: DatasetBuilder): void {
  const id = row.get('event_id_cnty');
  if (id === '') {
    row.skip('event_id_cnty', t('importer.acled.noEventId'));
    return;
  }
  const date = parseDayDate(row.get('event_date'));
  if (!date.ok) {
    row.skip('event_date', date.reason);
    return;
  }
  const time = acledTime(row, date.value);
  const at = coordinates(row);
  if (time === null || at === null) return;
  const location = place(row, builder, at);
  if (location === null) return;
  const sources = row
    .get('source')
    .split(';')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => builder.source(name, () => ({ name: fitText(name, 'name'), kind: 'other' })));
  const acled = builder.actor('ACLED', () => ({
    name: 'ACLED',
    kind: 'organization',
    description: 'The Armed Conflict Location & Event Data Project, which coded these events.',
  }));
  const type = row.get('event_type').toLowerCase();
  const sub = row.get('sub_event_type');
  const categories = SUB_EVENT_CATEGORIES[sub.toLowerCase()] ?? EVENT_TYPE_CATEGORIES[type] ?? [];
  const where = row.get('location') || row.get('admin1');
  const what = sub || row.get('event_type') || 'Event';
  const notes = row.get('notes');
  builder.addEvent(
    row.number,
    { from: id },
    {
      title: fitText(`${what} in ${where}`, 'title'),
      ...(notes === '' ? {} : { summary: fitText(notes, 'summary', (r) => row.note('notes', r)) }),
      time,
      actors: actorsOf(row, builder),
      locations: [location],
      categories,
      casualties: fatalities(row, date.value, sources, acled),
      citations: sources.map((source) => ({ source })),
    },
    (f) =>
      f === 'time'
        ? row.column('event_date')
        : f === 'summary'
          ? row.column('notes')
          : f === 'casualties'
            ? row.column('fatalities')
            : null,
  );
}

/** ACLED's export format. */
export const acledExport: CsvFormat = {
  id: 'acled',
  fields: FIELDS,
  recognises: (mapping) => mapping.event_id_cnty != null && mapping.event_date != null,
  readRow,
};
