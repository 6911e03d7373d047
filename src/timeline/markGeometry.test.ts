import { describe, expect, it } from 'vitest';
import { createDatasetIndex, type IndexedEvent } from '../state/datasetIndex';
import { indexedWithTimes, makeTestDataset } from '../state/testDataset';
import { groupIntoLanes, type Lane } from './layout';
import {
  LANE_HEADER,
  MIN_SPAN_WIDTH,
  OPEN_BOUND_REACH,
  ROW_HEIGHT,
  markLabel,
  timelineGeometry,
  type MarkGeometry,
} from './markGeometry';

const HOUR = 3_600_000;
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

/** The width the layout allows per label character (TimelineMarks draws labels at 11 px). */
const LABEL_CHAR_WIDTH = 6.6;

/** What a mark covers on screen: its shape (a point is drawn 7 px either side) and its label. */
function drawnExtent(mark: MarkGeometry): { x0: number; x1: number } {
  const [shape0, shape1] = mark.isPoint ? [mark.x - 7, mark.x + 7] : [mark.x, mark.x + mark.width];
  const labelEnd = mark.labelX + mark.label.length * LABEL_CHAR_WIDTH;
  return { x0: Math.min(shape0, mark.labelX), x1: Math.max(shape1, labelEnd) };
}

describe('markLabel', () => {
  it('keeps a short title as it is', () => {
    expect(markLabel('Protests reach Almaty')).toBe('Protests reach Almaty');
    expect(markLabel('x'.repeat(34))).toBe('x'.repeat(34));
  });

  it('shortens a long title with an ellipsis', () => {
    const label = markLabel('x'.repeat(35));
    expect(label).toBe(`${'x'.repeat(33)}…`);
    expect(label).toHaveLength(34);
  });

  it('does not leave a space before the ellipsis', () => {
    const title = 'Tokayev asks the CSTO for help and troops of the alliance arrive';
    const label = markLabel(title);
    expect(label.endsWith('…')).toBe(true);
    expect(label).not.toMatch(/\s…$/);
    expect(title.startsWith(label.slice(0, -1))).toBe(true);
  });
});

describe('timelineGeometry', () => {
  const allInOneLane = groupIntoLanes(index.events, 'none', index);

  it('draws a day-precision span wider than the minimum as a bar from its start to its end', () => {
    const x = scale(2); // a day is 48 px
    const mark = markOf(timelineGeometry(allInOneLane, x, false).marks, 'city-hall-stormed');
    const { start, end } = entry('city-hall-stormed');
    expect(mark.isPoint).toBe(false);
    expect(mark.x).toBe(x(start));
    expect(mark.width).toBeCloseTo(x(end) - x(start));
    expect(mark.width).toBeGreaterThan(MIN_SPAN_WIDTH);
  });

  it('draws a span narrower than the minimum as a point at its middle', () => {
    const x = scale(0.2); // a day is 4.8 px
    const mark = markOf(timelineGeometry(allInOneLane, x, false).marks, 'city-hall-stormed');
    const { start, end } = entry('city-hall-stormed');
    expect(mark.isPoint).toBe(true);
    expect(mark.width).toBe(0);
    expect(mark.x).toBeCloseTo((x(start) + x(end)) / 2);
  });

  it('draws a clock-time instant as a diamond at its time, however wide the zoom', () => {
    const x = scale(20);
    const csto = markOf(timelineGeometry(allInOneLane, x, false).marks, 'csto-help-requested');
    expect(csto.isPoint).toBe(true);
    expect(csto.isClockTime).toBe(true);
    expect(csto.x).toBe(x(entry('csto-help-requested').start));
  });

  it('draws a duration read to the hour as a bar over its hours', () => {
    // 18:00 to the hour after 12:00 the next day (its end is known to the hour): 19 hours.
    const x = scale(20);
    const airport = markOf(timelineGeometry(allInOneLane, x, false).marks, 'airport-seized');
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
    ).marks;
    const day = (iso: string) => Date.parse(`${iso}T00:00+06:00`);
    expect(mark?.fade?.start).toBeNull();
    expect(mark?.fade?.end?.x0).toBeCloseTo(x(day('2022-01-06')));
    expect(mark?.fade?.end?.x1).toBeGreaterThan(mark?.fade?.end?.x0 ?? 0);
  });

  it('draws a month as a bar when zoomed out to months', () => {
    const mark = markOf(
      timelineGeometry(allInOneLane, scale(1), false).marks,
      'fuel-price-cap-lifted',
    );
    expect(mark.isPoint).toBe(false);
    expect(mark.width).toBeCloseTo(31 * 24);
  });

  it('labels each mark with its shortened title', () => {
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
    );
    expect(geometry.marks[0]?.label).toBe(markLabel(long.event.title));
  });

  it('puts a label beside a point, and along a bar from its start', () => {
    const { marks } = timelineGeometry(allInOneLane, scale(2), false);
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
    );
    const [first, second] = marks;
    expect(first?.y).toBeDefined();
    expect(second?.y).toBeDefined();
    expect((second?.y ?? 0) - (first?.y ?? 0)).toBe(ROW_HEIGHT);
    expect(height).toBeGreaterThanOrEqual((second?.y ?? 0) + ROW_HEIGHT / 2);
  });

  it('gives each lane its own band, one below the other, with marks inside it', () => {
    const lanes = groupIntoLanes(index.events, 'actor', index);
    const geometry = timelineGeometry(lanes, scale(1), true);
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
    );
    const keys = marks.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(marks.filter((m) => m.entry.event.id === 'city-hall-stormed')).toHaveLength(2);
  });

  it('keeps room for at least one row in an empty lane', () => {
    const empty: Lane = { key: 'empty', label: 'Empty', events: [] };
    const geometry = timelineGeometry([empty], scale(1), true);
    expect(geometry.marks).toEqual([]);
    expect(geometry.lanes[0]?.height).toBeGreaterThanOrEqual(ROW_HEIGHT);
  });
});
