import { beforeAll, describe, expect, it } from 'vitest';
import { edtfToPoint, edtfToTime, loadEdtfParser } from './edtf';

beforeAll(loadEdtfParser);

const read = (text: string) => {
  const result = edtfToTime(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('edtfToTime', () => {
  it('reads plain ISO 8601 values as instants known to their precision', () => {
    expect(read('2022-01-05')).toEqual({ at: '2022-01-05' });
    expect(read('1991')).toEqual({ at: '1991' });
    expect(read('2022-01-05T15:00+06:00')).toEqual({ at: '2022-01-05T15:00+06:00' });
  });

  it('reads the qualifiers: ~ approximate, ? uncertain, % both', () => {
    expect(read('2022-01~')).toEqual({ at: '2022-01', approximate: true });
    expect(read('2022-01-05?')).toEqual({ at: '2022-01-05', uncertain: true });
    expect(read('2022-01-05%')).toEqual({ at: '2022-01-05', approximate: true, uncertain: true });
  });

  it('reads a one-of set as an instant within bounds, either side open', () => {
    expect(read('[2022-01-02..2022-01-06]')).toEqual({
      notBefore: '2022-01-02',
      notAfter: '2022-01-06',
    });
    expect(read('[..2022-01-06]')).toEqual({ notAfter: '2022-01-06' });
    expect(read('[2022-01-05..]')).toEqual({ notBefore: '2022-01-05' });
  });

  it('reads an interval as a duration, with open or unknown ends as bounds', () => {
    expect(read('2022-01-05/2022-01-19')).toEqual({
      start: { at: '2022-01-05' },
      end: { at: '2022-01-19' },
    });
    expect(read('2022-01-02/..')).toEqual({
      start: { at: '2022-01-02' },
      end: { notBefore: '2022-01-02' },
    });
    expect(read('../2022-01-05')).toEqual({
      start: { notAfter: '2022-01-05' },
      end: { at: '2022-01-05' },
    });
    expect(read('2019~/2022-01-05')).toEqual({
      start: { at: '2019', approximate: true },
      end: { at: '2022-01-05' },
    });
  });

  it('writes a UTC date-time with Z', () => {
    expect(read('2022-01-05T08:30:00Z')).toEqual({ at: '2022-01-05T08:30:00Z' });
  });

  it('says plainly what it cannot read', () => {
    for (const [text, words] of [
      ['Jan 5', 'neither an ISO 8601 date'],
      ['2022-02-30', 'impossible date'],
      ['2022-13', 'impossible date'],
      ['2022-01-XX', 'unspecified digits'],
      ['{2022-01-02,2022-01-05}', 'not supported'],
      ['[2022-01-02, 2022-01-05]', 'separate dates'],
      ['2022-21', 'season'],
      ['2022-01-05T15:00', 'UTC offset'],
    ] as const) {
      const result = edtfToTime(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.message, text).toContain(words);
    }
  });
});

describe('edtfToPoint', () => {
  it('takes a date or a one-sided set, not an interval', () => {
    expect(edtfToPoint('[..2019]')).toEqual({ ok: true, value: { notAfter: '2019' } });
    expect(edtfToPoint('2022-01-05/2022-01-06').ok).toBe(false);
  });
});
