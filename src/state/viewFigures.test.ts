import { describe, expect, it } from 'vitest';
import { makeTestDataset } from '../model/testDataset';
import { CASUALTY_KINDS } from '../model/vocabulary';
import bundled from '../../data/kazakhstan-2022-01.json';
import { validateDataset } from '../model/validate';
import { cachedValueSpan, valueGranularity } from '../model/time';
import type { Dataset } from '../model/schema';
import { createDatasetIndex } from './datasetIndex';
import { reportingView, type FigureRecord } from './reportingView';
import { figuresInView } from './viewFigures';

/** The order to compare figures in, written out as a comparison of two figures. */
function compareFigures(timeZone: string) {
  const spanOf = cachedValueSpan(timeZone);
  const start = (r: FigureRecord) =>
    spanOf(r.casualty.asOf, valueGranularity(r.casualty.asOf)).start;
  return (a: FigureRecord, b: FigureRecord) =>
    CASUALTY_KINDS.indexOf(a.casualty.kind) - CASUALTY_KINDS.indexOf(b.casualty.kind) ||
    a.casualty.group.localeCompare(b.casualty.group) ||
    start(a) - start(b) ||
    (a.reported ?? -Infinity) - (b.reported ?? -Infinity) ||
    a.order - b.order;
}

/** The bundled story, whose figures are many, with their groups renamed in turn to `groups`. */
function storyWithGroups(groups: readonly string[] | null): Dataset {
  const result = validateDataset(bundled);
  if (!result.ok) throw new Error('the bundled dataset is invalid');
  const story = result.dataset;
  if (groups === null) return story;
  let at = 0;
  return {
    ...story,
    events: story.events.map((event) => ({
      ...event,
      casualties: event.casualties.map((c) => ({
        ...c,
        group: groups[at++ % groups.length] ?? '',
      })),
    })),
  };
}

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

  it('gives them in the order of the comparison of kind, group by locale, as of, reported and order', () => {
    // Upper and lower case, accents, and one group written in two Unicode forms ("é" as one
    // character and as "e" with a combining accent), which compare equal by locale.
    const groups = ['civilians', 'Civilians', 'élite', 'e\u0301lite', 'police', 'Æ', 'zone', 'a'];
    for (const data of [storyWithGroups(null), storyWithGroups(groups)]) {
      for (const account of ['article', 'later-reporting'] as const) {
        const view = reportingView(data, account, null);
        const index = createDatasetIndex(view.dataset, view);
        const figures = figuresInView(index, index.events);
        expect(figures.length).toBeGreaterThan(5);
        expect(figures).toEqual([...figures].sort(compareFigures(data.timeZone)));
      }
    }
  });

  it('reads the figures the account knows, with the claims of later reporting', () => {
    const view = reportingView(dataset, 'later-reporting', null);
    const index = createDatasetIndex(view.dataset, view);
    const figures = figuresInView(index, index.events);
    expect(figures).toHaveLength(view.figures.filter((r) => index.byId.has(r.eventId)).length);
  });
});
