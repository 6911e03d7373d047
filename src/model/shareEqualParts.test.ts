import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ENTRIES, MAX_STRING_LENGTH, shareEqualParts } from './shareEqualParts';

function shared<T>(items: T[]): { items: T[]; count: number } {
  let count = -1;
  const result = shareEqualParts(items, (n) => (count = n));
  return { items: result, count };
}

describe('shareEqualParts', () => {
  it('makes equal small parts of different items one object', () => {
    const { items, count } = shared([
      {
        id: 'a',
        categories: ['riot'],
        actors: [{ actor: 'police', role: 'fired' }],
        casualties: [],
      },
      {
        id: 'b',
        categories: ['riot'],
        actors: [{ actor: 'police', role: 'fired' }],
        casualties: [],
      },
      { id: 'c', categories: ['protest'], actors: [{ actor: 'police' }], casualties: [] },
    ]);
    const [a, b, c] = items;
    if (!a || !b || !c) throw new Error('items lost');
    expect(b.categories).toBe(a.categories);
    expect(b.actors[0]).toBe(a.actors[0]);
    // The actor lists are equal lists of one shared entry, so they are one list too.
    expect(b.actors).toBe(a.actors);
    expect(c.casualties).toBe(a.casualties);
    expect(c.categories).not.toBe(a.categories);
    expect(c.actors[0]).not.toBe(a.actors[0]);
    // The items stay apart, and keep their values.
    expect(new Set(items).size).toBe(3);
    expect(items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(c.categories).toEqual(['protest']);
    expect(count).toBe(5);
  });

  it('tells apart what only looks alike', () => {
    const { items, count } = shared([
      { v: ['1'] },
      { v: [1] },
      { v: [true] },
      { v: ['true'] },
      { v: [null] },
      { v: { 0: '1' } },
      { v: [['9']] },
      { v: ['1', '2'] },
      { v: ['1,2'] },
      { v: { a: 'b', c: 'd' } },
      { v: { c: 'd', a: 'b' } },
      { v: { 'a:1': 'b' } },
      { v: { a: '1:b' } },
      { v: [0] },
      { v: [-0] },
    ]);
    expect(count).toBe(0);
    expect(Object.is(items[14]?.v[0 as never], -0)).toBe(true);
  });

  it('leaves big parts apart but shares their small parts', () => {
    const long = 'x'.repeat(MAX_STRING_LENGTH + 1);
    const { items } = shared([
      { quote: { original: long, language: 'en' }, via: ['tass'] },
      { quote: { original: long, language: 'en' }, via: ['tass'] },
    ]);
    const [a, b] = items;
    expect(b?.quote).not.toBe(a?.quote);
    expect(b?.via).toBe(a?.via);
    const many = Array.from({ length: MAX_ENTRIES + 1 }, () => 'x');
    const { items: lists } = shared([
      { many },
      { many: [...many] },
      { few: ['x'] },
      { few: ['x'] },
    ]);
    expect(lists[1]?.many).not.toBe(lists[0]?.many);
    expect(lists[3]?.few).toBe(lists[2]?.few);
  });

  it('keeps every value as it was, for any items', () => {
    const leaf = fc.oneof(
      fc.constantFrom('a', 'b', 'a:b', '1', ''),
      fc.constantFrom(0, 1, -0, 1.5),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.constantFrom('x', 'y'), value), { maxLength: 8 }),
        (items) => {
          const copy = structuredClone(items);
          const result = shareEqualParts(items);
          expect(result).toBe(items);
          expect(result).toEqual(copy);
          result.forEach((item, i) => expect(Object.is(item, items[i])).toBe(true));
        },
      ),
    );
  });
});
