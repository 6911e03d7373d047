import { describe, expect, it } from 'vitest';
import { POOLED_MAX_LENGTH, createStringPool } from './stringPool';
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
});
