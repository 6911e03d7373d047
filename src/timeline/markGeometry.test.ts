import { beforeAll, describe, expect, it } from 'vitest';
import { createDatasetIndex, type IndexedEvent } from '../state/datasetIndex';
import { makeTestDataset } from '../model/testDataset';
import { indexedWithTimes } from '../state/testIndex';
import { groupIntoLanes, type Lane } from './layout';
import {
  LANE_HEADER,
  MIN_SPAN_WIDTH,
  OPEN_BOUND_REACH,
  ROW_HEIGHT,
  coarseNote,
  fitLabel,
  timelineGeometry,
  type MarkGeometry,
} from './markGeometry';

const HOUR = 3_600_000;
/** A chart wide enough that no label flips or is cut. */
const WIDE = { width: 1_000_000 };
const index = createDatasetIndex(makeTestDataset());
const origin = Date.parse('2022-01-01T00:00+06:00');
/** A linear time scale: `pxPerHour` pixels per hour from 1 January 2022 in Almaty. */
const scale = (pxPerHour: number) => (ms: number) => ((ms - origin) / HOUR) * pxPerHour;

function entry(id: string): IndexedEvent {
  const found = index.byId.get(id);
  if (!found) throw new Error(`fixture: no event ${id}`);
  return found;
}

function markOf(marks: readonly MarkGeometry[], id: string): MarkGeometry {
  const found = marks.find((m) => m.entry.event.id === id);
  if (!found) throw new Error(`no mark for ${id}`);
  return found;
}

/** An indexed event with the given title, lasting from `start` to `end` (ms). */
function handmade(id: string, title: string, start: number, end: number): IndexedEvent {
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z';
  const [made] = indexedWithTimes({ [id]: { start: { at: iso(start) }, end: { at: iso(end) } } });
  if (!made) throw new Error('fixture: no event made');
  return { ...made, event: { ...made.event, title } };
}

/** What a mark covers on screen: its shape (a point is drawn 7 px either side) and its label. */
function drawnExtent(mark: MarkGeometry): { x0: number; x1: number } {
  const [shape0, shape1] = mark.isPoint ? [mark.x - 7, mark.x + 7] : [mark.x, mark.x + mark.width];
  const labelEnd = mark.labelX + mark.labelWidth;
  return { x0: Math.min(shape0, mark.labelX), x1: Math.max(shape1, labelEnd) };
}

describe('fitLabel', () => {
  it('keeps a title that fits whole, however long', () => {
    const title = 'Nazarbayev removed from his national-security position';
    expect(fitLabel(title, 1000)).toEqual({ label: title, cut: false });
  });

  it('shortens a title to the room it has, with an ellipsis and no space before it', () => {
    const title = 'Tokayev asks the CSTO for help and troops of the alliance arrive';
    const { label, cut } = fitLabel(title, 100);
    expect(cut).toBe(true);
    expect(label.endsWith('…')).toBe(true);
    expect(label).not.toMatch(/\s…$/);
    expect(label.length * 6.6).toBeLessThanOrEqual(100);
    expect(title.startsWith(label.slice(0, -1))).toBe(true);
  });
});

describe('label placement', () => {
  const [point] = indexedWithTimes({ late: { at: '2022-01-06T23:00+06:00' } });
  const [early] = indexedWithTimes({ early: { at: '2022-01-01T01:00+06:00' } });
  const x = scale(10); // six days are 1,440 px

  it('puts a label right of a point, and flips it to the left near the right edge', () => {
    if (!point || !early) throw new Error('fixture');
    const lane = (e: IndexedEvent) => [{ key: 'all', label: 'All', events: [e] }];
    const width = x(Date.parse('2022-01-07T00:00+06:00'));
    const [left] = timelineGeometry(lane(point), x, false, { width }).marks;
    expect(left?.labelX).toBeLessThan(left?.x ?? 0);
    expect((left?.labelX ?? 0) + (left?.labelWidth ?? 0)).toBeLessThanOrEqual(width);
    expect(left?.labelCut).toBe(false);
    const [right] = timelineGeometry(lane(early), x, false, { width }).marks;
    expect(right?.labelX).toBeGreaterThan(right?.x ?? 0);
  });

  it('uses the measure it is given', () => {
    if (!early) throw new Error('fixture');
    const [mark] = timelineGeometry([{ key: 'all', label: 'All', events: [early] }], x, false, {
      width: 2000,
      measure: (text) => text.length * 10,
    }).marks;
    expect(mark?.labelWidth).toBe(mark ? mark.label.length * 10 : -1);
  });
});

describe('timelineGeometry', () => {
  // Lanes are named in the active language, which the setup loads before the tests, not before
  // this describe's body runs.
  let allInOneLane: Lane[] = [];
  beforeAll(() => {
    allInOneLane = groupIntoLanes(index.events, 'none', index);
  });

  it('draws a day-precision span wider than the minimum as a bar from its start to its end', () => {
    const x = scale(2); // a day is 48 px
    const mark = markOf(timelineGeometry(allInOneLane, x, false, WIDE).marks, 'city-hall-stormed');
    const { start, end } = entry('city-hall-stormed');
    expect(mark.isPoint).toBe(false);
    expect(mark.x).toBe(x(start));
    expect(mark.width).toBeCloseTo(x(end) - x(start));
    expect(mark.width).toBeGreaterThan(MIN_SPAN_WIDTH);
  });

  it('draws a span narrower than the minimum as a point at its middle', () => {
    const x = scale(0.2); // a day is 4.8 px
    const mark = markOf(timelineGeometry(allInOneLane, x, false, WIDE).marks, 'city-hall-stormed');
    const { start, end } = entry('city-hall-stormed');
    expect(mark.isPoint).toBe(true);
    expect(mark.width).toBe(0);
    expect(mark.x).toBeCloseTo((x(start) + x(end)) / 2);
  });

  it('draws a clock-time instant as a diamond at its time, however wide the zoom', () => {
    const x = scale(20);
    const csto = markOf(
      timelineGeometry(allInOneLane, x, false, WIDE).marks,
      'csto-help-requested',
    );
    expect(csto.isPoint).toBe(true);
    expect(csto.isClockTime).toBe(true);
    expect(csto.x).toBe(x(entry('csto-help-requested').start));
  });

  it('draws a duration read to the hour as a bar over its hours', () => {
    // 18:00 to the hour after 12:00 the next day (its end is known to the hour): 19 hours.
    const x = scale(20);
    const airport = markOf(timelineGeometry(allInOneLane, x, false, WIDE).marks, 'airport-seized');
    expect(airport.isPoint).toBe(false);
    expect(airport.width).toBeCloseTo(19 * 20);
    expect(airport.fade).toBeNull();
    expect(airport.bracket).toBeNull();
  });

  it('draws an instant known within bounds at its estimate, with a bracket over the bounds', () => {
    const [byThursday] = indexedWithTimes({
      'by-thursday': { notBefore: '2022-01-02', notAfter: '2022-01-06' },
    });
    if (!byThursday) throw new Error('fixture');
    const x = scale(2); // a day is 48 px
    const [mark] = timelineGeometry(
      [{ key: 'all', label: 'All', events: [byThursday] }],
      x,
      false,
      WIDE,
    ).marks;
    const day = (iso: string) => Date.parse(`${iso}T00:00+06:00`);
    // The mark is the estimated day (6 January), not a five-day bar.
    expect(mark?.isPoint).toBe(false);
    expect(mark?.x).toBeCloseTo(x(day('2022-01-06')));
    expect(mark?.width).toBeCloseTo(48);
    expect(mark?.bracket).toEqual({
      x0: x(day('2022-01-02')),
      x1: x(day('2022-01-07')),
      openStart: false,
      openEnd: false,
    });
  });

  it('fades an open bound out a short way instead of drawing it to infinity', () => {
    const [byThen] = indexedWithTimes({ 'by-then': { notAfter: '2022-01-06' } });
    if (!byThen) throw new Error('fixture');
    const x = scale(2);
    const [mark] = timelineGeometry(
      [{ key: 'all', label: 'All', events: [byThen] }],
      x,
      false,
      WIDE,
    ).marks;
    expect(mark?.bracket?.openStart).toBe(true);
    expect(mark?.bracket?.x0).toBeCloseTo((mark?.x ?? 0) - OPEN_BOUND_REACH);
  });

  it('fades a duration over the time its uncertain end may lie in', () => {
    const [ongoing] = indexedWithTimes({
      ongoing: { start: { at: '2022-01-02' }, end: { notBefore: '2022-01-06' } },
    });
    if (!ongoing) throw new Error('fixture');
    const x = scale(2);
    const [mark] = timelineGeometry(
      [{ key: 'all', label: 'All', events: [ongoing] }],
      x,
      false,
      WIDE,
    ).marks;
    const day = (iso: string) => Date.parse(`${iso}T00:00+06:00`);
    expect(mark?.fade?.start).toBeNull();
    expect(mark?.fade?.end?.x0).toBeCloseTo(x(day('2022-01-06')));
    expect(mark?.fade?.end?.x1).toBeGreaterThan(mark?.fade?.end?.x0 ?? 0);
  });

  it('hatches a day-precise instant on an hour axis, and not on a day axis', () => {
    const x = scale(20); // a day is 480 px: the axis reads hours
    const onHours = timelineGeometry(allInOneLane, x, false, { ...WIDE, axisUnit: 'hour' });
    const onDays = timelineGeometry(allInOneLane, x, false, { ...WIDE, axisUnit: 'day' });
    expect(markOf(onHours.marks, 'city-hall-stormed').coarse).toBe(true);
    expect(markOf(onDays.marks, 'city-hall-stormed').coarse).toBe(false);
    // Still drawn over the whole day, not at a time of day.
    expect(markOf(onHours.marks, 'city-hall-stormed').width).toBeCloseTo(24 * 20);
  });

  it('never hatches a clock-time instant or a duration, whatever the axis reads', () => {
    const geometry = timelineGeometry(allInOneLane, scale(200), false, {
      ...WIDE,
      axisUnit: 'minute',
    });
    expect(markOf(geometry.marks, 'csto-help-requested').coarse).toBe(false);
    expect(markOf(geometry.marks, 'airport-seized').coarse).toBe(false);
  });

  it('hatches a month-precise instant on a day axis, and says what is not given', () => {
    const geometry = timelineGeometry(allInOneLane, scale(1), false, { ...WIDE, axisUnit: 'day' });
    expect(markOf(geometry.marks, 'fuel-price-cap-lifted').coarse).toBe(true);
    expect(coarseNote(entry('fuel-price-cap-lifted'), 'day')).toBe('the day is not given');
    expect(coarseNote(entry('city-hall-stormed'), 'hour')).toBe('the time of day is not given');
    expect(coarseNote(entry('city-hall-stormed'), 'day')).toBeNull();
    expect(coarseNote(entry('airport-seized'), 'minute')).toBeNull();
  });

  it('draws a month as a bar when zoomed out to months', () => {
    const mark = markOf(
      timelineGeometry(allInOneLane, scale(1), false, WIDE).marks,
      'fuel-price-cap-lifted',
    );
    expect(mark.isPoint).toBe(false);
    expect(mark.width).toBeCloseTo(31 * 24);
  });

  it('labels each mark with its whole title when the row has room', () => {
    const long = handmade(
      'long',
      'A very long title that goes on and on and on',
      origin,
      origin + HOUR,
    );
    const geometry = timelineGeometry(
      [{ key: 'all', label: 'All', events: [long] }],
      scale(1),
      false,
      WIDE,
    );
    expect(geometry.marks[0]?.label).toBe(long.event.title);
  });

  it('puts a label beside a point, and along a bar from its start', () => {
    const { marks } = timelineGeometry(allInOneLane, scale(2), false, WIDE);
    const point = markOf(marks, 'csto-help-requested');
    expect(point.labelX).toBeGreaterThan(point.x + 7);
    const bar = markOf(marks, 'city-hall-stormed');
    expect(bar.labelX).toBeGreaterThanOrEqual(bar.x);
    expect(bar.labelX).toBeLessThan(bar.x + bar.width);
  });

  it('never lets marks or their labels overlap within a lane, at any zoom', () => {
    for (const pxPerHour of [0.01, 0.2, 1, 5, 40]) {
      for (const mode of ['none', 'actor', 'location', 'category'] as const) {
        const { marks } = timelineGeometry(
          groupIntoLanes(index.events, mode, index),
          scale(pxPerHour),
          mode !== 'none',
          WIDE,
        );
        marks.forEach((a, i) => {
          marks.slice(i + 1).forEach((b) => {
            if (a.y !== b.y) return;
            const ea = drawnExtent(a);
            const eb = drawnExtent(b);
            const apart = ea.x1 <= eb.x0 || eb.x1 <= ea.x0;
            expect(apart, `${a.key} and ${b.key} at ${pxPerHour} px/h`).toBe(true);
          });
        });
      }
    }
  });

  it('stacks marks that would overlap into rows one row height apart', () => {
    const a = handmade('a', 'First', origin, origin + HOUR);
    const b = handmade('b', 'Second', origin + HOUR, origin + 2 * HOUR);
    const { marks, height } = timelineGeometry(
      [{ key: 'all', label: 'All', events: [a, b] }],
      scale(1),
      false,
      WIDE,
    );
    const [first, second] = marks;
    expect(first?.y).toBeDefined();
    expect(second?.y).toBeDefined();
    expect((second?.y ?? 0) - (first?.y ?? 0)).toBe(ROW_HEIGHT);
    expect(height).toBeGreaterThanOrEqual((second?.y ?? 0) + ROW_HEIGHT / 2);
  });

  it('gives each lane its own band, one below the other, with marks inside it', () => {
    const lanes = groupIntoLanes(index.events, 'actor', index);
    const geometry = timelineGeometry(lanes, scale(1), true, WIDE);
    expect(geometry.lanes.map((lane) => lane.key)).toEqual(lanes.map((lane) => lane.key));
    expect(geometry.lanes.map((lane) => lane.count)).toEqual(
      lanes.map((lane) => lane.events.length),
    );
    geometry.lanes.forEach((lane, i) => {
      const next = geometry.lanes[i + 1];
      if (next) expect(next.y).toBeGreaterThanOrEqual(lane.y + lane.height);
      const marks = geometry.marks.filter((m) => m.key.startsWith(`${lane.key}:`));
      expect(marks).toHaveLength(lane.count);
      for (const mark of marks) {
        expect(mark.y).toBeGreaterThanOrEqual(lane.y + LANE_HEADER);
        expect(mark.y).toBeLessThanOrEqual(lane.y + lane.height);
      }
    });
    const last = geometry.lanes.at(-1);
    expect(last).toBeDefined();
    expect(geometry.height).toBeGreaterThanOrEqual((last?.y ?? 0) + (last?.height ?? 0));
  });

  it('gives every mark a unique key, even for an event shown in several lanes', () => {
    const { marks } = timelineGeometry(
      groupIntoLanes(index.events, 'actor', index),
      scale(1),
      true,
      WIDE,
    );
    const keys = marks.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(marks.filter((m) => m.entry.event.id === 'city-hall-stormed')).toHaveLength(2);
  });

  it('keeps room for at least one row in an empty lane', () => {
    const empty: Lane = { key: 'empty', label: 'Empty', events: [] };
    const geometry = timelineGeometry([empty], scale(1), true, WIDE);
    expect(geometry.marks).toEqual([]);
    expect(geometry.lanes[0]?.height).toBeGreaterThanOrEqual(ROW_HEIGHT);
  });
});
