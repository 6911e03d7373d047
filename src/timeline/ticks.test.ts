import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import { chooseTickInterval, timeTicks } from './ticks';

const ZONE = 'Asia/Almaty';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The default minimum distance between ticks, in px. */
const MIN_SPACING = 90;
/** An instant written with Almaty's 2022 offset (UTC+6). */
const almaty = (local: string) => Date.parse(`${local}+06:00`);

describe('chooseTickInterval', () => {
  it('steps from minutes down at the smallest spans to years at the largest', () => {
    const width = 900; // room for ten ticks
    expect(chooseTickInterval(30 * MINUTE, width)).toEqual({ unit: 'minute', step: 5 });
    expect(chooseTickInterval(2 * HOUR, width)).toEqual({ unit: 'minute', step: 15 });
    expect(chooseTickInterval(8 * HOUR, width)).toEqual({ unit: 'hour', step: 1 });
    expect(chooseTickInterval(2 * DAY, width)).toEqual({ unit: 'hour', step: 6 });
    expect(chooseTickInterval(6 * DAY, width)).toEqual({ unit: 'day', step: 1 });
    expect(chooseTickInterval(60 * DAY, width)).toEqual({ unit: 'day', step: 7 });
    expect(chooseTickInterval(200 * DAY, width)).toEqual({ unit: 'month', step: 1 });
    expect(chooseTickInterval(8 * 365 * DAY, width)).toEqual({ unit: 'year', step: 1 });
    expect(chooseTickInterval(30 * 365 * DAY, width)).toEqual({ unit: 'year', step: 5 });
  });

  it('chooses coarser steps as the axis gets narrower', () => {
    expect(chooseTickInterval(6 * DAY, 900)).toEqual({ unit: 'day', step: 1 });
    expect(chooseTickInterval(6 * DAY, 300)).toEqual({ unit: 'day', step: 2 });
    expect(chooseTickInterval(6 * DAY, 100)).toEqual({ unit: 'day', step: 7 });
  });

  it('honours a custom minimum spacing', () => {
    expect(chooseTickInterval(6 * DAY, 900, 90)).toEqual({ unit: 'day', step: 1 });
    expect(chooseTickInterval(6 * DAY, 900, 200)).toEqual({ unit: 'day', step: 2 });
  });

  it('falls back to the coarsest step for spans beyond every step', () => {
    expect(chooseTickInterval(1_000_000 * 365 * DAY, 900)).toEqual({ unit: 'year', step: 1000 });
  });
});

describe('timeTicks', () => {
  it('gives day ticks at local midnights, with the month as context on the first', () => {
    const start = almaty('2022-01-02T00:00');
    const end = almaty('2022-01-07T00:00');
    const ticks = timeTicks(start, end, 600, ZONE);
    expect(ticks.map((t) => t.label)).toEqual([
      'Sun 2',
      'Mon 3',
      'Tue 4',
      'Wed 5',
      'Thu 6',
      'Fri 7',
    ]);
    expect(ticks.map((t) => t.value)).toEqual(
      [2, 3, 4, 5, 6, 7].map((day) => almaty(`2022-01-0${day}T00:00`)),
    );
    expect(ticks.map((t) => t.context)).toEqual(['January 2022', null, null, null, null, null]);
  });

  it('starts the day ticks at the first local midnight inside the window', () => {
    // 1 January, 13:00 in Almaty is 07:00 UTC: the UTC midnight of the 2nd is not a tick.
    const ticks = timeTicks(almaty('2022-01-01T13:00'), almaty('2022-01-05T13:00'), 600, ZONE);
    expect(ticks[0]?.value).toBe(almaty('2022-01-02T00:00'));
    expect(ticks.map((t) => t.label)).toEqual(['Sun 2', 'Mon 3', 'Tue 4', 'Wed 5']);
  });

  it('gives the new month as context where the month changes', () => {
    const ticks = timeTicks(almaty('2022-01-29T00:00'), almaty('2022-02-02T00:00'), 600, ZONE);
    expect(ticks.map((t) => [t.label, t.context])).toEqual([
      ['Sat 29', 'January 2022'],
      ['Sun 30', null],
      ['Mon 31', null],
      ['Tue 1', 'February 2022'],
      ['Wed 2', null],
    ]);
  });

  it('labels hour ticks "HH:mm" in the dataset zone, with the day as context where it changes', () => {
    const ticks = timeTicks(almaty('2022-01-05T20:00'), almaty('2022-01-06T04:00'), 800, ZONE);
    expect(ticks.map((t) => t.label)).toEqual([
      '20:00',
      '21:00',
      '22:00',
      '23:00',
      '00:00',
      '01:00',
      '02:00',
      '03:00',
      '04:00',
    ]);
    expect(ticks.map((t) => t.context)).toEqual([
      'Wed 5 Jan 2022',
      null,
      null,
      null,
      'Thu 6 Jan 2022',
      null,
      null,
      null,
      null,
    ]);
  });

  it('labels minute ticks "HH:mm"', () => {
    const ticks = timeTicks(almaty('2022-01-05T14:00'), almaty('2022-01-05T15:00'), 900, ZONE);
    expect(ticks.map((t) => t.label)).toEqual(['14:00', '14:15', '14:30', '14:45', '15:00']);
    expect(ticks[0]?.context).toBe('Wed 5 Jan 2022');
    expect(ticks.slice(1).every((t) => t.context === null)).toBe(true);
  });

  it('labels month ticks with the month, and the year as context where it changes', () => {
    const ticks = timeTicks(almaty('2021-10-01T00:00'), almaty('2022-03-01T00:00'), 600, ZONE);
    expect(ticks.map((t) => [t.label, t.context])).toEqual([
      ['Oct', '2021'],
      ['Nov', null],
      ['Dec', null],
      ['Jan', '2022'],
      ['Feb', null],
      ['Mar', null],
    ]);
    expect(ticks[3]?.value).toBe(almaty('2022-01-01T00:00'));
  });

  it('gives year ticks over thirty years, at the local start of each year', () => {
    const ticks = timeTicks(almaty('1992-01-01T00:00'), almaty('2022-01-01T00:00'), 1000, ZONE);
    expect(ticks.map((t) => t.label)).toEqual(['1995', '2000', '2005', '2010', '2015', '2020']);
    expect(ticks.every((t) => t.context === null)).toBe(true);
    expect(ticks.at(-1)?.value).toBe(almaty('2020-01-01T00:00'));
  });

  it('formats in the dataset time zone, not in UTC', () => {
    const start = Date.UTC(2022, 0, 4, 0, 0); // 06:00 in Almaty, 19:00 of the 3rd in New York
    const end = start + 2 * HOUR;
    expect(timeTicks(start, end, 200, ZONE)[0]).toEqual({
      value: start,
      label: '06:00',
      context: 'Tue 4 Jan 2022',
    });
    expect(timeTicks(start, end, 200, 'America/New_York')[0]).toEqual({
      value: start,
      label: '19:00',
      context: 'Mon 3 Jan 2022',
    });
  });

  it('gives no ticks for a zero or negative width, or an empty or inverted window', () => {
    const start = almaty('2022-01-02T00:00');
    const end = almaty('2022-01-07T00:00');
    expect(timeTicks(start, end, 0, ZONE)).toEqual([]);
    expect(timeTicks(start, end, -100, ZONE)).toEqual([]);
    expect(timeTicks(start, start, 600, ZONE)).toEqual([]);
    expect(timeTicks(end, start, 600, ZONE)).toEqual([]);
    expect(timeTicks(Number.NaN, end, 600, ZONE)).toEqual([]);
  });

  it('keeps month ticks the minimum spacing apart even across a short February', () => {
    const start = almaty('2022-01-01T00:00');
    const end = start + 364 * DAY;
    const width = 1080;
    const ticks = timeTicks(start, end, width, ZONE);
    const px = ticks.map((t) => ((t.value - start) / (end - start)) * width);
    const gaps = px.slice(1).map((x, i) => x - (px[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(MIN_SPACING);
  });

  it('keeps ticks inside the window, in order, never closer than the minimum spacing', () => {
    const startMs = Date.UTC(2006, 0, 1); // Almaty has kept UTC+6 all year round since 2005
    const endMs = Date.UTC(2023, 11, 31);
    fc.assert(
      fc.property(
        fc.integer({ min: startMs, max: endMs }),
        fc.integer({ min: 10 * MINUTE, max: 200 * 365 * DAY }),
        fc.integer({ min: 180, max: 3000 }),
        (start, span, width) => {
          const end = start + span;
          const ticks = timeTicks(start, end, width, ZONE);
          for (const tick of ticks) {
            expect(tick.value).toBeGreaterThanOrEqual(start);
            expect(tick.value).toBeLessThanOrEqual(end);
          }
          const px = ticks.map((t) => ((t.value - start) / span) * width);
          for (let i = 1; i < px.length; i++) {
            const gap = (px[i] ?? 0) - (px[i - 1] ?? 0);
            expect(gap).toBeGreaterThanOrEqual(MIN_SPACING - 1e-6);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('timeTicks in Norwegian', () => {
  afterEach(() => loadLanguage('en'));

  it('writes days, months and clock times the Norwegian way', async () => {
    await loadLanguage('nb');
    const days = timeTicks(almaty('2022-01-04T12:00'), almaty('2022-01-10T12:00'), 900, ZONE);
    expect(days[0]).toEqual(expect.objectContaining({ label: 'ons 5.', context: 'januar 2022' }));
    const hours = timeTicks(almaty('2022-01-05T13:50'), almaty('2022-01-05T18:10'), 900, ZONE);
    expect(hours[0]).toEqual(
      expect.objectContaining({ label: '14.00', context: 'ons 5. jan. 2022' }),
    );
  });

  it('keeps the English words after switching back', async () => {
    await loadLanguage('nb');
    await loadLanguage('en');
    const days = timeTicks(almaty('2022-01-04T12:00'), almaty('2022-01-10T12:00'), 900, ZONE);
    expect(days[0]).toEqual(expect.objectContaining({ label: 'Wed 5', context: 'January 2022' }));
  });
});
