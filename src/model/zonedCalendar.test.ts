import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formattableWallClock, wallClock, zoneOffsetMs } from './zonedCalendar';

const machineZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = machineZone;
});

const PATTERN = "uuuu-MM-dd HH:mm:ss.SSS EEEE 'ISO week' I";

describe('formattableWallClock', () => {
  it('formats the zone’s wall clock as a date in UTC would, whatever the machine’s zone', () => {
    // A machine far from UTC, with a half-hour offset, so that local fields would show.
    process.env.TZ = 'America/St_Johns';
    fc.assert(
      fc.property(
        fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_000 }),
        fc.constantFrom('UTC', 'Asia/Almaty', 'Australia/Lord_Howe', 'Europe/Oslo'),
        (ms, zone) => {
          const wall = ms + zoneOffsetMs(ms, zone);
          expect(format(formattableWallClock(ms, zone), PATTERN)).toBe(
            format(new TZDate(wall, 'UTC'), PATTERN),
          );
          const fields = wallClock(ms, zone);
          expect(formattableWallClock(ms, zone).getFullYear()).toBe(fields.year);
          expect(formattableWallClock(ms, zone).getHours()).toBe(fields.hours);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps years 0–99 as written', () => {
    const yearFive = new Date(0);
    yearFive.setUTCFullYear(5, 6, 1);
    expect(format(formattableWallClock(yearFive.getTime(), 'UTC'), 'uuuu-MM-dd')).toBe(
      '0005-07-01',
    );
  });
});

describe('zoneOffsetMs', () => {
  const asked = (ms: number, zone: string) => tzOffset(zone, new Date(ms)) * 60_000;
  // Changes of offset on the hour, at half past, by half an hour, to a quarter past, from local
  // mean time (a change at 18:52:12 UTC), and an hour whose offset it may already have kept.
  const changes: [string, string][] = [
    ['Europe/Oslo', '2022-03-27T01:00:00Z'],
    ['Europe/Oslo', '2022-10-30T01:00:00Z'],
    ['Australia/Lord_Howe', '2022-04-02T15:00:00Z'],
    ['America/St_Johns', '2022-11-06T04:30:00Z'],
    ['Asia/Kathmandu', '1985-12-31T18:30:00Z'],
    ['Asia/Almaty', '1924-05-01T18:52:12Z'],
    ['Asia/Almaty', '2024-02-29T18:00:00Z'],
  ];

  it('gives what Intl gives, minute by minute across changes of offset, in any order', () => {
    for (const [zone, at] of changes) {
      const change = Date.parse(at);
      const instants: number[] = [];
      for (let ms = change - 3 * 3_600_000; ms <= change + 3 * 3_600_000; ms += 60_000) {
        instants.push(ms, ms - 1, ms + 1);
      }
      for (const ms of [...instants, ...instants.reverse()]) {
        expect(zoneOffsetMs(ms, zone), `${zone} at ${new Date(ms).toISOString()}`).toBe(
          asked(ms, zone),
        );
      }
    }
  });

  it('gives what Intl gives at any instant from year 0 to 9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_000 }),
        fc.constantFrom(
          'UTC',
          'Asia/Almaty',
          'Australia/Lord_Howe',
          'Europe/Oslo',
          'Asia/Kathmandu',
        ),
        (ms, zone) => {
          expect(zoneOffsetMs(ms, zone)).toBe(asked(ms, zone));
          expect(zoneOffsetMs(ms, zone)).toBe(asked(ms, zone));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads an unknown instant as offset 0, as before', () => {
    expect(zoneOffsetMs(Number.NaN, 'Europe/Oslo')).toBe(0);
  });
});
