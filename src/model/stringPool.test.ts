import { describe, expect, it } from 'vitest';
import { FIELD_SAMPLE, POOLED_MAX_LENGTH, SHARED_LIST_MAX, createStringPool } from './stringPool';
import { makeTestDataset } from './testDataset';

describe('createStringPool', () => {
  it('gives back the same tree, every value as it was', () => {
    const share = createStringPool();
    const dataset = makeTestDataset();
    const before = structuredClone(dataset);
    expect(share(dataset)).toBe(dataset);
    expect(dataset).toStrictEqual(before);
    // A second part, with strings the first had.
    const again = structuredClone(before);
    expect(share(again)).toStrictEqual(before);
  });

  it('goes into nested arrays and objects and leaves other values alone', () => {
    const share = createStringPool();
    const long = 'x'.repeat(POOLED_MAX_LENGTH + 1);
    const tree = {
      ids: ['a', 'b', ['a', { deep: 'b' }]],
      count: 3,
      none: null,
      yes: true,
      long,
      empty: '',
    };
    const before = structuredClone(tree);
    expect(share(tree)).toStrictEqual(before);
    expect(share('loose')).toBe('loose');
    expect(share(7)).toBe(7);
  });

  it('keeps equal short lists of strings once, across the trees it is given', () => {
    const share = createStringPool();
    const first = share([{ locations: ['almaty'], sources: ['tass', 'reuters'], mixed: ['a', 1] }]);
    const second = share([
      { locations: ['almaty'], sources: ['tass', 'reuters'], mixed: ['a', 1] },
    ]);
    expect(second[0]?.locations).toBe(first[0]?.locations);
    expect(second[0]?.sources).toBe(first[0]?.sources);
    // Only lists of strings, and short ones.
    expect(second[0]?.mixed).not.toBe(first[0]?.mixed);
    const long = Array.from({ length: SHARED_LIST_MAX + 1 }, (_, i) => `p${i}`);
    const [a, b] = share([{ long }, { long: [...long] }]);
    expect(b?.long).not.toBe(a?.long);
    expect(b?.long).toEqual(a?.long);
    // A reordered list is a list of its own.
    expect(share([{ sources: ['reuters', 'tass'] }])[0]?.sources).toEqual(['reuters', 'tass']);
  });

  it('stops pooling a field whose first strings were seldom seen before, and only that field', () => {
    const share = createStringPool();
    // Ids never recur; categories and roles always do; a note recurs one time in four, at
    // first, and never once the sample has been taken.
    const part = (from: number) =>
      Array.from({ length: FIELD_SAMPLE.strings }, (_, i) => {
        const n = from + i;
        return {
          id: `event-${n}`,
          categories: [n % 2 === 0 ? 'protest' : 'riot'],
          actors: [{ actor: `actor-${n % 7}`, role: 'marched' }],
          note: n < FIELD_SAMPLE.strings && n % 4 === 0 ? 'as reported' : `note ${n}`,
        };
      });
    const parts = [part(0), part(FIELD_SAMPLE.strings), part(2 * FIELD_SAMPLE.strings)];
    const before = structuredClone(parts);
    expect(parts.map(share)).toStrictEqual(before);
    expect(share.fieldsLeftAlone()).toEqual(['id']);
  });

  it('keeps pooling a field whose strings recur at least as often as the sample asks', () => {
    const share = createStringPool();
    const repeats = Math.ceil(FIELD_SAMPLE.strings * FIELD_SAMPLE.seenBefore);
    const values = Array.from({ length: FIELD_SAMPLE.strings * 2 }, (_, i) => ({
      // The first `repeats + 1` of the sample are one string: `repeats` of them seen before.
      source: i <= repeats ? 'source-a' : `source-${i}`,
    }));
    share(values);
    expect(share.fieldsLeftAlone()).toEqual([]);
    const fewer = Array.from({ length: FIELD_SAMPLE.strings }, (_, i) => ({
      source: i < repeats ? 'source-b' : `other-${i}`,
    }));
    const pool = createStringPool();
    pool(fewer);
    expect(pool.fieldsLeftAlone()).toEqual(['source']);
  });
});
