import { describe, expect, it } from 'vitest';
import { formatInstant, formatWindow, parseInstant, parseWindow } from './windowText';

describe('formatInstant', () => {
  it('leaves out zero seconds and milliseconds', () => {
    expect(formatInstant(Date.UTC(2022, 0, 2, 6))).toBe('2022-01-02T06:00Z');
  });

  it('writes seconds, and milliseconds, only when they are not zero', () => {
    expect(formatInstant(Date.UTC(2022, 0, 2, 6, 0, 30))).toBe('2022-01-02T06:00:30Z');
    expect(formatInstant(Date.UTC(2022, 0, 2, 6, 0, 0, 250))).toBe('2022-01-02T06:00:00.250Z');
  });

  it('writes years outside 0–9999 with a sign and six digits', () => {
    expect(formatInstant(Date.UTC(-50, 0, 1))).toBe('-000050-01-01T00:00Z');
    expect(formatInstant(Date.UTC(12_000, 0, 1))).toBe('+012000-01-01T00:00Z');
  });
});

describe('parseInstant', () => {
  it.each([
    ['2022-01-02T06:00Z', Date.UTC(2022, 0, 2, 6)],
    ['2022-01-02T06:00:30Z', Date.UTC(2022, 0, 2, 6, 0, 30)],
    ['2022-01-02T06:00:30.250Z', Date.UTC(2022, 0, 2, 6, 0, 30, 250)],
    ['0050-06-01T00:00Z', new Date('0050-06-01T00:00:00Z').getTime()],
    ['-000050-01-01T00:00Z', new Date('-000050-01-01T00:00:00Z').getTime()],
    ['2024-02-29T23:59:59.999Z', Date.UTC(2024, 1, 29, 23, 59, 59, 999)],
  ])('reads %s', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each([
    '',
    '2022-01-02',
    '2022-01-02T06Z',
    '2022-01-02T06:00',
    '2022-01-02T06:00+06:00',
    '2022-01-02 06:00Z',
    '2022-13-02T06:00Z',
    '2022-02-30T06:00Z',
    '2023-02-29T06:00Z',
    '2022-00-10T06:00Z',
    '2022-01-00T06:00Z',
    '2022-01-02T24:00Z',
    '2022-01-02T06:60Z',
    '2022-01-02T06:00:60Z',
    '2022-01-02T06:00:00.5Z',
    '-000000-01-01T00:00Z',
    '+275761-01-01T00:00Z',
    'NaN',
  ])('rejects %j', (text) => {
    expect(parseInstant(text)).toBeNull();
  });

  it('reads back every instant it writes', () => {
    for (const ms of [0, -1, 1, 8.64e15, -8.64e15, 1_641_103_200_123, -62_198_755_200_000]) {
      expect(parseInstant(formatInstant(ms))).toBe(ms);
    }
  });
});

describe('formatWindow and parseWindow', () => {
  const window = { start: Date.UTC(2022, 0, 2, 6), end: Date.UTC(2022, 0, 6, 18) };

  it('write a window as two instants joined by "~"', () => {
    expect(formatWindow(window)).toBe('2022-01-02T06:00Z~2022-01-06T18:00Z');
    expect(parseWindow('2022-01-02T06:00Z~2022-01-06T18:00Z')).toEqual(window);
  });

  it('read instants in either order, leaving the check to the caller', () => {
    expect(parseWindow('2022-01-06T18:00Z~2022-01-02T06:00Z')).toEqual({
      start: window.end,
      end: window.start,
    });
  });

  it.each(['', '~', '2022-01-02T06:00Z', '2022-01-02T06:00Z~', 'a~b', '1~2~3', '0~86400000'])(
    'reject %j',
    (text) => {
      expect(parseWindow(text)).toBeNull();
    },
  );
});
