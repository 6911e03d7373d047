import { TZDate } from '@date-fns/tz';
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
