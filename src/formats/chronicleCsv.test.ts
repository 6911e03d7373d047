import { beforeAll, describe, expect, it } from 'vitest';
import { loadEdtfParser } from '../model/edtf';
import { CHRONICLE_CSV_COLUMNS, casualtyCell, type ChronicleCsvColumn } from './chronicleCsv';
import { toCsv } from './fixtures';
import { checkImport, importCsvText } from './importDataset';

const HEADER = CHRONICLE_CSV_COLUMNS.map(([key]) => key);
type Row = Partial<Record<ChronicleCsvColumn, string>>;

const ROW: Row = {
  id: 'square-cleared',
  title: 'Police clear the square',
  time: '2022-01-05T02:00+06:00/2022-01-05T05:30+06:00',
  time_basis: 'Times given by the wire agency.',
  summary: 'Police clear the square overnight.',
  categories: 'security-operation; violence',
  actors: 'Police (cleared the square); Protesters',
  location: 'Republic Square',
  latitude: '43.238',
  longitude: '76.945',
  sources: 'Daily Paper; Wire Agency',
  source_urls: 'https://example.org/a; https://example.org/b',
  casualties:
    'killed 8-12 as of 2022-01-06 claimed by Ministry of Health; injured 100+ as of 2022-01-06',
};

function imported(rows: Row[]) {
  const result = checkImport(importCsvText(toCsv(HEADER, rows), { name: 'events.csv' }));
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems)}`);
  return result;
}

beforeAll(loadEdtfParser);

describe("Chronicle's CSV import", () => {
  it('reads every documented column', () => {
    const { dataset, report } = imported([ROW]);
    expect(report.format).toBe('chronicle-csv');
    expect(dataset.title).toBe('events');
    const [event] = dataset.events;
    expect(event).toEqual({
      id: 'square-cleared',
      title: 'Police clear the square',
      summary: 'Police clear the square overnight.',
      time: {
        start: { at: '2022-01-05T02:00+06:00' },
        end: { at: '2022-01-05T05:30+06:00' },
        basis: 'Times given by the wire agency.',
      },
      actors: [{ actor: 'police', role: 'cleared the square' }, { actor: 'protesters' }],
      locations: ['republic-square'],
      categories: ['security-operation', 'violence'],
      casualties: [
        {
          kind: 'killed',
          group: 'unspecified',
          count: {
            min: 8,
            max: 12,
            approximate: false,
            text: 'killed 8-12 as of 2022-01-06 claimed by Ministry of Health',
          },
          asOf: '2022-01-06',
          claimedBy: 'ministry-of-health',
          sources: ['daily-paper', 'wire-agency'],
        },
        {
          kind: 'injured',
          group: 'unspecified',
          count: { min: 100, max: null, approximate: false, text: 'injured 100+ as of 2022-01-06' },
          asOf: '2022-01-06',
          claimedBy: null,
          sources: ['daily-paper', 'wire-agency'],
        },
      ],
      citations: [
        { source: 'daily-paper', url: 'https://example.org/a' },
        { source: 'wire-agency', url: 'https://example.org/b' },
      ],
    });
    expect(dataset.locations).toEqual([
      {
        id: 'republic-square',
        name: 'Republic Square',
        kind: 'other',
        coordinates: [76.945, 43.238],
      },
    ]);
  });

  it('reads the smallest row: a title and a time', () => {
    const { dataset } = imported([{ title: 'Something happened', time: '2022-01' }]);
    expect(dataset.events[0]).toMatchObject({ id: 'something-happened', time: { at: '2022-01' } });
  });

  it('writes a casualty figure the way it reads one', () => {
    expect(
      casualtyCell({
        kind: 'killed',
        min: 8,
        max: 12,
        asOf: '2022-01-06',
        claimedBy: 'Ministry',
        sources: ['Daily Paper'],
      }),
    ).toBe('killed 8-12 as of 2022-01-06 claimed by Ministry from Daily Paper');
    const { dataset } = imported([
      {
        title: 'x',
        time: '2022-01-05',
        casualties: 'killed 8-12 as of 2022-01-06 claimed by Ministry from Daily Paper',
      },
    ]);
    expect(dataset.events[0]?.casualties[0]).toMatchObject({
      count: { min: 8, max: 12 },
      claimedBy: 'ministry',
      sources: ['daily-paper'],
    });
  });

  it('reports every bad row and cell with its row, column and reason', () => {
    const { dataset, report } = imported([
      ROW, // 2
      { time: '2022-01-05' }, // 3: no title
      { title: 'No time' }, // 4
      { title: 'Bad time', time: 'last Tuesday' }, // 5
      { id: 'square-cleared', title: 'Same id', time: '2022-01-05' }, // 6
      { id: 'Bad Id', title: 'Bad id', time: '2022-01-05' }, // 7
      {
        title: 'Odd cells',
        time: '2022-01-05',
        categories: 'riot',
        location: 'Nowhere',
        source_urls: 'javascript:alert(1)',
        sources: 'X',
        casualties: 'many dead',
      }, // 8
    ]);
    expect(dataset.events.map((e) => e.title)).toEqual(['Police clear the square', 'Odd cells']);
    expect(report.problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [3, 'title', 'skipped'],
      [4, 'time', 'skipped'],
      [5, 'time', 'skipped'],
      [6, 'id', 'skipped'],
      [7, 'id', 'skipped'],
      [8, 'categories', 'note'],
      [8, 'location', 'note'],
      [8, 'source_urls', 'note'],
      [8, 'casualties', 'note'],
    ]);
  });
});
