import { describe, expect, it } from 'vitest';
import { valueGranularity } from './time';
import { makeValidDataset, messagesAt, problemsAfter, setAt } from './fixtures';
import type { EventTime } from './schema';
import { validateDataset } from './validate';

/** Validates the fixture with event 0's time replaced (and optionally another time zone). */
function checkTime(time: Partial<EventTime>, timeZone = 'Asia/Almaty') {
  const dataset = makeValidDataset();
  dataset.timeZone = timeZone;
  const event = dataset.events[0];
  if (event === undefined) throw new Error('fixture has no events');
  event.time = { ...event.time, ...time };
  return validateDataset(dataset);
}

describe('validateDataset: an end before the start', () => {
  it('reports date-only values in the wrong order, naming both', () => {
    const result = checkTime({ start: '2022-01-05', end: '2022-01-04' });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'events[0].time.end',
          message:
            'event "square-protest" ends before it starts: end "2022-01-04" is before start "2022-01-05" (in Asia/Almaty)',
        },
      ],
    });
  });

  it('reports date-times in the wrong order, even within the same hour', () => {
    const result = checkTime({
      start: '2022-01-05T10:30+06:00',
      end: '2022-01-05T10:00+06:00',
      precision: 'hour',
    });
    expect(result.ok).toBe(false);
  });

  it('compares date-times with different offsets as instants', () => {
    const ok = checkTime({
      start: '2022-01-05T10:00+06:00',
      end: '2022-01-05T04:30Z',
      precision: 'minute',
    });
    expect(ok.ok).toBe(true);
    const bad = checkTime({
      start: '2022-01-05T10:00+06:00',
      end: '2022-01-05T03:30Z',
      precision: 'minute',
    });
    expect(bad.ok).toBe(false);
  });

  it.each([
    ['the same day twice', { start: '2022-01-05', end: '2022-01-05' }],
    [
      'an end month that contains the start day',
      { start: '2022-01-05', end: '2022-01', precision: 'month' as const },
    ],
    [
      'an end day that contains the start time',
      { start: '2022-01-05T10:00+06:00', end: '2022-01-05', precision: 'day' as const },
    ],
    ['a later year', { start: '2021', end: '2022', precision: 'year' as const }],
  ])('accepts %s', (_, time) => {
    expect(checkTime(time).ok).toBe(true);
  });

  it("reads a date-only end in the dataset's time zone", () => {
    // 20:00 UTC on the 4th is already 02:00 on the 5th in Almaty (UTC+6 in 2022), so an event
    // starting then cannot end on the 4th there; in UTC it still can.
    const time = { start: '2022-01-04T20:00Z', end: '2022-01-04', precision: 'day' as const };
    expect(checkTime(time, 'Asia/Almaty').ok).toBe(false);
    expect(checkTime(time, 'UTC').ok).toBe(true);
  });
});

describe('validateDataset: a precision finer than the value', () => {
  it.each([
    [{ start: '2022-01', precision: 'day' as const }, 'start "2022-01", which names a whole month'],
    [
      { start: '2022-01-05', precision: 'minute' as const },
      'start "2022-01-05", which names a whole day',
    ],
    [{ start: '2022', precision: 'month' as const }, 'start "2022", which names a whole year'],
    [
      { start: '2022-01-05', end: '2022-01', precision: 'day' as const },
      'end "2022-01", which names a whole month',
    ],
  ])('reports %j', (time, detail) => {
    const result = checkTime(time);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(messagesAt(result.problems, 'events[0].time.precision')).toEqual([
      expect.stringContaining(`has precision "${time.precision}", finer than its ${detail}`),
    ]);
  });

  it.each([
    [{ start: '2022-01-05', precision: 'month' as const }],
    [{ start: '2022-01-05T10:30+06:00', precision: 'hour' as const }],
    [{ start: '2022-01-05T10:30+06:00', precision: 'minute' as const }],
    [{ start: '2022', precision: 'year' as const }],
  ])('accepts a precision as fine as the value or coarser: %j', (time) => {
    expect(checkTime(time).ok).toBe(true);
  });

  it('knows what each kind of value can name', () => {
    expect(
      ['2022', '2022-01', '2022-01-05', '2022-01-05T10:30:15+06:00'].map(valueGranularity),
    ).toEqual(['year', 'month', 'day', 'minute']);
  });
});

describe('validateDataset: casualty ranges', () => {
  it('reports an inverted range at count.max', () => {
    const problems = problemsAfter((doc) => {
      setAt(doc, ['events', 1, 'casualties', 0, 'count', 'min'], 50);
      setAt(doc, ['events', 1, 'casualties', 0, 'count', 'max'], 10);
    });
    expect(problems).toEqual([
      {
        path: 'events[1].casualties[0].count.max',
        message: 'inverted range in event "square-cleared": max 10 is less than min 50',
      },
    ]);
  });

  it('accepts exact, ranged and open-ended counts', () => {
    const dataset = makeValidDataset();
    const casualty = dataset.events[1]?.casualties[0];
    if (casualty === undefined) throw new Error('fixture has no casualty');
    for (const [min, max] of [
      [3, 3],
      [3, 30],
      [0, null],
    ] as const) {
      casualty.count = { ...casualty.count, min, max };
      expect(validateDataset(dataset).ok).toBe(true);
    }
  });
});

describe('validateDataset: categories', () => {
  it('reports a category listed twice in one event', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['events', 1, 'categories', 2], 'violence'));
    expect(problems).toEqual([
      {
        path: 'events[1].categories[2]',
        message:
          'category "violence" is listed twice in event "square-cleared" (also at categories[0])',
      },
    ]);
  });
});
