import { beforeAll, describe, expect, it } from 'vitest';
import { loadEdtfParser } from '../model/edtf';
import { validateDataset } from '../model/validate';
import { ACLED_HEADER, ACLED_OLD_HEADER, ACLED_ROW, toCsv } from './fixtures';
import { checkImport, importCsvText } from './importDataset';

type Row = typeof ACLED_ROW;

function imported(rows: Row[], header: readonly string[] = ACLED_HEADER) {
  const result = checkImport(importCsvText(toCsv<string>(header, rows), { name: 'acled-kaz.csv' }));
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems)}`);
  return result;
}

beforeAll(loadEdtfParser);

describe('ACLED import', () => {
  it('recognises an export of 2023 and one of the older column set', () => {
    expect(imported([ACLED_ROW]).report.format).toBe('acled');
    const old = imported([ACLED_ROW], ACLED_OLD_HEADER);
    expect(old.report.format).toBe('acled');
    expect(old.dataset.events).toHaveLength(1);
  });

  it('reads an event: title, notes as summary, categories, place with coordinates', () => {
    const { dataset } = imported([ACLED_ROW]);
    expect(dataset.events[0]).toMatchObject({
      id: 'kaz1234',
      title: 'Violent demonstration in Almaty',
      summary: 'On 5 January 2022, rioters stormed the akimat in Almaty.',
      time: { at: '2022-01-05' },
      categories: ['protest', 'violence'],
      locations: ['almaty-kazakhstan'],
    });
    expect(dataset.locations).toEqual([
      {
        id: 'almaty-kazakhstan',
        name: 'Almaty, Kazakhstan',
        kind: 'city',
        coordinates: [76.9286, 43.2567],
      },
    ]);
  });

  it('reads actor1 and actor2 without roles (no direction), associated actors as associated', () => {
    const { dataset } = imported([ACLED_ROW]);
    expect(dataset.events[0]?.actors).toEqual([
      { actor: 'rioters-kazakhstan' },
      { actor: 'police-forces-of-kazakhstan-2019' },
      {
        actor: 'government-of-kazakhstan-2019',
        role: 'associated with Police Forces of Kazakhstan (2019-)',
      },
    ]);
    expect(dataset.actors.find((a) => a.id === 'police-forces-of-kazakhstan-2019')?.kind).toBe(
      'security-forces',
    );
    expect(dataset.actors.find((a) => a.id === 'rioters-kazakhstan')?.kind).toBe('protesters');
  });

  it('reads numeric actor types (inter_num=1) as well as text', () => {
    const { dataset } = imported([{ ...ACLED_ROW, inter1: '5', inter2: '1' }]);
    expect(dataset.actors.map((a) => a.kind)).toEqual([
      'organization',
      'protesters',
      'security-forces',
      'other',
    ]);
  });

  it('makes fatalities one figure claimed by ACLED, an estimate, with the source text as its sources', () => {
    const { dataset } = imported([ACLED_ROW]);
    expect(dataset.events[0]?.casualties).toEqual([
      {
        kind: 'killed',
        group: 'unspecified',
        count: {
          min: 8,
          max: 8,
          approximate: true,
          text: '8 reported fatalities (ACLED’s estimate)',
        },
        asOf: '2022-01-19T00:00Z',
        claimedBy: 'acled',
        sources: ['reuters', 'interfax'],
      },
    ]);
    expect(dataset.events[0]?.citations).toEqual([{ source: 'reuters' }, { source: 'interfax' }]);
    expect(dataset.actors[0]).toMatchObject({ id: 'acled', name: 'ACLED', kind: 'organization' });
  });

  it('leaves out a figure of 0 (no deaths reported is not a casualty figure)', () => {
    const { dataset } = imported([{ ...ACLED_ROW, fatalities: '0' }]);
    expect(dataset.events[0]?.casualties).toEqual([]);
  });

  it.each([
    ['05-01-2022', '2022-01-05'],
    ['2022-01-05', '2022-01-05'],
    ['5 January 2022', '2022-01-05'],
  ])('reads the date %j', (written, day) => {
    expect(imported([{ ...ACLED_ROW, event_date: written }]).dataset.events[0]?.time).toEqual({
      at: day,
    });
  });

  it('makes time_precision 2 the week around the coded day, and 3 its month, as bounds', () => {
    const { dataset } = imported([
      { ...ACLED_ROW, event_id_cnty: 'KAZ1', time_precision: '2' },
      { ...ACLED_ROW, event_id_cnty: 'KAZ2', time_precision: '3', event_date: '15-01-2022' },
    ]);
    expect(dataset.events.map((e) => e.time)).toEqual([
      expect.objectContaining({
        notBefore: '2022-01-02',
        notAfter: '2022-01-08',
        estimate: '2022-01-05',
      }),
      expect.objectContaining({
        notBefore: '2022-01',
        notAfter: '2022-01',
        estimate: '2022-01-15',
      }),
    ]);
  });

  it('says when a point is only near the place (geo_precision 2) or stands for its region (3)', () => {
    const { dataset } = imported([
      { ...ACLED_ROW, event_id_cnty: 'KAZ1', geo_precision: '2', location: 'Kaskelen' },
      { ...ACLED_ROW, event_id_cnty: 'KAZ2', geo_precision: '3', admin1: 'Almaty Oblast' },
    ]);
    expect(dataset.locations.map((l) => [l.name, l.kind])).toEqual([
      ['Near Kaskelen, Kazakhstan', 'other'],
      ['Almaty Oblast, Kazakhstan (somewhere in the region)', 'region'],
    ]);
  });

  it('writes each actor, place and source once however many rows name them', () => {
    const { dataset } = imported([ACLED_ROW, { ...ACLED_ROW, event_id_cnty: 'KAZ1235' }]);
    expect(dataset.events).toHaveLength(2);
    expect(dataset.locations).toHaveLength(1);
    expect(dataset.sources).toHaveLength(2);
    expect(dataset.actors).toHaveLength(4);
  });

  it('reports every bad row with its number, column and reason', () => {
    const { dataset, report } = imported([
      ACLED_ROW, // row 2
      { ...ACLED_ROW, event_id_cnty: '' }, // 3
      { ...ACLED_ROW, event_id_cnty: 'B1', event_date: '2022-13-45' }, // 4
      { ...ACLED_ROW, event_id_cnty: 'B2', event_date: 'yesterday' }, // 5
      { ...ACLED_ROW, event_id_cnty: 'B3', time_precision: '4' }, // 6
      { ...ACLED_ROW, event_id_cnty: 'B4', latitude: '' }, // 7
      { ...ACLED_ROW, event_id_cnty: 'B5', longitude: '200' }, // 8
      { ...ACLED_ROW, event_id_cnty: 'B6', geo_precision: '9' }, // 9
      { ...ACLED_ROW, event_id_cnty: 'B7', location: '', admin1: '' }, // 10
      { ...ACLED_ROW, event_id_cnty: 'B8', fatalities: 'dozens' }, // 11 (imported, noted)
      { ...ACLED_ROW, event_id_cnty: 'B9', source: '' }, // 12 (imported, figure left out)
    ]);
    expect(dataset.events.map((e) => e.id)).toEqual(['kaz1234', 'b8', 'b9']);
    expect(report.problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [3, 'event_id_cnty', 'skipped'],
      [4, 'event_date', 'skipped'],
      [5, 'event_date', 'skipped'],
      [6, 'time_precision', 'skipped'],
      [7, 'latitude', 'skipped'],
      [8, 'longitude', 'skipped'],
      [9, 'geo_precision', 'skipped'],
      [10, 'location', 'skipped'],
      [11, 'fatalities', 'note'],
      [12, 'fatalities', 'note'],
    ]);
  });

  it('round-trips: the imported dataset, written as JSON and loaded again, has the same events', () => {
    const { dataset } = imported([
      ACLED_ROW,
      { ...ACLED_ROW, event_id_cnty: 'KAZ2', time_precision: '3' },
    ]);
    const again = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(again.ok && again.dataset).toEqual(dataset);
  });
});
