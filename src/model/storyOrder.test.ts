import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyOrder, type OrderItem } from './storyOrder';

const item = (start: number, after: number[] = [], end = start + 1): OrderItem => ({
  start,
  end,
  after,
});

describe('storyOrder', () => {
  it('orders by the best estimate, then its end, then the document order (never by id)', () => {
    expect(storyOrder([item(5), item(1), item(3)])).toEqual([1, 2, 0]);
    expect(storyOrder([item(1, [], 9), item(1, [], 2)])).toEqual([1, 0]);
    expect(storyOrder([item(4), item(4), item(4)])).toEqual([0, 1, 2]);
  });

  it('puts an event after the events it is said to follow, whatever their estimates', () => {
    // "Help is sent" is listed first and ties with "asks for help"; `after` puts it second.
    expect(storyOrder([item(6, [1]), item(6)])).toEqual([1, 0]);
    // Even an earlier estimate waits for what it follows.
    expect(storyOrder([item(2, [2]), item(3), item(5)])).toEqual([1, 2, 0]);
  });

  it('breaks a cycle by time instead of looping', () => {
    expect(storyOrder([item(2, [1]), item(1, [0])]).sort()).toEqual([0, 1]);
  });

  const items = fc
    .array(
      fc.record({ start: fc.integer({ min: 0, max: 20 }), span: fc.integer({ min: 0, max: 5 }) }),
      {
        maxLength: 30,
      },
    )
    .chain((raw) =>
      fc.tuple(
        fc.constant(raw),
        fc.array(fc.array(fc.nat(Math.max(0, raw.length - 1)), { maxLength: 2 }), {
          minLength: raw.length,
          maxLength: raw.length,
        }),
      ),
    )
    .map(([raw, afters]) =>
      raw.map(({ start, span }, i): OrderItem => ({
        start,
        end: start + span,
        // Only backward references, so the constraints never form a cycle.
        after: (afters[i] ?? []).filter((p) => p < i),
      })),
    );

  it('is a permutation that keeps every `after` and, without any, sorts by time', () => {
    fc.assert(
      fc.property(items, (list) => {
        const order = storyOrder(list);
        expect([...order].sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
        const place = new Map(order.map((p, i) => [p, i]));
        list.forEach((x, i) => {
          for (const p of x.after) expect(place.get(p) ?? -1).toBeLessThan(place.get(i) ?? -1);
        });
        if (list.every((x) => x.after.length === 0)) {
          // By start, then end, then the document's order, exactly.
          for (let i = 1; i < order.length; i++) {
            const [p, q] = [order[i - 1] ?? 0, order[i] ?? 0];
            const [a, b] = [list[p], list[q]];
            if (!a || !b) throw new Error('a position outside the list');
            expect(
              a.start < b.start ||
                (a.start === b.start && (a.end < b.end || (a.end === b.end && p < q))),
            ).toBe(true);
          }
        }
      }),
    );
  });
});
