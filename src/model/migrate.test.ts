import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateDocument } from './migrate';
import { validateDataset } from './validate';
import { makeTestDataset } from './testDataset';

const v1Time = (time: Record<string, unknown>) => ({
  format: 'chronicle/1',
  events: [{ id: 'x', time }],
});

const migratedTime = (time: Record<string, unknown>) => {
  const doc = migrateDocument(v1Time(time)) as { events: { time: unknown }[] };
  return doc.events[0]?.time;
};

describe('migrateDocument: chronicle/1 → chronicle/2', () => {
  it('turns a time without an end into an instant, keeping only what says more than the value', () => {
    expect(
      migratedTime({ start: '2022-01-05', precision: 'day', approximate: false, basis: 'b' }),
    ).toEqual({ at: '2022-01-05', basis: 'b' });
    expect(
      migratedTime({
        start: '2022-01-05T14:00+06:00',
        precision: 'hour',
        approximate: true,
        basis: 'b',
      }),
    ).toEqual({ at: '2022-01-05T14:00+06:00', precision: 'hour', approximate: true, basis: 'b' });
  });

  it('keeps an end as a duration, with the shared precision and hedge on both ends', () => {
    expect(
      migratedTime({
        start: '2022-01-02',
        end: '2022-01-06',
        precision: 'month',
        approximate: true,
        basis: 'b',
      }),
    ).toEqual({
      start: { at: '2022-01-02', precision: 'month', approximate: true },
      end: { at: '2022-01-06', precision: 'month', approximate: true },
      basis: 'b',
    });
  });

  it('leaves other versions and anything it does not recognise alone', () => {
    const v2 = { format: 'chronicle/2', events: [{ time: { start: 'x' } }] };
    expect(migrateDocument(v2)).toBe(v2);
    expect(migrateDocument('text')).toBe('text');
    expect(migratedTime({ at: '2022' })).toEqual({ at: '2022' });
  });

  it('loads every chronicle/1 document that was valid: the v1 form of the fixture', () => {
    const v1 = {
      ...makeTestDataset(),
      format: 'chronicle/1',
      events: makeTestDataset().events.map((event) => ({
        ...event,
        time: { start: '2022-01-04', precision: 'day', approximate: false, basis: 'test' },
      })),
    };
    const result = validateDataset(v1);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.format).toBe('chronicle/2');
      expect(result.dataset.events[0]?.time).toEqual({ at: '2022-01-04', basis: 'test' });
    }
  });

  it('loads the last chronicle/1 version of the bundled story', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const text = readFileSync(join(here, 'testdata', 'kazakhstan-2022-01.v1.json'), 'utf8');
    const result = validateDataset(JSON.parse(text));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const spread = result.dataset.events.find(
      (e) => e.id === 'protests-spread-to-political-demands',
    );
    // chronicle/1 said it lasted 2–6 January; the migration keeps exactly that.
    expect(spread?.time).toMatchObject({ start: { at: '2022-01-02' }, end: { at: '2022-01-06' } });
  });
});
