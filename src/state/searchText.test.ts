import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesAllTerms, normalizeSearchText, searchTerms } from './searchText';

describe('normalizeSearchText', () => {
  it('ignores case', () => {
    expect(normalizeSearchText('ALMATY')).toBe(normalizeSearchText('almaty'));
  });

  it('strips accents and other combining marks', () => {
    expect(normalizeSearchText('Café')).toBe('cafe');
    expect(normalizeSearchText('Tokaýev')).toBe('tokayev');
    expect(normalizeSearchText('İstanbul')).toBe('istanbul');
  });

  it('keeps non-Latin scripts, lower-cased', () => {
    expect(normalizeSearchText('Алматы')).toBe('алматы');
    expect(normalizeSearchText('Жаңаөзен')).toBe('жаңаөзен');
  });

  it('folds compatibility forms such as ligatures and full-width letters', () => {
    expect(normalizeSearchText('ﬁre')).toBe('fire');
    expect(normalizeSearchText('Ｃａｆｅ')).toBe('cafe');
  });

  it('collapses and trims whitespace of any kind', () => {
    expect(normalizeSearchText('  city \t hall\n\u00a0burned  ')).toBe('city hall burned');
  });

  it('folds plain ASCII as it folds any text (the short way gives the same)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        const longWay = text
          .toLowerCase()
          .normalize('NFKD')
          .replace(/\s{2,}|[^\S ]/g, ' ')
          .trim();
        expect(normalizeSearchText(text)).toBe(longWay);
      }),
    );
  });

  it('gives the empty string for blank text', () => {
    expect(normalizeSearchText(' \n ')).toBe('');
  });
});

describe('searchTerms', () => {
  it('splits a query into normalised terms', () => {
    expect(searchTerms('  Café   ALMATY ')).toEqual(['cafe', 'almaty']);
  });

  it('has no terms for a blank query', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('matchesAllTerms', () => {
  const text = normalizeSearchText('Protesters storm the city hall in Almaty');

  it('matches when every term occurs, in any order and as parts of words', () => {
    expect(matchesAllTerms(text, ['almaty', 'storm'])).toBe(true);
    expect(matchesAllTerms(text, ['protest'])).toBe(true);
  });

  it('fails when any term is missing', () => {
    expect(matchesAllTerms(text, ['almaty', 'airport'])).toBe(false);
  });

  it('matches everything when there are no terms', () => {
    expect(matchesAllTerms(text, [])).toBe(true);
  });
});
