import { describe, expect, it } from 'vitest';
import en from './catalogs/en.json';
import nb from './catalogs/nb.json';
import { checkCatalog, compileCatalog, placeholdersOf } from './catalogCheck';
import { READER_LANGUAGES } from './languages';

const CATALOGS: Record<(typeof READER_LANGUAGES)[number], Record<string, string>> = { en, nb };

describe('the catalogs', () => {
  it('has one catalog for every reader language', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...READER_LANGUAGES].sort());
  });

  it.each(Object.entries(CATALOGS))('%s has every key of English and no other', (_, catalog) => {
    const report = checkCatalog(en, catalog);
    expect(report.missing).toEqual([]);
    expect(report.extra).toEqual([]);
  });

  it.each(Object.entries(CATALOGS))('%s uses the placeholders English uses', (_, catalog) => {
    expect(checkCatalog(en, catalog).placeholderMismatches).toEqual([]);
  });

  it.each(Object.entries(CATALOGS))('%s compiles as ICU MessageFormat', (_, catalog) => {
    expect(() => compileCatalog(catalog)).not.toThrow();
  });

  it.each(Object.entries(CATALOGS))(
    '%s keeps its keys sorted, so merges stay easy',
    (_, catalog) => {
      const keys = Object.keys(catalog);
      expect(keys).toEqual([...keys].sort());
    },
  );

  it.each(Object.entries(CATALOGS))('%s has no empty message', (_, catalog) => {
    expect(Object.entries(catalog).filter(([, message]) => message.trim() === '')).toEqual([]);
  });

  it('gives every plural an "other" form, and a "one" form in both languages', () => {
    for (const catalog of Object.values(CATALOGS)) {
      for (const [key, message] of Object.entries(catalog)) {
        if (!/,\s*plural\s*,/.test(message)) continue;
        expect(message, key).toMatch(/\bother\s*\{/);
        expect(message, key).toMatch(/\bone\s*\{|=1\s*\{/);
      }
    }
  });
});

describe('checkCatalog', () => {
  it('finds missing and extra keys and placeholders that differ', () => {
    const report = checkCatalog(
      { a: 'A {name}', b: '{count, plural, one {# x} other {# xs}}', c: 'C' },
      { a: 'A {nmae}', b: '{count, plural, one {# y} other {# ys}}', d: 'D' },
    );
    expect(report.missing).toEqual(['c']);
    expect(report.extra).toEqual(['d']);
    expect(report.placeholderMismatches).toEqual([
      { key: 'a', english: ['name'], translated: ['nmae'] },
    ]);
  });

  it('reads placeholders inside plural branches', () => {
    expect(placeholdersOf('{count, plural, one {# in {place}} other {# in {place}}}')).toEqual([
      'count',
      'place',
    ]);
  });
});
