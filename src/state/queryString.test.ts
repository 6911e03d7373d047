import { describe, expect, it } from 'vitest';
import { escapeQueryValue, parseQueryString } from './queryString';

describe('parseQueryString', () => {
  it('reads pairs in order, with or without the "?"', () => {
    const expected = [
      { key: 'a', value: '1', malformed: false },
      { key: 'b', value: '2', malformed: false },
    ];
    expect(parseQueryString('?a=1&b=2')).toEqual(expected);
    expect(parseQueryString('a=1&b=2')).toEqual(expected);
  });

  it('skips empty pairs and reads a key without "=" as an empty value', () => {
    expect(parseQueryString('&&a&b=&')).toEqual([
      { key: 'a', value: '', malformed: false },
      { key: 'b', value: '', malformed: false },
    ]);
  });

  it('splits at the first "=" only', () => {
    expect(parseQueryString('q=a=b')).toEqual([{ key: 'q', value: 'a=b', malformed: false }]);
  });

  it('decodes "+" as a space and %-escapes as UTF-8', () => {
    expect(parseQueryString('q=caf%C3%A9+%2B+%D0%90')).toEqual([
      { key: 'q', value: 'café + А', malformed: false },
    ]);
  });

  it('reads broken %-escapes as URLSearchParams does, and says so', () => {
    for (const raw of ['%', '%zz', '%E0%A4%A', '%C0%80', '%ED%A0%80', '100%']) {
      const [parameter] = parseQueryString(`q=${raw}`);
      expect(parameter).toEqual({
        key: 'q',
        value: new URLSearchParams(`q=${raw}`).get('q'),
        malformed: true,
      });
    }
  });

  it('reads lone surrogates as U+FFFD', () => {
    expect(parseQueryString('q=a\uD800b')).toEqual([
      { key: 'q', value: 'a\uFFFDb', malformed: false },
    ]);
  });

  it('gives nothing for an empty string', () => {
    expect(parseQueryString('')).toEqual([]);
    expect(parseQueryString('?')).toEqual([]);
  });
});

describe('escapeQueryValue', () => {
  it('leaves slugs, dates and windows readable', () => {
    expect(escapeQueryValue('tokayev,csto')).toBe('tokayev,csto');
    expect(escapeQueryValue('2022-01-02T06:00Z~2022-01-06T18:00:30.250Z')).toBe(
      '2022-01-02T06:00Z~2022-01-06T18:00:30.250Z',
    );
  });

  it('writes a space as "+" and escapes what would change the meaning', () => {
    expect(escapeQueryValue('a b+c&d=e#f%g')).toBe('a+b%2Bc%26d%3De%23f%25g');
  });

  it('turns lone surrogates into U+FFFD instead of throwing', () => {
    expect(escapeQueryValue('a\uD800b')).toBe('a%EF%BF%BDb');
  });

  it('is read back exactly by parseQueryString and by URLSearchParams', () => {
    const value = 'Café, Алматы: 100% + "quotes" & ampersands = #hash ~tilde 😀';
    expect(parseQueryString(`q=${escapeQueryValue(value)}`)[0]?.value).toBe(value);
    expect(new URLSearchParams(`q=${escapeQueryValue(value)}`).get('q')).toBe(value);
  });
});
