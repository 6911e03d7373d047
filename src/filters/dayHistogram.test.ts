import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../state/datasetIndex';
import { makeTestDataset } from '../model/testDataset';
import { indexedWithTimes } from '../state/testIndex';
import { dayHistogram, type DayBin } from './dayHistogram';

const ZONE = 'Asia/Almaty';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Midnight of a January 2022 day in Almaty (UTC+6). */
const almatyMidnight = (day: number) => Date.UTC(2022, 0, day) - 6 * HOUR;

const index = createDatasetIndex(makeTestDataset());
const certain = (bins: DayBin[]) => bins.map((b) => b.certain);
const possible = (bins: DayBin[]) => bins.map((b) => b.possible);

describe('dayHistogram', () => {
  const range = { start: almatyMidnight(1), end: almatyMidnight(8) };

  it('gives one bin per day, starting at local midnights in the dataset zone', () => {
    const bins = dayHistogram([], range, ZONE);
    expect(bins.map((b) => b.start)).toEqual([1, 2, 3, 4, 5, 6, 7].map(almatyMidnight));
    for (const bin of bins) {
      expect(bin.end - bin.start).toBe(DAY);
      const local = new TZDate(bin.start, ZONE);
      expect([local.getHours(), local.getMinutes()]).toEqual([0, 0]);
      expect(bin.certain + bin.possible).toBe(0);
    }
  });

  it('starts the first bin at the midnight of the day the range starts on', () => {
    const bins = dayHistogram(
      [],
      { start: almatyMidnight(1) + 15 * HOUR, end: almatyMidnight(3) },
      ZONE,
    );
    expect(bins[0]?.start).toBe(almatyMidnight(1));
    expect(bins.at(-1)?.start).toBe(almatyMidnight(2));
  });

  it('counts the events of the test dataset certainly on their days, possibly where only bounds reach', () => {
    const bins = dayHistogram(index.events, range, ZONE);
    expect(certain(bins)).toEqual([
      0, // 1 Jan
      1, // 2 Jan: Zhanaozen
      0, // 3 Jan
      2, // 4 Jan: the square protest, protests reach Almaty (20:00)
      5, // 5 Jan: city hall, square cleared (02:00), government resigns, airport seized, CSTO (23:30)
      1, // 6 Jan: airport seized (until 12:00)
      1, // 7 Jan: shoot without warning
    ]);
    // The state of emergency and the fuel price are known only to the month: they may have been
    // on any day of January; the station attack on any day from 4 to 6 January.
    expect(possible(bins)).toEqual([2, 2, 2, 3, 3, 3, 2]);
  });

  it('counts a duration on every day it was surely going on', () => {
    const [event] = indexedWithTimes({
      'three-days': {
        start: { at: '2022-01-02T12:00+06:00' },
        end: { at: '2022-01-04T00:00+06:00' },
      },
    });
    expect(certain(dayHistogram(event ? [event] : [], range, ZONE))).toEqual([0, 1, 1, 1, 0, 0, 0]);
  });

  it('counts an instant known only within bounds as possible on each day of them, certain on none', () => {
    const [event] = indexedWithTimes({
      'by-thursday': { notBefore: '2022-01-02', notAfter: '2022-01-06' },
    });
    const bins = dayHistogram(event ? [event] : [], range, ZONE);
    expect(certain(bins)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(possible(bins)).toEqual([0, 1, 1, 1, 1, 1, 0]);
  });

  it('does not count a day-precise event on the next day', () => {
    const [event] = indexedWithTimes({ 'one-day': { at: '2022-01-03' } });
    expect(certain(dayHistogram(event ? [event] : [], range, ZONE))).toEqual([0, 0, 1, 0, 0, 0, 0]);
  });

  it('uses the dataset zone, not UTC, for the day an instant falls on', () => {
    // 19:00 UTC on 3 January is 01:00 on 4 January in Almaty.
    const [event] = indexedWithTimes({ night: { at: '2022-01-03T19:00Z' } });
    expect(certain(dayHistogram(event ? [event] : [], range, ZONE))).toEqual([0, 0, 0, 1, 0, 0, 0]);
  });

  it('counts events that start before the range or end after it on the days in range', () => {
    const events = indexedWithTimes({
      before: { start: { at: '2021-12-27' }, end: { at: '2022-01-02T01:00+06:00' } },
      after: { start: { at: '2022-01-07T01:00+06:00' }, end: { at: '2022-02-16' } },
      outside: { start: { at: '2021-12-27' }, end: { at: '2021-12-28' } },
      beyond: { at: '2022-01-20' },
    });
    expect(certain(dayHistogram(events, range, ZONE))).toEqual([1, 1, 0, 0, 0, 0, 1]);
  });

  it('keeps to at most 400 bins of whole days over long ranges', () => {
    const long = { start: Date.UTC(1990, 0, 1), end: Date.UTC(2022, 0, 1) };
    const bins = dayHistogram(indexedWithTimes({ one: { at: '2000-06-01' } }), long, ZONE);
    expect(bins.length).toBeLessThanOrEqual(400);
    expect(bins.length).toBeGreaterThan(300);
    const days = (bins[0]?.end ?? 0) - (bins[0]?.start ?? 0);
    expect(days % DAY).toBe(0);
    for (const bin of bins) {
      const local = new TZDate(bin.start, ZONE);
      expect(local.getHours()).toBe(0);
    }
    bins.slice(1).forEach((bin, i) => expect(bin.start).toBe(bins[i]?.end));
    expect(bins.at(-1)?.end).toBeGreaterThanOrEqual(long.end);
    expect(bins.reduce((sum, b) => sum + b.certain, 0)).toBe(1);
  });

  it('covers the whole range with adjacent bins', () => {
    const bins = dayHistogram([], range, ZONE);
    expect(bins[0]?.start).toBeLessThanOrEqual(range.start);
    expect(bins.at(-1)?.end).toBeGreaterThanOrEqual(range.end);
    bins.slice(1).forEach((bin, i) => expect(bin.start).toBe(bins[i]?.end));
  });
});
