import { describe, expect, it } from 'vitest';
import type { Casualty, CasualtyCount, ChronicleEvent } from '../model/schema';
import { makeValidDataset } from '../model/fixtures';
import { createDatasetIndex, type CasualtyFigure, type IndexedEvent } from '../state/datasetIndex';
import { casualtyRows, summariseCasualtyRows, type CasualtyRow } from './casualtyBars';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const base = createDatasetIndex(makeValidDataset());
/** An event without figures, to copy. */
function template(): ChronicleEvent {
  const found = base.byId.get('square-protest');
  if (!found) throw new Error('fixture: square-protest is missing');
  return found.event;
}

const count = (min: number, max: number | null, approximate = false): CasualtyCount => ({
  min,
  max,
  approximate,
  text: 'as the source words it',
});

const casualty = (kind: Casualty['kind'], group: string, min = 1): Casualty => ({
  kind,
  group,
  count: count(min, min),
  asOf: '2022-01-05',
  claimedBy: null,
  sources: ['wire'],
});

/** An event on day `day` (ms from 0), its figures as of that day. */
function eventWith(id: string, day: number, casualties: Casualty[]): IndexedEvent {
  const event: ChronicleEvent = { ...template(), id, casualties };
  const span = { start: day * DAY, end: (day + 1) * DAY };
  const point = {
    earliest: span.start,
    latest: span.end,
    estimate: span,
    known: true,
    precision: 'day' as const,
    approximate: false,
    uncertain: false,
  };
  return {
    event,
    order: day,
    timing: { kind: 'instant', point },
    body: span,
    start: span.start,
    end: span.end,
    asOf: casualties.map(() => span),
  };
}

const rowKeys = (rows: ReturnType<typeof casualtyRows>) =>
  rows.map((row) => `${row.kind}/${row.group}`);

describe('casualtyRows', () => {
  it('groups the figures of the events in view by kind and group', () => {
    const rows = casualtyRows(base.events, { start: -Infinity, end: Infinity });
    expect(rowKeys(rows)).toEqual(['killed/protesters', 'injured/unspecified']);
    expect(rows[0]?.figures.map((f) => f.entry.event.id)).toEqual(['square-cleared']);
    expect(rows[0]?.figures[0]?.casualty.count.text).toBe('eight');
  });

  it('orders kinds as the format lists them, whatever order the events give', () => {
    const events = [
      eventWith('a', 0, [casualty('arrested', 'protesters'), casualty('missing', 'unspecified')]),
      eventWith('b', 1, [casualty('injured', 'police'), casualty('killed', 'protesters')]),
      eventWith('c', 2, [casualty('killed', 'police')]),
    ];
    const rows = casualtyRows(events, { start: 0, end: 10 * DAY });
    expect(rows.map((row) => row.kind)).toEqual([
      'killed',
      'killed',
      'injured',
      'arrested',
      'missing',
    ]);
    expect(rowKeys(rows).slice(0, 2).sort()).toEqual(['killed/police', 'killed/protesters']);
  });

  it('collects every figure of one kind and group in one row, in event order', () => {
    const events = [
      eventWith('a', 0, [casualty('killed', 'protesters', 8)]),
      eventWith('b', 1, [casualty('killed', 'police', 2)]),
      eventWith('c', 2, [casualty('killed', 'protesters', 20)]),
    ];
    const rows = casualtyRows(events, { start: 0, end: 10 * DAY });
    const protesters = rows.find((row) => row.group === 'protesters');
    expect(protesters?.figures.map((f) => [f.entry.event.id, f.casualty.count.min])).toEqual([
      ['a', 8],
      ['c', 20],
    ]);
    expect(rows).toHaveLength(2);
  });

  it('leaves out events outside the window; spans are half-open', () => {
    const events = [
      eventWith('before', 0, [casualty('killed', 'protesters')]),
      eventWith('inside', 2, [casualty('injured', 'protesters')]),
      eventWith('after', 4, [casualty('arrested', 'protesters')]),
    ];
    // The window starts where "before" ends and ends where "after" starts.
    const rows = casualtyRows(events, { start: 1 * DAY, end: 4 * DAY });
    expect(rowKeys(rows)).toEqual(['injured/protesters']);
  });

  it('includes a figure whose day only partly overlaps the window', () => {
    const events = [eventWith('long', 0, [casualty('killed', 'protesters')])];
    expect(casualtyRows(events, { start: 12 * HOUR, end: 5 * DAY })).toHaveLength(1);
    expect(casualtyRows(events, { start: -5 * DAY, end: 1 })).toHaveLength(1);
  });

  it("places each figure at its asOf, never across its event's span", () => {
    // A tally of the unrest since 2 January, as of the 6th: on the 6th, not on the 2nd.
    const dataset = makeValidDataset();
    const event = dataset.events[1];
    if (!event) throw new Error('fixture: no second event');
    event.time = { start: { at: '2022-01-02' }, end: { at: '2022-01-06' } };
    event.casualties = [{ ...casualty('killed', 'protesters', 8), asOf: '2022-01-06' }];
    const { events } = createDatasetIndex(dataset);
    const day = (iso: string) => ({
      start: Date.parse(`${iso}T00:00+06:00`),
      end: Date.parse(`${iso}T00:00+06:00`) + DAY,
    });
    expect(casualtyRows(events, day('2022-01-02'))).toEqual([]);
    expect(rowKeys(casualtyRows(events, day('2022-01-06')))).toEqual(['killed/protesters']);
  });

  it('gives no rows when the events in view have no figures', () => {
    expect(casualtyRows([eventWith('calm', 0, [])], { start: 0, end: DAY })).toEqual([]);
    expect(casualtyRows([], { start: 0, end: DAY })).toEqual([]);
  });
});

describe('summariseCasualtyRows', () => {
  const figure = (min: number, max: number | null): CasualtyFigure => ({
    entry: eventWith('figure', 0, []),
    casualty: {
      kind: 'killed',
      group: 'unspecified',
      count: { min, max, approximate: false, text: String(min) },
      asOf: '2022-01-06',
      claimedBy: null,
      sources: ['resett'],
    },
  });

  it('keeps small strips whole', () => {
    const rows: CasualtyRow[] = [
      { kind: 'killed', group: 'unspecified', figures: [figure(1, 1), figure(2, 2)] },
    ];
    const summary = summariseCasualtyRows(rows);
    expect(summary.totalFigures).toBe(2);
    expect(summary.hiddenRows).toBe(0);
    expect(summary.rows[0]?.hidden).toBe(0);
    expect(summary.rows[0]?.figures).toHaveLength(2);
  });

  it('keeps the largest figures of a long row and counts the rest', () => {
    const figures = [figure(5, 5), figure(50, null), figure(1, 1), figure(50, 60), figure(7, 9)];
    const summary = summariseCasualtyRows(
      [{ kind: 'killed', group: 'unspecified', figures }],
      8,
      3,
    );
    expect(
      summary.rows[0]?.figures.map((f) => [f.casualty.count.min, f.casualty.count.max]),
    ).toEqual([
      [50, null],
      [50, 60],
      [7, 9],
    ]);
    expect(summary.rows[0]?.hidden).toBe(2);
  });

  it('keeps the busiest rows, in the order of the kinds', () => {
    const rows: CasualtyRow[] = [
      { kind: 'arrested', group: 'a', figures: [figure(1, 1), figure(1, 1), figure(1, 1)] },
      { kind: 'injured', group: 'a', figures: [figure(1, 1)] },
      { kind: 'killed', group: 'a', figures: [figure(1, 1), figure(1, 1)] },
    ];
    const summary = summariseCasualtyRows(rows, 2);
    expect(summary.rows.map((r) => r.kind)).toEqual(['killed', 'arrested']);
    expect(summary.hiddenRows).toBe(1);
    expect(summary.totalFigures).toBe(6);
  });
});
