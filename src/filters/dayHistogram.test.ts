import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import type { ChronicleEvent } from '../model/schema';
import { createDatasetIndex, type IndexedEvent } from '../state/datasetIndex';
import { makeTestDataset } from '../state/testDataset';
import { dayHistogram } from './dayHistogram';

const ZONE = 'Asia/Almaty';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Midnight of a January 2022 day in Almaty (UTC+6). */
const almatyMidnight = (day: number) => Date.UTC(2022, 0, day) - 6 * HOUR;

const index = createDatasetIndex(makeTestDataset());
/** The first event of the test dataset, to copy. */
function template(): ChronicleEvent {
  const first = index.events[0];
  if (!first) throw new Error('fixture: the test dataset has no events');
  return first.event;
}

function span(id: string, start: number, end: number): IndexedEvent {
  const event: ChronicleEvent = { ...template(), id };
  return { event, order: 0, start, end };
}

describe('dayHistogram', () => {
  const range = { start: almatyMidnight(1), end: almatyMidnight(8) };

  it('gives one bin per day, starting at local midnights in the dataset zone', () => {
    const bins = dayHistogram([], range, ZONE);
    expect(bins.map((b) => b.start)).toEqual([1, 2, 3, 4, 5, 6, 7].map(almatyMidnight));
    for (const bin of bins) {
      expect(bin.end - bin.start).toBe(DAY);
      const local = new TZDate(bin.start, ZONE);
      expect([local.getHours(), local.getMinutes()]).toEqual([0, 0]);
      expect(bin.count).toBe(0);
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

  it('counts the events of the test dataset on each day they touch', () => {
    const bins = dayHistogram(index.events, range, ZONE);
    expect(bins.map((b) => b.count)).toEqual([
      1, // 1 Jan: the fuel price (all month)
      2, // 2 Jan: + Zhanaozen
      1, // 3 Jan
      2, // 4 Jan: + protests reach Almaty (20:00)
      5, // 5 Jan: + city hall, government resigns, airport seized, CSTO (23:30)
      2, // 6 Jan: + airport seized (until 12:00)
      2, // 7 Jan: + shoot without warning
    ]);
  });

  it('counts a multi-day event on every day its span touches', () => {
    const event = span('three-days', almatyMidnight(2) + 12 * HOUR, almatyMidnight(4) + 1);
    expect(dayHistogram([event], range, ZONE).map((b) => b.count)).toEqual([0, 1, 1, 1, 0, 0, 0]);
  });

  it('does not count an event on the day its half-open span ends at midnight', () => {
    const event = span('one-day', almatyMidnight(3), almatyMidnight(4));
    expect(dayHistogram([event], range, ZONE).map((b) => b.count)).toEqual([0, 0, 1, 0, 0, 0, 0]);
  });

  it('uses the dataset zone, not UTC, for the day an instant falls on', () => {
    // 19:00 UTC on 3 January is 01:00 on 4 January in Almaty.
    const instant = Date.UTC(2022, 0, 3, 19);
    const event = span('night', instant, instant + HOUR);
    expect(dayHistogram([event], range, ZONE).map((b) => b.count)).toEqual([0, 0, 0, 1, 0, 0, 0]);
  });

  it('counts events that start before the range or end after it on the days in range', () => {
    const events = [
      span('before', almatyMidnight(1) - 5 * DAY, almatyMidnight(2) + HOUR),
      span('after', almatyMidnight(7) + HOUR, almatyMidnight(7) + 40 * DAY),
      span('outside', almatyMidnight(1) - 5 * DAY, almatyMidnight(1) - 4 * DAY),
      span('beyond', almatyMidnight(20), almatyMidnight(21)),
    ];
    expect(dayHistogram(events, range, ZONE).map((b) => b.count)).toEqual([1, 1, 0, 0, 0, 0, 1]);
  });

  it('keeps to at most 400 bins of whole days over long ranges', () => {
    const long = { start: Date.UTC(1990, 0, 1), end: Date.UTC(2022, 0, 1) };
    const bins = dayHistogram(
      [span('one', Date.UTC(2000, 5, 1), Date.UTC(2000, 5, 2))],
      long,
      ZONE,
    );
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
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(1);
  });

  it('covers the whole range with adjacent bins', () => {
    const bins = dayHistogram([], range, ZONE);
    expect(bins[0]?.start).toBeLessThanOrEqual(range.start);
    expect(bins.at(-1)?.end).toBeGreaterThanOrEqual(range.end);
    bins.slice(1).forEach((bin, i) => expect(bin.start).toBe(bins[i]?.end));
  });
});
