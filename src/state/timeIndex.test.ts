import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanOf as entry, spansOf as events } from './testIndex';
import { createTimeIndex, eventsInWindow, offscreenEvents } from './timeIndex';

describe('offscreenEvents', () => {
  it('lists what lies wholly before and after the window, nearest first', () => {
    const index = createTimeIndex([entry(0, 0, 1), entry(1, 2, 3), entry(2, 4, 6), entry(3, 8, 9)]);
    const { before, after } = offscreenEvents(index, { start: 3.5, end: 7 });
    expect(before.map((e) => e.order)).toEqual([1, 0]);
    expect(after.map((e) => e.order)).toEqual([3]);
  });

  it('lists what a pass over every event finds, for any events and window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 4 })), {
          maxLength: 30,
        }),
        fc.integer({ min: -2, max: 22 }),
        fc.integer({ min: 0, max: 8 }),
        (spans, start, length) => {
          const index = createTimeIndex(
            spans.map(([at, span], order) => entry(order, at, at + span)),
          );
          const window = { start, end: start + length };
          const { before, after } = offscreenEvents(index, window);
          const passBefore = index.events.filter((e) => e.end <= window.start);
          const passAfter = index.events.filter(
            (e) => e.end > window.start && e.start >= window.end,
          );
          passBefore.sort((a, b) => b.end - a.end);
          expect(before).toEqual(passBefore);
          expect(after).toEqual(passAfter);
        },
      ),
    );
  });
});

describe('createTimeIndex', () => {
  it('finds events in the story order too, where that order is not by start', () => {
    // An event placed later in the story (an `after`, or a bound) may start earlier.
    const storyOrdered = [entry(0, 10, 11), entry(1, 0, 1), entry(2, 5, 6)];
    const found = eventsInWindow(createTimeIndex(storyOrdered), { start: 0, end: 2 });
    expect(found.map((e) => e.order)).toEqual([1]);
  });

  it('orders a subset read off all the events as it orders the subset alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean()), { maxLength: 30 }),
        (items) => {
          const all = items.map(([start], order) => entry(order, start, start + 1));
          const subset = all.filter((_, order) => items[order]?.[1]);
          const alone = createTimeIndex(subset).events.map((e) => e.order);
          expect(createTimeIndex(subset, all).events.map((e) => e.order)).toEqual(alone);
          expect(createTimeIndex(all, all).events).toEqual(createTimeIndex(all).events);
        },
      ),
    );
  });
});

describe("createTimeIndex's starts by category", () => {
  it("lists each primary category's starts, ascending, the same with or without all the events", () => {
    const categories = ['protest', 'violence', 'policy'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 20 }), fc.constantFrom(...categories), fc.boolean()),
          { maxLength: 30 },
        ),
        (items) => {
          const all = items.map(([start, category], order) =>
            entry(order, start, start + 1, category),
          );
          const subset = all.filter((_, order) => items[order]?.[2]);
          const expected = new Map(
            categories
              .map(
                (c) =>
                  [
                    c,
                    subset
                      .filter((e) => e.event.categories[0] === c)
                      .map((e) => e.start)
                      .sort((a, b) => a - b),
                  ] as const,
              )
              .filter(([, starts]) => starts.length > 0),
          );
          for (const index of [createTimeIndex(subset), createTimeIndex(subset, all)]) {
            const got = new Map(
              [...index.startsByCategory].map(([c, starts]) => [c, [...starts]] as const),
            );
            expect(got).toEqual(expected);
          }
        },
      ),
    );
  });
});

describe('eventsInWindow', () => {
  it('finds exactly the events overlapping the window, long spans from before included', () => {
    const list = events([
      [0, 10],
      [5, 100],
      [20, 30],
      [40, 41],
      [60, 70],
    ]);
    const found = eventsInWindow(createTimeIndex(list), { start: 35, end: 65 });
    expect(found.map((e) => [e.start, e.end])).toEqual([
      [5, 100],
      [40, 41],
      [60, 70],
    ]);
  });

  it('agrees with a plain scan on random events and windows', () => {
    fc.assert(
      fc.property(
        // Moments too: events with no span.
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 200 })), {
          maxLength: 80,
        }),
        fc.integer({ min: -100, max: 1100 }),
        fc.integer({ min: 1, max: 500 }),
        (raw, start, length) => {
          const list = events(raw.map(([s, l]) => [s, s + l]));
          const window = { start, end: start + length };
          const expected = list.filter((e) => e.end > window.start && e.start < window.end);
          expect(eventsInWindow(createTimeIndex(list), window)).toEqual(expected);
        },
      ),
    );
  });
});
