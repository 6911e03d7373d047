/**
 * Test data: files (and a few direct calls) that between them make every reason, note and failure
 * the importers write, in whatever language is active; for the tests that check those words go
 * through the catalogs (importer.i18n.test.ts).
 */
import { ACLED_HEADER, ACLED_ROW, TIMELINEJS_HEADER, toCsv } from './fixtures';
import { CHRONICLE_CSV_COLUMNS } from './chronicleCsv';
import { MAX_ROW_CHARS, papaReason } from './csvRows';
import { checkImport, importCsvText } from './importDataset';
import { isoDate, type Parsed } from './importTime';
import { importTimelineJsJson } from './timelineJsJson';

/** One reason or failure, with what made it. */
export interface ImportReason {
  /** The input, in short: the format and the row or call. */
  made: string;
  /** The column (or field) it is reported at, if any. */
  column: string | null;
  reason: string;
}

type SheetRow = Partial<Record<(typeof TIMELINEJS_HEADER)[number], string>>;
type ChronicleRow = Partial<Record<(typeof CHRONICLE_CSV_COLUMNS)[number][0], string>>;

/** TimelineJS sheet rows, each bad in one way (the first title row is good). */
export const BAD_SHEET_ROWS: SheetRow[] = [
  { Type: 'title', Headline: 'Unrest' },
  { Type: 'title', Headline: 'Second title', Year: '2022' },
  { Headline: 'Time alone', Time: '14:30' },
  { Headline: 'Month alone', Month: '1' },
  { Headline: 'Bad year', Year: 'x' },
  { Headline: 'Bad month', Year: '2022', Month: 'Jan' },
  { Headline: 'Bad day', Year: '2022', Month: '1', Day: 'fifth' },
  { Headline: 'Negative year', Year: '-5' },
  { Headline: 'Far year', Year: '12000' },
  { Headline: 'Day without month', Year: '2022', Day: '5' },
  { Headline: 'Month 13', Year: '2022', Month: '13' },
  { Headline: 'February 30', Year: '2022', Month: '2', Day: '30' },
  { Headline: 'Time without day', Year: '2022', Time: '14:30' },
  { Headline: 'Noon', Year: '2022', Month: '1', Day: '5', Time: 'noon' },
  { Headline: '13 PM', Year: '2022', Month: '1', Day: '5', Time: '13 PM' },
  { Headline: '25 hours', Year: '2022', Month: '1', Day: '5', Time: '25:00' },
  { Headline: 'No date' },
  { Headline: 'Era', Type: 'era', Year: '2022' },
  { Year: '2022' },
  { Headline: 'x'.repeat(400), Year: '2022' },
];

/** Chronicle CSV rows, each bad in one way (the first is good). */
export const BAD_CHRONICLE_ROWS: ChronicleRow[] = [
  { id: 'good', title: 'Good', time: '2022-01-05' },
  { time: '2022-01-05' },
  { title: 'No time' },
  { title: 'Bad time', time: 'last Tuesday' },
  { id: 'good', title: 'Same id', time: '2022-01-05' },
  { title: 'Unknown category', time: '2022-01-05', categories: 'riot' },
  { title: 'Place without coordinates', time: '2022-01-05', location: 'Nowhere' },
  {
    title: 'Script link',
    time: '2022-01-05',
    sources: 'Paper',
    source_urls: 'javascript:alert(1)',
  },
  { title: 'Figure in words', time: '2022-01-05', sources: 'Paper', casualties: 'many dead' },
  { title: 'Figure without date', time: '2022-01-05', sources: 'Paper', casualties: 'killed 5' },
  { title: 'Figure without source', time: '2022-01-05', casualties: 'killed 5 as of 2022-01-06' },
];

/** ACLED rows, each bad in one way (the first is good). */
export const BAD_ACLED_ROWS: Partial<Record<(typeof ACLED_HEADER)[number], string>>[] = [
  ACLED_ROW,
  { ...ACLED_ROW, event_id_cnty: '' },
  { ...ACLED_ROW, event_id_cnty: 'B1', event_date: 'yesterday' },
  { ...ACLED_ROW, event_id_cnty: 'B2', time_precision: '4' },
  { ...ACLED_ROW, event_id_cnty: 'B3', latitude: '' },
  { ...ACLED_ROW, event_id_cnty: 'B4', longitude: '200' },
  { ...ACLED_ROW, event_id_cnty: 'B5', geo_precision: '9' },
  { ...ACLED_ROW, event_id_cnty: 'B6', location: '', admin1: '' },
  { ...ACLED_ROW, event_id_cnty: 'B7', fatalities: 'dozens' },
  { ...ACLED_ROW, event_id_cnty: 'B8', source: '' },
];

/** A TimelineJS JSON (v3) with a slide whose year is not one. */
export const BAD_TIMELINEJS_JSON = {
  title: { text: { headline: 'Unrest' } },
  events: [
    { start_date: { year: '2022' }, text: { headline: 'Good' } },
    { start_date: { year: 'soon' }, text: { headline: 'Bad year' } },
  ],
};

function reasonsOf(made: string, csv: string): ImportReason[] {
  const checked = checkImport(importCsvText(csv, { name: 'bad.csv' }));
  if (!checked.ok) throw new Error(`${made}: ${JSON.stringify(checked.problems)}`);
  return checked.report.problems.map((p) => ({
    made: `${made} row ${p.row}`,
    column: p.column,
    reason: p.reason,
  }));
}

function failureOf(made: string, read: () => unknown): ImportReason {
  try {
    read();
  } catch (error) {
    return { made, column: null, reason: error instanceof Error ? error.message : String(error) };
  }
  throw new Error(`${made}: expected the import to fail`);
}

/** Every reason, note and failure the importers write, in the active language. */
export function everyImportReason(): ImportReason[] {
  const json = checkImport(importTimelineJsJson(BAD_TIMELINEJS_JSON, { name: 'bad.json' }));
  if (!json.ok) throw new Error(`TimelineJS JSON: ${JSON.stringify(json.problems)}`);
  return [
    ...reasonsOf('TimelineJS sheet', toCsv(TIMELINEJS_HEADER, BAD_SHEET_ROWS)),
    ...reasonsOf(
      'Chronicle CSV',
      toCsv(
        CHRONICLE_CSV_COLUMNS.map(([key]) => key),
        BAD_CHRONICLE_ROWS,
      ),
    ),
    ...reasonsOf('ACLED', toCsv(ACLED_HEADER, BAD_ACLED_ROWS)),
    ...json.report.problems.map((p) => ({
      made: `TimelineJS JSON slide ${p.row}`,
      column: p.column,
      reason: p.reason,
    })),
    ...reasonsOf('CSV with a quote never closed', 'title,time\nA,2022-01-05\n"open,2022\n'),
    failureOf('an empty CSV', () => importCsvText('\n\n')),
    failureOf('a CSV of no known format', () => importCsvText('colour,size\nred,2\n')),
    failureOf('a CSV whose quote never closes', () =>
      importCsvText(`title,time\n"${'x'.repeat(MAX_ROW_CHARS + 10)}`),
    ),
    // Papa Parse's other quote error, and any error it may add, which no file here makes.
    { made: 'Papa Parse InvalidQuotes', column: null, reason: papaReason('InvalidQuotes') },
    {
      made: 'Papa Parse, another error',
      column: null,
      reason: papaReason('UndetectableDelimiter'),
    },
    // A year that is not whole cannot come from a file (cells are read as whole numbers).
    { made: 'isoDate(2022.5)', column: null, reason: reasonOf(isoDate(2022.5, null, null)) },
  ];
}

function reasonOf(parsed: Parsed<unknown>): string {
  if (parsed.ok) throw new Error('expected a reason');
  return parsed.reason;
}
