import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Casualty, CasualtyCount, ChronicleEvent } from '../model/schema';
import { makeTestDataset } from '../model/testDataset';
import { createDatasetIndex, type CasualtyFigure, type IndexedEvent } from '../state/datasetIndex';
import {
  STRIP_GEOMETRY,
  casualtyRows,
  casualtySections,
  countAxis,
  figureMarks,
  stripLayout,
  type CasualtyRow,
} from './casualtyBars';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const base = createDatasetIndex(makeTestDataset());
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

const casualty = (
  kind: Casualty['kind'],
  group: string,
  min = 1,
  changes: Partial<Casualty> = {},
): Casualty => ({
  kind,
  group,
  count: count(min, min),
  asOf: '2022-01-05',
  claimedBy: null,
  sources: ['wire'],
  ...changes,
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
  it('gives the same rows read off the table of all the events, for any subset and window', () => {
    const all = base.events;
    const times = all.flatMap((e) => e.asOf.flatMap((span) => [span.start, span.end]));
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: all.length, maxLength: all.length }),
        fc.constantFrom(...times),
        fc.constantFrom(...times),
        (keep, a, b) => {
          const events = all.filter((_, i) => keep[i]);
          const window = { start: Math.min(a, b), end: Math.max(a, b) + 1 };
          expect(casualtyRows(events, window, all)).toEqual(casualtyRows(events, window));
        },
      ),
    );
    const everything = { start: -Infinity, end: Infinity };
    expect(casualtyRows(all, everything, all)).toEqual(casualtyRows(all, everything));
    expect(casualtyRows(all, everything, all).length).toBeGreaterThan(0);
  });

  it('groups the figures of the events in view by kind and group', () => {
    const rows = casualtyRows(base.events, { start: -Infinity, end: Infinity });
    expect(rowKeys(rows)).toEqual([
      'killed/protesters',
      'injured/security-forces',
      'injured/unspecified',
    ]);
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

  it('keeps apart the figures of different claimants, however alike', () => {
    const events = [
      eventWith('a', 0, [casualty('killed', 'protesters', 8, { claimedBy: 'police' })]),
      eventWith('b', 1, [casualty('killed', 'protesters', 8, { claimedBy: 'opposition' })]),
      eventWith('c', 2, [casualty('killed', 'protesters', 8)]),
    ];
    const rows = casualtyRows(events, { start: 0, end: 10 * DAY });
    expect(rows.map((row) => row.claimedBy)).toEqual(['police', 'opposition', null]);
  });

  it("orders a claimant's figures by their asOf: revisions read in time order", () => {
    const later = eventWith('later', 0, [casualty('killed', 'protesters', 26)]);
    const earlier = eventWith('earlier', 3, [casualty('killed', 'protesters', 8)]);
    // The later report comes first in the story, but its figure holds as of a later day.
    const events = [
      { ...later, asOf: [{ start: 2 * DAY, end: 3 * DAY }] },
      { ...earlier, asOf: [{ start: 1 * DAY, end: 2 * DAY }] },
    ];
    const rows = casualtyRows(events, { start: 0, end: 10 * DAY });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.figures.map((f) => f.casualty.count.min)).toEqual([8, 26]);
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
    const dataset = makeTestDataset();
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

describe('casualtySections', () => {
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
  const row = (
    kind: CasualtyRow['kind'],
    claimedBy: string | null,
    figures: CasualtyFigure[],
  ): CasualtyRow => ({ kind, group: 'unspecified', claimedBy, figures });

  it('gives one section per kind, in the order of the kinds, and keeps small strips whole', () => {
    const sections = casualtySections([
      row('injured', null, [figure(1000, 1000)]),
      row('killed', 'police', [figure(8, 8)]),
      row('killed', null, [figure(10, null)]),
    ]);
    expect(sections.map((s) => s.kind)).toEqual(['killed', 'injured']);
    expect(sections[0]?.figureCount).toBe(2);
    expect(sections[0]?.hiddenRows).toBe(0);
    expect(sections[0]?.rows.every((r) => r.hidden === 0)).toBe(true);
  });

  it('puts the row with the largest latest figure first', () => {
    const sections = casualtySections([
      row('killed', 'a', [figure(50, 50), figure(5, 5)]),
      row('killed', 'b', [figure(24, null)]),
      row('killed', 'c', [figure(24, 30)]),
    ]);
    expect(sections[0]?.rows.map((r) => r.claimedBy)).toEqual(['b', 'c', 'a']);
  });

  it("keeps a row's latest figures and the largest rows, counting the rest", () => {
    const long = row('killed', 'a', [figure(1, 1), figure(2, 2), figure(3, 3), figure(4, 4)]);
    const others = [row('killed', 'b', [figure(9, 9)]), row('killed', 'c', [figure(0, 0)])];
    const [section] = casualtySections([long, ...others], { rowsPerKind: 2, figuresPerRow: 2 });
    expect(section?.rows.map((r) => r.claimedBy)).toEqual(['b', 'a']);
    expect(section?.rows[1]?.figures.map((f) => f.casualty.count.min)).toEqual([3, 4]);
    expect(section?.rows[1]?.hidden).toBe(2);
    expect(section?.hiddenRows).toBe(1);
    expect(section?.figureCount).toBe(6);
  });
});

describe('countAxis', () => {
  it('is linear from 0 to a round number at or above the largest figure', () => {
    const axis = countAxis([count(8, 8), count(24, null)], 400);
    expect(axis.domain[0]).toBe(0);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(24);
    expect(axis.domain[1] % 5).toBe(0);
    expect(axis.x(0)).toBe(STRIP_GEOMETRY.inset);
    // Linear: twice the figure, twice the distance from 0.
    const zero = axis.x(0);
    expect(axis.x(24) - zero).toBeCloseTo(3 * (axis.x(8) - zero));
  });

  it('leaves room after its end for the arrow of an open-ended figure', () => {
    expect(countAxis([count(24, null)], 400).range[1]).toBe(400 - STRIP_GEOMETRY.openRoom);
    expect(countAxis([count(24, 24)], 400).range[1]).toBe(400 - STRIP_GEOMETRY.closedRoom);
  });

  it('labels whole-number ticks from 0 to the end, spaced to the width', () => {
    const axis = countAxis([count(1000, 1000, true)], 400);
    expect(axis.ticks[0]).toMatchObject({ value: 0, label: '0' });
    expect(axis.ticks.at(-1)).toMatchObject({ value: 1000, label: '1,000' });
    expect(axis.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(countAxis([count(1, 1)], 400).ticks.map((t) => t.value)).toEqual([0, 1]);
    const narrow = countAxis([count(1000, 1000)], 200).ticks.length;
    expect(narrow).toBeLessThan(countAxis([count(1000, 1000)], 800).ticks.length);
  });

  it('draws kinds on scales of their own: 8 killed is not a fraction of 1,000 injured', () => {
    const killed = countAxis([count(8, 8), count(24, null)], 400);
    const injured = countAxis([count(1000, 1000, true)], 400);
    expect(killed.domain[1]).toBeLessThan(100);
    expect(injured.domain[1]).toBe(1000);
  });
});

describe('figureMarks', () => {
  const axis = countAxis([count(100, 100)], 416);

  it('draws a value as one dot, never a bar from zero', () => {
    expect(figureMarks(count(50, 50), axis)).toEqual({
      dots: [axis.x(50)],
      line: null,
      arrow: null,
      approximate: false,
    });
  });

  it('draws a range from dot to dot', () => {
    const marks = figureMarks(count(10, 19, true), axis);
    expect(marks.dots).toEqual([axis.x(10), axis.x(19)]);
    expect(marks.line).toEqual([axis.x(10), axis.x(19)]);
    expect(marks.approximate).toBe(true);
  });

  it('draws an open-ended figure as a dot with an arrow: "or more"', () => {
    const marks = figureMarks(count(24, null), axis);
    expect(marks.dots).toEqual([axis.x(24)]);
    expect(marks.arrow).toEqual([axis.x(24), axis.x(24) + STRIP_GEOMETRY.arrow]);
  });

  it('never collapses a range or an open end into one dot', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
        (min, extra) => {
          const max = extra === null ? null : min + extra;
          const marks = figureMarks(count(min, max), countAxis([count(min, max)], 500));
          if (max === null) expect(marks.arrow).not.toBeNull();
          else if (max > min) expect(marks.dots).toHaveLength(2);
          else expect(marks.dots).toHaveLength(1);
          for (const x of marks.dots) expect(x).toBeLessThanOrEqual(500);
        },
      ),
    );
  });
});

describe('stripLayout', () => {
  it('stacks words above drawings on a narrow strip, the drawing as wide as the strip', () => {
    expect(stripLayout(343)).toEqual({ stacked: true, drawingWidth: 343 });
  });

  it('puts the drawing beside the words on a wide strip, within its bounds', () => {
    expect(stripLayout(800)).toEqual({ stacked: false, drawingWidth: 320 });
    expect(stripLayout(STRIP_GEOMETRY.stackBelow).drawingWidth).toBe(STRIP_GEOMETRY.drawingMin);
    expect(stripLayout(2400).drawingWidth).toBe(STRIP_GEOMETRY.drawingMax);
  });
});
