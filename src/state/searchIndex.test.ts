import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, DENSE_SHARE, searchIndexBuilder } from './searchIndex';
import { matchesAllTerms, normalizeSearchText, searchTerms } from './searchText';

/** What a scan of the texts answers: the orders whose text holds every term. */
function scan(texts: readonly string[], terms: readonly string[]): number[] {
  return texts.flatMap((text, order) => (matchesAllTerms(text, terms) ? [order] : []));
}

function found(texts: readonly string[], query: string): number[] {
  const mask = createSearchIndex(texts).match(searchTerms(query));
  return [...mask].flatMap((hit, order) => (hit === 1 ? [order] : []));
}

const TEXTS = [
  'protesters storm the city hall in almaty',
  'gunfire at almaty airport, flights cancelled',
  'city-hall burned; "mayor\'s office" looted',
  'tokayev asks the cstо for help',
  'алматы: акимат захвачен',
].map(normalizeSearchText);

describe('createSearchIndex', () => {
  it('finds terms inside words, as the scan does', () => {
    expect(found(TEXTS, 'port')).toEqual([1]);
    expect(found(TEXTS, 'almaty')).toEqual([0, 1]);
    expect(found(TEXTS, 'ALMATY storm')).toEqual([0]);
    expect(found(TEXTS, 'акимат')).toEqual([4]);
  });

  it('checks terms that cross word boundaries against the text', () => {
    expect(found(TEXTS, 'city-hall')).toEqual([2]);
    expect(found(TEXTS, 'y hall')).toEqual([0, 2]);
    expect(found(TEXTS, "mayor's")).toEqual([2]);
    expect(found(TEXTS, 'airport,')).toEqual([1]);
    expect(found(TEXTS, ';')).toEqual([2]);
  });

  it('matches nothing for a word no text holds', () => {
    expect(found(TEXTS, 'nazarbayev')).toEqual([]);
    expect(found(TEXTS, 'almaty nazarbayev')).toEqual([]);
  });

  it('gives what a scan gives, for any texts and terms', () => {
    // Up to 80 texts, so that some words are in few enough of them to be kept as lists.
    const alphabet = fc.constantFrom(...'ab c-é,ä.'.split(''));
    const text = fc.array(alphabet, { maxLength: 24 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 80 }), fc.array(text, { maxLength: 3 }), (raw, q) => {
        const texts = raw.map(normalizeSearchText);
        const terms = searchTerms(q.join(' '));
        if (terms.length === 0) return;
        const mask = createSearchIndex(texts).match(terms);
        expect([...mask].flatMap((hit, order) => (hit === 1 ? [order] : []))).toEqual(
          scan(texts, terms),
        );
      }),
    );
  });
});

describe('dense and sparse words', () => {
  // 1,000 texts: "every" in all, "half" in the even ones, "rare" in every 100th, "once" in one.
  const texts = Array.from({ length: 1000 }, (_, i) =>
    [
      'every',
      i % 2 === 0 ? 'half' : '',
      i % 100 === 7 ? 'rare' : '',
      i === 999 ? 'once' : '',
      `x${i}y`,
    ].join(' '),
  );
  const index = createSearchIndex(texts);
  const orders = (terms: string[]) =>
    [...index.match(terms)].flatMap((hit, order) => (hit === 1 ? [order] : []));

  it('answers as a scan does, whichever way each word is kept', () => {
    for (const terms of [['every'], ['half'], ['rare'], ['once'], ['half', 'rare'], ['x99y']]) {
      expect(orders(terms)).toEqual(scan(texts, terms));
    }
    // Across the 32-bit words of a bitset: the first and last events, and bit 31.
    expect(orders(['every']).slice(0, 1)).toEqual([0]);
    expect(orders(['once'])).toEqual([999]);
    expect(orders(['x31y', 'every'])).toEqual([31]);
    expect(orders(['x63y', 'half'])).toEqual([]);
    expect(orders(['x62y', 'half'])).toEqual([62]);
  });

  it('keeps a word in more than DENSE_SHARE of the events as a bitset, the rest as lists', () => {
    expect(1 / 100).toBeLessThan(DENSE_SHARE);
    // "every" and "half" as bitsets of 32 words each; "rare" (10), "once" (1) and the x-words
    // (1,000) as lists; plus 4 + 4 + 1 bytes a word for where each is.
    const words = index.words.length;
    expect(words).toBe(1004);
    expect(index.bytes).toBe(2 * 32 * 4 + (10 + 1 + 1000) * 4 + words * 9);
    // As lists, "every" and "half" alone would take 6,000 bytes.
    expect(index.bytes).toBeLessThan(1500 * 4 + (10 + 1 + 1000) * 4 + words * 9);
  });
});

describe('searchIndexBuilder', () => {
  it('builds the same index in steps as at once', () => {
    const texts = Array.from({ length: 500 }, (_, i) => TEXTS[i % TEXTS.length] ?? '');
    const builder = searchIndexBuilder(texts.length, (order) => texts[order] ?? '');
    let steps = 0;
    while (!builder.step(0)) steps += 1;
    expect(steps).toBeGreaterThan(0);
    const stepped = builder.finish();
    expect(builder.finish()).toBe(stepped);
    expect(stepped.match(['airport'])).toEqual(createSearchIndex(texts).match(['airport']));
    expect(stepped.words).toEqual(createSearchIndex(texts).words);
  });
});
