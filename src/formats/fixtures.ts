/**
 * Small typed test data for the importers: rows by header name, written out as CSV with the
 * quoting a spreadsheet uses, and the exact headers of each format.
 */

/** The TimelineJS template's header row, in its order (Alt Text last, as added in 2024). */
export const TIMELINEJS_HEADER = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
  'Alt Text',
] as const;

/** ACLED's 31 columns since March 2023, in order. */
export const ACLED_HEADER = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/** The older ACLED set (before 20 March 2023). */
export const ACLED_OLD_HEADER = [
  'data_id',
  'iso',
  'event_id_cnty',
  'event_id_no_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'timestamp',
  'iso3',
] as const;

function quoteCell(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A CSV of `rows` under `header` (cells by header name, missing ones empty). */
export function toCsv<H extends string>(
  header: readonly H[],
  rows: readonly Partial<Record<H, string>>[],
  delimiter = ',',
): string {
  const lines = [header, ...rows.map((row) => header.map((name) => row[name] ?? ''))];
  return (
    lines.map((cells) => cells.map((c) => quoteCell(c, delimiter)).join(delimiter)).join('\r\n') +
    '\r\n'
  );
}

/** A typical ACLED row (the Almaty protest of 5 January 2022), to vary in tests. */
export const ACLED_ROW: Partial<Record<(typeof ACLED_HEADER)[number], string>> = {
  event_id_cnty: 'KAZ1234',
  event_date: '05-01-2022',
  year: '2022',
  time_precision: '1',
  disorder_type: 'Demonstrations',
  event_type: 'Riots',
  sub_event_type: 'Violent demonstration',
  actor1: 'Rioters (Kazakhstan)',
  inter1: 'Rioters',
  actor2: 'Police Forces of Kazakhstan (2019-)',
  assoc_actor_2: 'Government of Kazakhstan (2019-)',
  inter2: 'State forces',
  interaction: 'Rioters-State forces',
  civilian_targeting: '',
  iso: '398',
  region: 'Central Asia',
  country: 'Kazakhstan',
  admin1: 'Almaty',
  location: 'Almaty',
  latitude: '43.2567',
  longitude: '76.9286',
  geo_precision: '1',
  source: 'Reuters; Interfax',
  source_scale: 'International',
  notes: 'On 5 January 2022, rioters stormed the akimat in Almaty.',
  fatalities: '8',
  tags: '',
  timestamp: '1642550400',
};
