import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameLists } from './sameLists';

describe('sameLists', () => {
  it('gives the first of equal lists, and a new list itself', () => {
    const same = sameLists<string>();
    const first = ['police', 'protesters'];
    expect(same(first)).toBe(first);
    expect(same(['police', 'protesters'])).toBe(first);
    const reversed = ['protesters', 'police'];
    expect(same(reversed)).toBe(reversed);
    const prefix = ['police'];
    expect(same(prefix)).toBe(prefix);
    expect(same(['police', 'protesters', 'army'])).toEqual(['police', 'protesters', 'army']);
    const empty: string[] = [];
    expect(same(empty)).toBe(empty);
    expect(same([])).toBe(empty);
  });

  it('tells apart items that only look alike', () => {
    const same = sameLists<unknown>();
    const strings = ['1', 'a,b'];
    expect(same([1, 'a,b'])).not.toBe(strings);
    expect(same(strings)).toBe(strings);
    expect(same(['1', 'a', 'b'])).not.toBe(strings);
  });

  it('gives back an equal list, for any lists', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 4 })), (lists) => {
        const same = sameLists<string>();
        const given = lists.map((list) => same(list));
        given.forEach((list, i) => expect(list).toEqual(lists[i]));
        // Equal lists come back as one array.
        const distinct = new Set(lists.map((list) => list.join(',')));
        expect(new Set(given).size).toBe(distinct.size);
      }),
    );
  });
});
