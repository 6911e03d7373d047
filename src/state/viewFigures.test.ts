import { describe, expect, it } from 'vitest';
import { makeTestDataset } from '../model/testDataset';
import { CASUALTY_KINDS } from '../model/vocabulary';
import { createDatasetIndex } from './datasetIndex';
import { reportingView } from './reportingView';
import { figuresInView } from './viewFigures';

const dataset = makeTestDataset();

describe('figuresInView', () => {
  it('gives every figure of the events shown, and only theirs', () => {
    const index = createDatasetIndex(dataset);
    const all = figuresInView(index, index.events);
    const expected = index.events.reduce((n, e) => n + e.event.casualties.length, 0);
    expect(expected).toBeGreaterThan(1);
    expect(all).toHaveLength(expected);
    const [first] = index.events.filter((e) => e.event.casualties.length > 0);
    if (!first) throw new Error('fixture: no event with figures');
    const one = figuresInView(index, [first]);
    expect(one).toHaveLength(first.event.casualties.length);
    expect(one.every((r) => r.eventId === first.event.id)).toBe(true);
    expect(figuresInView(index, [])).toEqual([]);
  });

  it('sorts by kind in the vocabulary’s order, then group, then as of when', () => {
    const index = createDatasetIndex(dataset);
    const figures = figuresInView(index, index.events);
    const kindRank = figures.map((r) => CASUALTY_KINDS.indexOf(r.casualty.kind));
    expect(kindRank).toEqual([...kindRank].sort((a, b) => a - b));
    for (let i = 1; i < figures.length; i++) {
      const [a, b] = [figures[i - 1], figures[i]];
      if (!a || !b || a.casualty.kind !== b.casualty.kind) continue;
      expect(a.casualty.group.localeCompare(b.casualty.group)).toBeLessThanOrEqual(0);
    }
  });

  it("gives a subset's figures in the whole view's order, whichever order the subset is in", () => {
    const index = createDatasetIndex(dataset);
    const all = figuresInView(index, index.events);
    const some = index.events.filter((_, i) => i % 2 === 0);
    const ids = new Set(some.map((e) => e.event.id));
    const expected = all.filter((r) => ids.has(r.eventId));
    expect(expected.length).toBeGreaterThan(0);
    expect(figuresInView(index, some)).toEqual(expected);
    expect(figuresInView(index, [...some].reverse())).toEqual(expected);
    // A copy each time: the caller may keep or change the list it is given.
    expect(figuresInView(index, index.events)).not.toBe(all);
  });

  it('reads the figures the account knows, with the claims of later reporting', () => {
    const view = reportingView(dataset, 'later-reporting', null);
    const index = createDatasetIndex(view.dataset, view);
    const figures = figuresInView(index, index.events);
    expect(figures).toHaveLength(view.figures.filter((r) => index.byId.has(r.eventId)).length);
  });
});
