import { beforeAll, describe, expect, it } from 'vitest';
import { loadEdtfParser } from '../model/edtf';
import { validateDataset } from '../model/validate';
import { TIMELINEJS_HEADER, toCsv } from './fixtures';
import { checkImport, importCsvText } from './importDataset';
import { categoryNamed } from './timelineJsSheet';

type Row = Partial<Record<(typeof TIMELINEJS_HEADER)[number], string>>;

const TITLE: Row = {
  Type: 'title',
  Headline: 'Unrest in <b>Kazakhstan</b>',
  Text: '<p>January 2022</p>',
};
const PRICE_CAP: Row = {
  Year: '2022',
  Month: '1',
  Day: '2',
  'Display Date': 'Sunday 2 January',
  Headline: 'LPG price cap <i>lifted</i>',
  Text: '<p>Prices <b>double</b> overnight.</p><p>See <a href="https://example.org/report">the report</a> and <a href="javascript:alert(1)">this</a>.</p><script>alert("x")</script>',
  Group: 'Economy',
  Media: 'https://example.org/photo.jpg',
  'Alt Text': 'A petrol station',
};
const AKIMAT: Row = {
  Year: '2022',
  Month: '1',
  Day: '5',
  Time: '14:30',
  'End Year': '2022',
  'End Month': '1',
  'End Day': '6',
  'End Time': '2:00 AM',
  Headline: 'Protesters storm the akimat',
  Group: 'Protesters',
};

function imported(rows: Row[], timeZone = 'Asia/Almaty') {
  const result = checkImport(
    importCsvText(toCsv(TIMELINEJS_HEADER, rows), { name: 'my-sheet.csv', timeZone }),
  );
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems)}`);
  return result;
}

beforeAll(loadEdtfParser);

describe('TimelineJS sheet import', () => {
  it('recognises the template by its headers and reads the title row as the story', () => {
    const { dataset, report } = imported([TITLE, PRICE_CAP]);
    expect(report.format).toBe('timelinejs-sheet');
    expect(dataset.title).toBe('Unrest in Kazakhstan');
    expect(dataset.summary).toBe('January 2022');
    expect(dataset.timeZone).toBe('Asia/Almaty');
  });

  it('reduces HTML to text, keeping paragraphs and turning http(s) links into citations', () => {
    const { dataset } = imported([PRICE_CAP]);
    const [event] = dataset.events;
    expect(event?.title).toBe('LPG price cap lifted');
    expect(event?.summary).toBe('Prices double overnight.\n\nSee the report and this.');
    expect(event?.citations).toEqual([
      { source: 'example-org', url: 'https://example.org/report' },
    ]);
    expect(dataset.sources).toEqual([
      { id: 'example-org', name: 'example.org', kind: 'other', url: 'https://example.org/' },
    ]);
    expect(JSON.stringify(dataset)).not.toMatch(/<|javascript:|alert/);
  });

  it('reads the date to the precision given, with the display date as its basis', () => {
    const { dataset } = imported([
      PRICE_CAP,
      { Year: '2022', Month: '1', Headline: 'In January' },
      { Year: '2021', Headline: 'In 2021' },
    ]);
    expect(dataset.events.map((e) => e.time)).toEqual([
      { at: '2022-01-02', basis: 'Shown in the sheet as "Sunday 2 January"' },
      { at: '2022-01' },
      { at: '2021' },
    ]);
  });

  it('makes a row with an end a duration, clock times read in the chosen zone', () => {
    const { dataset } = imported([AKIMAT]);
    expect(dataset.events[0]?.time).toEqual({
      start: { at: '2022-01-05T14:30+06:00' },
      end: { at: '2022-01-06T02:00+06:00' },
    });
    const utc = imported([AKIMAT], 'UTC');
    expect(utc.dataset.events[0]?.time).toEqual({
      start: { at: '2022-01-05T14:30Z' },
      end: { at: '2022-01-06T02:00Z' },
    });
  });

  it.each([
    ['14:30', '14:30'],
    ['1430', '14:30'],
    ['14.30', '14:30'],
    ['2:30 PM', '14:30'],
    ['12:05 am', '00:05'],
    ['14:30:15', '14:30:15'],
  ])('reads the time %j', (time, clock) => {
    const { dataset } = imported([{ ...PRICE_CAP, Time: time }], 'UTC');
    expect(dataset.events[0]?.time).toMatchObject({ at: `2022-01-02T${clock}Z` });
  });

  it('maps Group to a category it names, else to an actor (a lane), and an era to a background span', () => {
    const { dataset } = imported([
      PRICE_CAP,
      AKIMAT,
      {
        Year: '2022',
        Month: '1',
        Day: '5',
        'End Year': '2022',
        'End Month': '1',
        'End Day': '19',
        Type: 'era',
        Headline: 'State of emergency',
      },
    ]);
    expect(dataset.events.map((e) => [e.categories, e.actors])).toEqual([
      [['economy'], []],
      [[], [{ actor: 'protesters' }]],
      [['background'], []],
    ]);
    expect(dataset.actors[0]).toMatchObject({ id: 'protesters', name: 'Protesters' });
  });

  it('reads the legacy Start Date and End Date columns and the Tag column', () => {
    const text =
      'Start Date,End Date,Headline,Text,Tag\r\n2022-01-05,2022-01-07,Curfew,,Politics\r\n';
    const result = checkImport(importCsvText(text));
    expect(result.ok && result.dataset.events[0]).toMatchObject({
      time: { start: { at: '2022-01-05' }, end: { at: '2022-01-07' } },
      categories: ['politics'],
    });
  });

  it('reads a TSV the same way', () => {
    const result = checkImport(importCsvText(toCsv(TIMELINEJS_HEADER, [PRICE_CAP], '\t')));
    expect(result.ok && result.dataset.events).toHaveLength(1);
  });

  it('reports every bad row with its number, column and reason, and imports the rest', () => {
    const { dataset, report } = imported([
      TITLE, // row 2
      PRICE_CAP, // row 3
      { Headline: 'No date' }, // row 4
      { Year: '2022', Month: '13', Headline: 'Bad month' }, // row 5
      { Year: '2022', Month: '2', Day: '30', Headline: 'No such day' }, // row 6
      { Year: 'twenty', Headline: 'Bad year' }, // row 7
      { Year: '2022', Time: '14:00', Headline: 'Time without a day' }, // row 8
      { Year: '2022', Month: '1', Day: '5', Time: '25:00', Headline: 'Bad time' }, // row 9
      { Year: '2022', Month: '1', Day: '5', Type: 'era', Headline: 'Era without an end' }, // row 10
      {
        Year: '2022',
        Month: '1',
        Day: '9',
        'End Year': '2022',
        'End Month': '1',
        'End Day': '3',
        Headline: 'Ends before it starts',
      }, // row 11
      { Year: '2022' }, // row 12
      { Year: '-44', Headline: 'Caesar' }, // row 13
      AKIMAT, // row 14
    ]);
    expect(dataset.events.map((e) => e.title)).toEqual([
      'LPG price cap lifted',
      'Protesters storm the akimat',
    ]);
    expect(report.problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [4, 'Year', 'skipped'],
      [5, 'Month', 'skipped'],
      [6, 'Day', 'skipped'],
      [7, 'Year', 'skipped'],
      [8, 'Time', 'skipped'],
      [9, 'Time', 'skipped'],
      [10, 'End Year', 'skipped'],
      [11, null, 'skipped'],
      [12, 'Headline', 'skipped'],
      [13, 'Year', 'skipped'],
    ]);
    expect(report.problems.map((p) => p.reason)).toEqual([
      'the row has no date: a date needs at least a year',
      'the month 13 is not 1–12',
      'there is no day 30 in 2022-02',
      '"twenty" is not a year',
      'a time needs the whole date (year, month and day)',
      '"25:00" is not a time of day',
      'an era needs an end',
      expect.stringContaining('ends before it starts'),
      'the row has no headline, text or display date to name it by',
      'the year -44 is before year 0; Chronicle reads years 0–9999',
    ]);
    expect(report.rows).toBe(13);
  });

  it('notes a second title row and reads it as an event', () => {
    const { dataset, report } = imported([TITLE, { ...PRICE_CAP, Type: 'title' }]);
    expect(dataset.title).toBe('Unrest in Kazakhstan');
    expect(dataset.events).toHaveLength(1);
    expect(report.problems).toEqual([
      {
        row: 3,
        column: 'Type',
        reason: expect.stringContaining('second "title" row'),
        severity: 'note',
      },
    ]);
  });

  it('round-trips: the imported dataset, written as JSON and loaded again, has the same events', () => {
    const { dataset } = imported([TITLE, PRICE_CAP, AKIMAT]);
    const again = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(again.ok && again.dataset).toEqual(dataset);
  });
});

describe('categoryNamed', () => {
  it('knows a category by its id, or by its English or Norwegian name, whatever the reader’s language', () => {
    expect(categoryNamed('security-operation')).toBe('security-operation');
    expect(categoryNamed(' Security operation ')).toBe('security-operation');
    expect(categoryNamed('VOLD')).toBe('violence');
    expect(categoryNamed('Ukjent')).toBeUndefined();
  });
});
