/**
 * Chronicle's own CSV: one row per event, the columns documented in docs/import-export.md and
 * written the same way by the CSV export. Lists in a cell are separated by ";". A time is written
 * as in the JSON format (ISO 8601 or EDTF: "2022-01-05", "2022-01-05/2022-01-07",
 * "[..2022-01-06]"); a casualty figure as `killed 8-12 as of 2022-01-06 claimed by Ministry of
 * Health from Daily Paper, Wire Agency`.
 */
import { CASUALTY_KINDS, CATEGORIES, type CasualtyKind, type Category } from '../model/vocabulary';
import type { CsvFormat, CsvRow } from './csvFormat';
import { fitText, type DatasetBuilder, type EventInput } from './datasetBuilder';
import { httpUrl } from './htmlText';
import type { CsvFieldSpec } from './importTypes';
import { t, type MessageKey } from '../i18n/i18n';

/** The columns, in order, with the catalog key of what each holds. */
export const CHRONICLE_CSV_COLUMNS = [
  ['id', 'importer.chronicleField.id'],
  ['title', 'importer.chronicleField.title'],
  ['time', 'importer.chronicleField.time'],
  ['time_basis', 'importer.chronicleField.timeBasis'],
  ['summary', 'importer.chronicleField.summary'],
  ['categories', 'importer.chronicleField.categories'],
  ['actors', 'importer.chronicleField.actors'],
  ['location', 'importer.chronicleField.location'],
  ['latitude', 'importer.chronicleField.latitude'],
  ['longitude', 'importer.chronicleField.longitude'],
  ['sources', 'importer.chronicleField.sources'],
  ['source_urls', 'importer.chronicleField.sourceUrls'],
  ['casualties', 'importer.chronicleField.casualties'],
] as const satisfies readonly (readonly [string, MessageKey])[];

/** A column of Chronicle's CSV. */
export type ChronicleCsvColumn = (typeof CHRONICLE_CSV_COLUMNS)[number][0];

const FIELDS: readonly CsvFieldSpec[] = CHRONICLE_CSV_COLUMNS.map(([key, becomes]) => ({
  key,
  headers: [key],
  becomes,
}));

/** A cell's list: its items between ";", trimmed, without empty ones. */
export const listCell = (text: string) =>
  text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');

const CASUALTY = new RegExp(
  `^(${CASUALTY_KINDS.join('|')})\\s+(\\d+)(?:\\s*[-–]\\s*(\\d+)|(\\+))?(?:\\s+as of\\s+(\\S+))?(?:\\s+claimed by\\s+(.+?))?(?:\\s+from\\s+(.+))?$`,
  'i',
);

/** One casualty figure in the CSV's words, for the export: the inverse of what the import reads. */
export function casualtyCell(parts: {
  kind: CasualtyKind;
  min: number;
  max: number | null;
  asOf: string;
  claimedBy: string | null;
  sources: readonly string[];
}): string {
  const range =
    parts.max === null
      ? `${parts.min}+`
      : parts.max === parts.min
        ? `${parts.min}`
        : `${parts.min}-${parts.max}`;
  const claimant = parts.claimedBy === null ? '' : ` claimed by ${parts.claimedBy}`;
  const from = parts.sources.length === 0 ? '' : ` from ${parts.sources.join(', ')}`;
  return `${parts.kind} ${range} as of ${parts.asOf}${claimant}${from}`;
}

function casualties(
  row: CsvRow,
  builder: DatasetBuilder,
  rowSources: string[],
): NonNullable<EventInput['casualties']> {
  const figures: NonNullable<EventInput['casualties']> = [];
  for (const item of listCell(row.get('casualties'))) {
    const match = CASUALTY.exec(item);
    if (!match) {
      row.note('casualties', t('importer.chronicle.notFigure', { item }));
      continue;
    }
    const [, kind, min, max, open, asOf, claimant, from] = match;
    if (asOf === undefined) {
      row.note('casualties', t('importer.chronicle.noAsOf', { item }));
      continue;
    }
    const sources =
      from === undefined
        ? rowSources
        : from
            .split(',')
            .map((name) =>
              builder.source(name.trim(), () => ({ name: name.trim(), kind: 'other' })),
            );
    if (sources.length === 0) {
      row.note('casualties', t('importer.chronicle.noSource', { item }));
      continue;
    }
    const low = Number(min);
    figures.push({
      kind: CASUALTY_KINDS.find((k) => k === kind?.toLowerCase()) ?? 'killed',
      count: {
        min: low,
        max: open === '+' ? null : max === undefined ? low : Number(max),
        text: item,
      },
      asOf,
      ...(claimant === undefined
        ? {}
        : {
            claimedBy: builder.actor(claimant, () => ({
              name: fitText(claimant, 'name'),
              kind: 'other',
            })),
          }),
      sources,
    });
  }
  return figures;
}

/**
 * The `time` cell as the format's time input: an ISO 8601 / EDTF string, or (as the export writes
 * what EDTF cannot say) a JSON time object; `time_basis` beside it. The event schema checks it.
 */
function readTime(cell: string, basis: string): unknown {
  if (cell.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(cell);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        return { ...parsed, ...(basis === '' ? {} : { basis }) };
      }
    } catch {
      // Not JSON after all: the schema reports it as a time it cannot read.
    }
  }
  return basis === '' ? cell : { edtf: cell, basis };
}

function readRow(row: CsvRow, builder: DatasetBuilder): void {
  const title = row.get('title');
  if (title === '') {
    row.skip('title', t('importer.chronicle.noTitle'));
    return;
  }
  const time = row.get('time');
  if (time === '') {
    row.skip('time', t('importer.chronicle.noTime'));
    return;
  }
  const categories: Category[] = [];
  for (const name of listCell(row.get('categories'))) {
    const category = CATEGORIES.find((c) => c === name.toLowerCase());
    if (category === undefined)
      row.note('categories', t('importer.chronicle.notCategory', { name }));
    else if (!categories.includes(category)) categories.push(category);
  }
  const actors = listCell(row.get('actors')).map((entry) => {
    const [, name = entry, role] = /^(.*?)\s*(?:\((.*)\))?$/.exec(entry) ?? [];
    const id = builder.actor(name, () => ({ name: fitText(name, 'name'), kind: 'other' }));
    return role === undefined || role === '' ? id : { actor: id, role };
  });
  const locations: string[] = [];
  const place = row.get('location');
  if (place !== '') {
    const lat = Number(row.get('latitude'));
    const lon = Number(row.get('longitude'));
    const given = row.get('latitude') !== '' && row.get('longitude') !== '';
    if (!given || !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
      row.note('location', t('importer.chronicle.placeLeftOut', { place }));
    } else {
      locations.push(
        builder.location(`${place}|${lon},${lat}`, place, () => ({
          name: fitText(place, 'name'),
          kind: 'other',
          coordinates: [lon, lat],
        })),
      );
    }
  }
  const urls = listCell(row.get('source_urls'));
  const citations: NonNullable<EventInput['citations']> = [];
  const sources = listCell(row.get('sources')).map((name, i) => {
    const written = urls[i];
    const url = httpUrl(written);
    if (written !== undefined && url === null) {
      row.note('source_urls', t('importer.chronicle.notHttp', { url: written }));
    }
    const id = builder.source(name, () => ({ name: fitText(name, 'name'), kind: 'other' }));
    citations.push(url === null ? { source: id } : { source: id, url });
    return id;
  });
  const id = row.get('id');
  const basis = row.get('time_basis');
  const summary = row.get('summary');
  builder.addEvent(
    row.number,
    id === '' ? { from: title } : { id },
    {
      title,
      ...(summary === '' ? {} : { summary }),
      time: readTime(time, basis),
      actors,
      locations,
      categories,
      casualties: casualties(row, builder, sources),
      citations,
    },
    (f) => (CHRONICLE_CSV_COLUMNS.some(([key]) => key === f) ? row.column(f) : null),
  );
}

/** Chronicle's CSV format. */
export const chronicleCsv: CsvFormat = {
  id: 'chronicle-csv',
  fields: FIELDS,
  recognises: (mapping) => mapping.title != null && mapping.time != null,
  readRow,
};
