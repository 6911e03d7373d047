import { beforeAll, describe, expect, it } from 'vitest';
import { loadEdtfParser } from '../model/edtf';
import { checkImport } from './importDataset';
import { importTimelineJsJson, timelineJsVersion } from './timelineJsJson';

const V3 = {
  title: { text: { headline: 'Unrest in <em>Kazakhstan</em>', text: '<p>January 2022</p>' } },
  events: [
    {
      unique_id: 'price-cap',
      start_date: { year: 2022, month: 1, day: 2 },
      text: {
        headline: 'Price cap lifted',
        text: '<p>See <a href="https://example.org/x">this</a>.</p>',
      },
      group: 'Economy',
    },
    {
      start_date: { year: 2022, month: 1, day: 5, hour: 14, minute: 30 },
      end_date: { year: 2022, month: 1, day: 6 },
      text: { headline: 'Akimat stormed' },
    },
    { start_date: { year: 'x' }, text: { headline: 'Broken' } },
  ],
  eras: [
    {
      start_date: { year: 2022, month: 1, day: 5 },
      end_date: { year: 2022, month: 1, day: 19 },
      text: { headline: 'Emergency' },
    },
  ],
};

const V2 = {
  timeline: {
    headline: 'Old timeline',
    type: 'default',
    text: 'Made with TimeLineCurator',
    date: [
      {
        startDate: '2022,1,5',
        endDate: '2022,1,5',
        headline: 'One day',
        text: 'Text',
        tag: 'Politics',
      },
      { startDate: '2022,1,5,14,30', endDate: '2022,1,7', headline: 'Lasting' },
    ],
  },
};

beforeAll(loadEdtfParser);

describe('TimelineJS JSON import', () => {
  it('tells v3 and v2 from each other and from Chronicle JSON', () => {
    expect(timelineJsVersion(V3)).toBe(3);
    expect(timelineJsVersion(V2)).toBe(2);
    expect(timelineJsVersion({ format: 'chronicle/2', events: [] })).toBeNull();
  });

  it('reads v3: title slide, slides with their ids, eras as background spans, bad slides reported', () => {
    const result = checkImport(importTimelineJsJson(V3, { timeZone: 'UTC' }));
    if (!result.ok) throw new Error('import failed');
    expect(result.dataset.title).toBe('Unrest in Kazakhstan');
    expect(result.dataset.events.map((e) => [e.id, e.time, e.categories])).toEqual([
      ['price-cap', { at: '2022-01-02' }, ['economy']],
      ['akimat-stormed', { start: { at: '2022-01-05T14:30Z' }, end: { at: '2022-01-06' } }, []],
      ['emergency', { start: { at: '2022-01-05' }, end: { at: '2022-01-19' } }, ['background']],
    ]);
    expect(result.dataset.events[0]?.citations).toEqual([
      { source: 'example-org', url: 'https://example.org/x' },
    ]);
    expect(result.report.problems).toEqual([
      { row: 4, column: 'year', reason: '"x" is not a year', severity: 'skipped' },
    ]);
  });

  it('reads v2 dates "YYYY,M,D[,H,m]" and tags', () => {
    const result = checkImport(importTimelineJsJson(V2));
    if (!result.ok) throw new Error('import failed');
    expect(result.dataset.title).toBe('Old timeline');
    expect(result.dataset.events.map((e) => [e.time, e.categories])).toEqual([
      [{ at: '2022-01-05' }, ['politics']],
      [{ start: { at: '2022-01-05T14:30Z' }, end: { at: '2022-01-07' } }, []],
    ]);
  });
});
