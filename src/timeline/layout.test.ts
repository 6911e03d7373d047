import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChronicleEvent, Dataset } from '../model/schema';
import { createDatasetIndex } from '../state/datasetIndex';
import { makeTestDataset } from '../model/testDataset';
import { assignRows, groupIntoLanes, type Lane, type RowItem } from './layout';

/** The row items as [x0, x1] pairs. */
const items = (...pairs: [number, number][]): RowItem[] => pairs.map(([x0, x1]) => ({ x0, x1 }));

/** The most items whose extents (each widened by `gap` on the right) share one point. */
function deepestOverlap(list: readonly RowItem[], gap: number): number {
  let deepest = 0;
  for (const at of list) {
    const depth = list.filter((item) => item.x0 <= at.x0 && at.x0 < item.x1 + gap).length;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

const rowItem = fc
  .tuple(fc.integer({ min: -500, max: 2000 }), fc.integer({ min: 0, max: 400 }))
  .map(([x0, length]): RowItem => ({ x0, x1: x0 + length }));

describe('assignRows', () => {
  it('puts items that do not overlap in row 0', () => {
    expect(assignRows(items([0, 10], [20, 30], [40, 50]))).toEqual([0, 0, 0]);
  });

  it('moves an overlapping item to the next row', () => {
    expect(assignRows(items([0, 100], [50, 150], [200, 250]))).toEqual([0, 1, 0]);
  });

  it('keeps the gap between items in a row', () => {
    expect(assignRows(items([0, 10], [17, 30]), 8)).toEqual([0, 1]);
    expect(assignRows(items([0, 10], [18, 30]), 8)).toEqual([0, 0]);
    expect(assignRows(items([0, 10], [10, 30]), 0)).toEqual([0, 0]);
  });

  it('returns rows by input position, whatever the input order', () => {
    expect(assignRows(items([200, 250], [50, 150], [0, 100]))).toEqual([0, 1, 0]);
  });

  it('reuses the first row that has room again', () => {
    expect(assignRows(items([0, 100], [10, 30], [20, 40], [60, 80]))).toEqual([0, 1, 2, 1]);
  });

  it('gives an empty list no rows', () => {
    expect(assignRows([])).toEqual([]);
  });

  it('never puts two overlapping items (gap included) in one row', () => {
    fc.assert(
      fc.property(
        fc.array(rowItem, { maxLength: 40 }),
        fc.integer({ min: 0, max: 20 }),
        (list, gap) => {
          const rows = assignRows(list, gap);
          expect(rows).toHaveLength(list.length);
          list.forEach((a, i) => {
            list.forEach((b, j) => {
              if (i >= j || rows[i] !== rows[j]) return;
              const apart = a.x1 + gap <= b.x0 || b.x1 + gap <= a.x0;
              expect(apart, `items ${i} and ${j} share row ${rows[i]}`).toBe(true);
            });
          });
        },
      ),
    );
  });

  it('uses as many rows as the most items that overlap at one point, no more', () => {
    fc.assert(
      fc.property(
        fc.array(rowItem, { maxLength: 40 }),
        fc.integer({ min: 1, max: 20 }),
        (list, gap) => {
          const rows = assignRows(list, gap);
          const rowCount = rows.length === 0 ? 0 : Math.max(...rows) + 1;
          expect(rowCount).toBe(deepestOverlap(list, gap));
          expect(rowCount).toBeLessThanOrEqual(list.length);
          for (const row of rows) expect(row).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('groupIntoLanes', () => {
  const index = createDatasetIndex(makeTestDataset());
  const lanesAsIds = (lanes: readonly Lane[]) =>
    lanes.map((lane) => [lane.label, lane.events.map(({ event }) => event.id)]);

  it('puts every event in one "All events" lane when lanes are off', () => {
    const lanes = groupIntoLanes(index.events, 'none', index);
    expect(lanes).toHaveLength(1);
    expect(lanes[0]?.label).toBe('All events');
    expect(lanes[0]?.events).toEqual(index.events);
  });

  it('groups by actor, showing an event in the lane of each of its actors', () => {
    expect(lanesAsIds(groupIntoLanes(index.events, 'actor', index))).toEqual([
      ['The government', ['state-of-emergency']],
      [
        'Protesters',
        [
          'zhanaozen-protest-begins',
          'square-protest',
          'protests-reach-almaty',
          'city-hall-stormed',
          'square-cleared',
          'airport-seized',
          'station-attacked',
        ],
      ],
      ['Security forces', ['city-hall-stormed', 'shoot-without-warning']],
      ['Police', ['square-cleared']],
      [
        'Kassym-Jomart Tokayev',
        ['government-resigns', 'csto-help-requested', 'shoot-without-warning'],
      ],
      ['Collective Security Treaty Organization', ['csto-help-requested']],
      ['No actor named', ['fuel-price-cap-lifted']],
    ]);
  });

  it('keys actor lanes by actor id and the last lane apart from them', () => {
    const keys = groupIntoLanes(index.events, 'actor', index).map((lane) => lane.key);
    const actorIds = ['government', 'protesters', 'security-forces', 'police', 'tokayev', 'csto'];
    expect(keys.slice(0, -1)).toEqual(actorIds);
    expect(actorIds).not.toContain(keys.at(-1));
  });

  it('groups by the places named on each event', () => {
    expect(lanesAsIds(groupIntoLanes(index.events, 'location', index))).toEqual([
      ['Kazakhstan', ['state-of-emergency', 'fuel-price-cap-lifted', 'shoot-without-warning']],
      ['Zhanaozen', ['zhanaozen-protest-begins']],
      ['Republic Square', ['square-protest', 'square-cleared']],
      ['Almaty', ['protests-reach-almaty', 'square-cleared']],
      ['City hall', ['city-hall-stormed']],
      ['Nur-Sultan', ['government-resigns', 'csto-help-requested']],
      ['Almaty International Airport', ['airport-seized']],
      ['A police station (which one is not given)', ['station-attacked']],
    ]);
  });

  it('groups by category, with the category names as labels', () => {
    const lanes = groupIntoLanes(index.events, 'category', index);
    expect(lanes.map((lane) => lane.label)).toEqual([
      'Policy',
      'Politics',
      'Economy',
      'Background',
      'Protest',
      'Violence',
      'Security operation',
      'Casualties',
      'International',
    ]);
    expect(
      lanes.find((lane) => lane.key === 'violence')?.events.map(({ event }) => event.id),
    ).toEqual(['city-hall-stormed', 'square-cleared', 'airport-seized', 'station-attacked']);
  });

  it('lists an event once in a lane even when it names the same actor twice', () => {
    const dataset: Dataset = makeTestDataset();
    const event = dataset.events.find((e) => e.id === 'csto-help-requested');
    if (!event) throw new Error('fixture: csto-help-requested is missing');
    event.actors = [{ actor: 'tokayev', role: 'president' }, { actor: 'tokayev' }];
    const own = createDatasetIndex(dataset);
    const tokayev = groupIntoLanes(own.events, 'actor', own).find((lane) => lane.key === 'tokayev');
    expect(tokayev?.events.map(({ event: e }) => e.id)).toEqual([
      'government-resigns',
      'csto-help-requested',
      'shoot-without-warning',
    ]);
  });

  it('sends events without a place to a last "No place named" lane', () => {
    const dataset = makeTestDataset();
    const placeless: ChronicleEvent | undefined = dataset.events[1];
    if (!placeless) throw new Error('fixture: the second event is missing');
    placeless.locations = [];
    const own = createDatasetIndex(dataset);
    const lanes = groupIntoLanes(own.events, 'location', own);
    expect(lanes.at(-1)?.label).toBe('No place named');
    expect(lanes.at(-1)?.events.map(({ event }) => event.id)).toEqual([placeless.id]);
  });

  it('shows only the events it is given', () => {
    const some = index.events.filter(({ event }) => event.categories.includes('protest'));
    const lanes = groupIntoLanes(some, 'actor', index);
    expect(lanes.map((lane) => lane.label)).toEqual(['Protesters', 'Security forces']);
  });

  it('gives no lanes for no events', () => {
    expect(groupIntoLanes([], 'actor', index)).toEqual([]);
  });
});
