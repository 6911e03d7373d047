import { describe, expect, it } from 'vitest';
import { dayOrderOf, formatDayInput, isWholeDayInput, parseDayInput } from './dayInput';

describe('parseDayInput', () => {
  it('reads ISO days in both orders', () => {
    expect(parseDayInput('2022-01-05', 'iso')).toEqual({ kind: 'day', day: '2022-01-05' });
    expect(parseDayInput(' 2022-1-5 ', 'iso')).toEqual({ kind: 'day', day: '2022-01-05' });
    expect(parseDayInput('2022-01-05', 'day-month-year')).toEqual({
      kind: 'day',
      day: '2022-01-05',
    });
  });

  it('reads day, month, year in the Norwegian order, with dots or slashes', () => {
    expect(parseDayInput('05.01.2022', 'day-month-year')).toEqual({
      kind: 'day',
      day: '2022-01-05',
    });
    expect(parseDayInput('5.1.2022', 'day-month-year')).toEqual({ kind: 'day', day: '2022-01-05' });
    expect(parseDayInput('31/12/2021', 'day-month-year')).toEqual({
      kind: 'day',
      day: '2021-12-31',
    });
  });

  it('does not guess a day-first date in the ISO order, where it would be ambiguous', () => {
    expect(parseDayInput('05.01.2022', 'iso')).toEqual({ kind: 'unreadable' });
    expect(parseDayInput('01/05/2022', 'iso')).toEqual({ kind: 'unreadable' });
  });

  it('tells text that is no date from a date that is no day', () => {
    expect(parseDayInput('', 'iso')).toEqual({ kind: 'empty' });
    expect(parseDayInput('   ', 'day-month-year')).toEqual({ kind: 'empty' });
    expect(parseDayInput('januar', 'day-month-year')).toEqual({ kind: 'unreadable' });
    expect(parseDayInput('2022-01', 'iso')).toEqual({ kind: 'unreadable' });
    expect(parseDayInput('5.1.22', 'day-month-year')).toEqual({ kind: 'unreadable' });
    expect(parseDayInput('2022-02-30', 'iso')).toEqual({ kind: 'not-a-day' });
    expect(parseDayInput('31.04.2022', 'day-month-year')).toEqual({ kind: 'not-a-day' });
    expect(parseDayInput('2022-13-01', 'iso')).toEqual({ kind: 'not-a-day' });
    expect(parseDayInput('00.01.2022', 'day-month-year')).toEqual({ kind: 'not-a-day' });
  });

  it('knows leap days', () => {
    expect(parseDayInput('29.02.2024', 'day-month-year')).toEqual({
      kind: 'day',
      day: '2024-02-29',
    });
    expect(parseDayInput('2022-02-29', 'iso')).toEqual({ kind: 'not-a-day' });
    expect(parseDayInput('2000-02-29', 'iso')).toEqual({ kind: 'day', day: '2000-02-29' });
    expect(parseDayInput('1900-02-29', 'iso')).toEqual({ kind: 'not-a-day' });
  });
});

describe('isWholeDayInput', () => {
  it('waits for two-digit month and day in ISO, which a day of one digit may still become', () => {
    expect(isWholeDayInput('2022-01-1', 'iso')).toBe(false);
    expect(isWholeDayInput('2022-01-15', 'iso')).toBe(true);
    expect(isWholeDayInput('2022-01-1', 'day-month-year')).toBe(false);
  });

  it('takes a day-first date once its four-digit year is typed', () => {
    expect(isWholeDayInput('5.1.202', 'day-month-year')).toBe(false);
    expect(isWholeDayInput('5.1.2022', 'day-month-year')).toBe(true);
    expect(isWholeDayInput('31.02.2022', 'day-month-year')).toBe(false);
  });
});

describe('formatDayInput and dayOrderOf', () => {
  it('writes an ISO day in the order of the language', () => {
    expect(dayOrderOf('nb')).toBe('day-month-year');
    expect(dayOrderOf('en')).toBe('iso');
    expect(dayOrderOf('pseudo')).toBe('iso');
    expect(formatDayInput('2022-01-05', 'day-month-year')).toBe('05.01.2022');
    expect(formatDayInput('2022-01-05', 'iso')).toBe('2022-01-05');
  });

  it('reads back what it writes', () => {
    for (const day of ['2022-01-05', '1999-12-31', '2024-02-29']) {
      expect(parseDayInput(formatDayInput(day, 'day-month-year'), 'day-month-year')).toEqual({
        kind: 'day',
        day,
      });
    }
  });
});
